#!/usr/bin/env bash
# Stops what deploy/start.sh started (the pid files under deploy/.state); leaves alone what it only reused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/infra.sh"

for module in approval-service intake-service dataset-registry license-service; do
  stop_pidfile "$module"
done
stop_infra
log "stopped"
