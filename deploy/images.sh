#!/usr/bin/env bash
# The four services as OCI images, without a Docker daemon:
#   deploy/images.sh            base image, local registry, then Jib builds and pushes the services (-Pimages)
#   deploy/images.sh prepare    only the base image and the registry (what `./mvnw -Dimages package` needs)
#   deploy/images.sh base|registry|stop-registry
# The base image is made here from Debian packages (mmdebstrap: openjdk-17-jre-headless, no shell, user 10001),
# turned into an OCI layout by umoci and copied by skopeo into the local registry (Debian's docker-registry on
# 127.0.0.1:$REGISTRY_PORT, data in ~/.cache/model-intake/registry, so that a fresh clone reuses the base). Jib
# takes it from there as the base of each service (root pom, profile images, which names the same base tag).
# Every step is idempotent: a running registry and a base image already pushed are reused.
source "$(dirname "${BASH_SOURCE[0]}")/infra.sh"

REGISTRY_PORT=${REGISTRY_PORT:-5000}
REGISTRY="127.0.0.1:$REGISTRY_PORT"
DEBIAN_SUITE=bookworm
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# Bumped whenever the recipe below changes: the tag names the recipe, the registry keeps older ones.
BASE_IMAGE="$REGISTRY/model-intake/jre17-base:$DEBIAN_SUITE-1"
APP_UID=10001

# The tools are there, or can be installed (root): otherwise deploy/test.sh leaves the images out.
image_tools_available() {
  [[ $(id -u) -eq 0 ]] && return 0
  local tool
  for tool in mmdebstrap umoci skopeo docker-registry podman; do
    command -v "$tool" >/dev/null || return 1
  done
}

ensure_image_tools() {
  local missing=()
  command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
  command -v umoci >/dev/null || missing+=(umoci)
  command -v skopeo >/dev/null || missing+=(skopeo)
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  # podman (with runc: crun refuses hybrid cgroups) runs an image in e2e-tests' ImageRunIT
  command -v podman >/dev/null || missing+=(podman)
  [[ -x /usr/sbin/runc ]] || missing+=(runc)
  if ((${#missing[@]})); then
    apt_install "${missing[@]}"
  fi
}

registry_up() { http_ok "http://$REGISTRY/v2/"; }

start_registry() {
  if registry_up; then
    log "registry: reusing $REGISTRY"
    return
  fi
  port_open "$REGISTRY_PORT" && die "port $REGISTRY_PORT is taken by something that is no registry (set REGISTRY_PORT)"
  mkdir -p "$CACHE_DIR/registry" "$STATE_DIR/registry"
  cat >"$STATE_DIR/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $CACHE_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY
EOF
  log "starting docker-registry on $REGISTRY"
  setsid docker-registry serve "$STATE_DIR/registry/config.yml" >"$STATE_DIR/registry.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/registry.pid"
  wait_for "registry $REGISTRY" 30 registry_up || die "registry did not start (log: $STATE_DIR/registry.log)"
}

stop_registry() { stop_pidfile registry; }

# The base: Debian's JRE on the essential packages, a user without a home or shell, then every shell removed, so
# nothing in the image can run a script. The JVM needs none (Jib's entrypoint calls java directly).
build_base_image() {
  if skopeo inspect --tls-verify=false "docker://$BASE_IMAGE" >/dev/null 2>&1; then
    log "base image: reusing $BASE_IMAGE"
    return
  fi
  local work=$STATE_DIR/base-image
  rm -rf "$work"
  mkdir -p "$work"
  log "base image: mmdebstrap $DEBIAN_SUITE with openjdk-17-jre-headless (a few minutes the first time)"
  # Downloaded packages are kept in the cache (sync-out before mmdebstrap's own clean-up) for the next build.
  mkdir -p "$CACHE_DIR/debs"
  if ! mmdebstrap --variant=essential --include=openjdk-17-jre-headless,ca-certificates,tzdata \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in $CACHE_DIR/debs /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $CACHE_DIR/debs" \
    --customize-hook="echo 'app:x:$APP_UID:$APP_UID:model-intake:/nonexistent:/usr/sbin/nologin' >>\"\$1/etc/passwd\"" \
    --customize-hook="echo 'app:x:$APP_UID:' >>\"\$1/etc/group\"" \
    --customize-hook='rm -rf "$1"/usr/share/doc/* "$1"/usr/share/man/* "$1"/usr/share/locale/* "$1"/var/log/*' \
    --customize-hook='for shell in sh bash dash rbash; do rm -f "$1/usr/bin/$shell" "$1/bin/$shell"; done' \
    "$DEBIAN_SUITE" "$work/rootfs.tar" "$DEBIAN_MIRROR" >"$STATE_DIR/base-image.log" 2>&1; then
    tail -20 "$STATE_DIR/base-image.log" >&2
    die "mmdebstrap failed (log: $STATE_DIR/base-image.log)"
  fi
  umoci init --layout "$work/oci"
  umoci new --image "$work/oci:base"
  umoci raw add-layer --image "$work/oci:base" --history.created_by "mmdebstrap $DEBIAN_SUITE openjdk-17-jre-headless" \
    "$work/rootfs.tar"
  umoci config --image "$work/oci:base" --config.user "$APP_UID:$APP_UID" --config.workingdir / \
    --config.env PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/bin \
    --config.env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    --config.label org.opencontainers.image.title=model-intake-jre17-base \
    --config.label "org.opencontainers.image.description=Debian $DEBIAN_SUITE, openjdk-17-jre-headless, no shell, user $APP_UID" \
    --config.label org.opencontainers.image.base.name=debian:$DEBIAN_SUITE
  skopeo copy --quiet --dest-tls-verify=false "oci:$work/oci:base" "docker://$BASE_IMAGE"
  rm -rf "$work"
  log "base image: pushed $BASE_IMAGE"
}

prepare_images() {
  ensure_tools
  ensure_image_tools
  mkdir -p "$STATE_DIR"
  start_registry
  build_base_image
}

# Jib (quarkus-container-image-jib, profile images of the root pom) builds each service on the base and pushes it.
push_images() {
  log "building and pushing the four services (./mvnw -Dimages package)"
  maven -B -q -ntp -Dimages -Dimages.registry="$REGISTRY" -DskipTests package \
    -pl intake-service,license-service,dataset-registry,approval-service -am "$@"
  local service
  for service in intake-service license-service dataset-registry approval-service; do
    echo "$REGISTRY/model-intake/$service:0.1.0"
  done
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  command=${1:-all}
  shift || true
  case $command in
    all) prepare_images; push_images "$@" ;;
    prepare) prepare_images ;;
    base) ensure_image_tools; start_registry; build_base_image ;;
    registry) ensure_image_tools; start_registry ;;
    stop-registry) stop_registry ;;
    *) die "usage: deploy/images.sh [all|prepare|base|registry|stop-registry]" ;;
  esac
fi
