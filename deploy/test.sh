#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing (Chromium and chromedriver for the
# browser test, PostgreSQL's binaries), starts the real Keycloak with realm model-intake (or reuses a running
# one; the tests reuse it too, while Kafka and PostgreSQL run inside the test JVMs), runs every test with
# ./mvnw -B verify, and stops what it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source deploy/infra.sh

ensure_tools
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[[ -n $(pg_bin_dir) ]] || missing+=(postgresql)
command -v unzip >/dev/null || missing+=(unzip)
if ((${#missing[@]})); then
  apt_install "${missing[@]}"
fi

mkdir -p "$STATE_DIR"
trap 'stop_infra' EXIT
start_keycloak
provision_realm test

log "running ./mvnw -B verify"
status=0
./mvnw -B -ntp verify "$@" || status=$?
if ((status == 0)); then
  log "tests passed"
else
  log "tests FAILED (exit $status)"
fi
exit "$status"
