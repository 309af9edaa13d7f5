#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing (Chromium and chromedriver for the
# browser test, PostgreSQL's binaries), starts the real Keycloak with realm model-intake (or reuses a running
# one; the tests reuse it too, while Kafka and PostgreSQL run inside the test JVMs), prepares the images (the
# local registry and the project's base image: deploy/images.sh prepare; only with IMAGES=1, since the images ITs
# have not yet run through Maven on a fresh machine), runs every
# test with ./mvnw -B verify -Dimages (Jib builds and pushes each service as it is packaged; e2e-tests' ImagesIT
# inspects them with skopeo and ImageRunIT runs one with podman), and stops what it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source deploy/images.sh

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
images=()
registry_was_up=
registry_up && registry_was_up=1
trap 'stop_infra; [[ -n $registry_was_up ]] || stop_registry' EXIT
if [[ ${IMAGES:-0} == 0 ]]; then
  log "images left out (IMAGES=1 builds and checks them)"
elif ! image_tools_available; then
  log "images left out: mmdebstrap, umoci, skopeo, docker-registry or podman missing and no root to install them"
else
  prepare_images
  images=(-Dimages -Dimages.registry="$REGISTRY")
fi
start_keycloak
provision_realm test

log "running ./mvnw -B verify ${images[*]}"
status=0
./mvnw -B -ntp verify "${images[@]}" "$@" || status=$?
if ((status == 0)); then
  log "tests passed"
else
  log "tests FAILED (exit $status)"
fi
exit "$status"
