#!/usr/bin/env bash
# Starts model-intake on this machine, for real and without Docker: PostgreSQL, Kafka, Keycloak with realm
# model-intake and GreenMail for the notifications' mail (deploy/infra.sh), then the four services from their quarkus-run.jar. Idempotent: whatever
# already runs is reused. SKIP_BUILD=1 skips the Maven build. Stop everything with deploy/stop.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/infra.sh"

# module:port (API.md)
SERVICES=(intake-service:8081 license-service:8082 dataset-registry:8083 approval-service:8084)

build_services() {
  if [[ ${SKIP_BUILD:-0} == 1 ]]; then
    log "SKIP_BUILD=1: using the jars already built"
    return 0
  fi
  log "building the services (mvn -DskipTests package)"
  (cd "$INFRA_ROOT" && maven -q -B -ntp -DskipTests package) || die "the build failed"
}

# Four JVMs share the machine with Kafka, PostgreSQL and Keycloak. On two cores the C2 compiler took a third of the
# services' CPU through a 5,000-request burst, so locally they run C1 only (README, "Tests and benchmarks");
# SERVICE_JVM_OPTS= (empty) restores the JVM's default.
SERVICE_JVM_OPTS=${SERVICE_JVM_OPTS--XX:TieredStopAtLevel=1}

service_ready() { http_ok "http://127.0.0.1:$1/q/health/ready"; }

start_service() {
  local module=$1 port=$2 jar=$INFRA_ROOT/$1/target/quarkus-app/quarkus-run.jar
  if service_ready "$port"; then
    log "$module already ready on 127.0.0.1:$port: reusing it"
    return 0
  fi
  if [[ ! -d $INFRA_ROOT/$module/src/main ]]; then
    log "WARNING: $module has no sources yet: skipped"
    return 0
  fi
  [[ -f $jar ]] || die "$jar is missing: build without SKIP_BUILD=1"
  port_open "$port" && die "port $port is taken by something that is not a ready $module"
  log "starting $module on 127.0.0.1:$port"
  # shellcheck disable=SC2086
  setsid nohup java $SERVICE_JVM_OPTS -Dquarkus.profile=local -Dquarkus.http.port="$port" -jar "$jar" >"$STATE_DIR/$module.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/$module.pid"
}

main() {
  start_infra
  build_services
  local entry
  for entry in "${SERVICES[@]}"; do
    start_service "${entry%%:*}" "${entry##*:}"
  done
  for entry in "${SERVICES[@]}"; do
    local module=${entry%%:*} port=${entry##*:}
    [[ -f $STATE_DIR/$module.pid ]] || service_ready "$port" || continue
    wait_for "$module (http://127.0.0.1:$port)" 120 service_ready "$port" \
      || die "$module is not ready after 120 s: see $STATE_DIR/$module.log"
  done
  "$(dirname "${BASH_SOURCE[0]}")/demo-data.sh"
  cat <<SUMMARY

model-intake is running:
  intake-service     http://127.0.0.1:8081   (POST /api/requests, role ml-engineer; OpenAPI at /q/openapi)
  license-service    http://127.0.0.1:8082
  dataset-registry   http://127.0.0.1:8083
  approval-service   http://127.0.0.1:8084   (web UI: log in as bob to decide alice's demo requests)
  Keycloak           $KEYCLOAK_URL   (admin console: admin/admin; realm model-intake)
  Kafka              127.0.0.1:$KAFKA_PORT
  mail (GreenMail)   $MAIL_API_URL   (the notifications' mail: $MAIL_API_URL/api/user/alice@model-intake.test/messages/;
                     SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT, any login)
  PostgreSQL         jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB   (user $PG_USER, password $PG_PASSWORD)
  demo users         alice, bob, carol, dave, erin, frank; password <name>-pw
  logs and pids      $STATE_DIR
  token for alice:   curl -s -d grant_type=password -d client_id=intake-cli -d username=alice -d password=alice-pw \\
                       $KEYCLOAK_URL/realms/model-intake/protocol/openid-connect/token
Stop with deploy/stop.sh
SUMMARY
}

main "$@"
