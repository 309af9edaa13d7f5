#!/usr/bin/env bash
# The real infrastructure of model-intake without Docker: PostgreSQL (Debian's server, a throwaway cluster),
# Kafka 4.1.1 in KRaft mode (jars from Maven Central), Keycloak 26.7.3 (its distribution from Maven Central)
# and realm model-intake (realm-provisioner), and GreenMail as the SMTP server that catches the notifications' mail
# (greenmail-standalone from Maven Central). Every start reuses what already listens on the port.
#
#   deploy/infra.sh start [pg|kafka|keycloak|realm|mail]...   (no part: all five)
#   deploy/infra.sh stop  [pg|kafka|keycloak|mail]...         (stops only what this script started)
#   deploy/infra.sh status
#
# Sourced by deploy/start.sh and .ci/run for the same functions.

INFRA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${MODELINTAKE_STATE:-$INFRA_ROOT/deploy/.state}"
CACHE_DIR="${MODELINTAKE_CACHE:-$HOME/.cache/model-intake}"
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
REALM_URL="$KEYCLOAK_URL/realms/model-intake/.well-known/openid-configuration"
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
PG_PORT=5432
PG_DB=modelintake
PG_USER=modelintake
PG_PASSWORD=modelintake
PG_SCHEMAS=(intake license dataset approval)
GREENMAIL_VERSION=2.1.3
MAIL_SMTP_PORT=${MAIL_SMTP_PORT:-3025}
MAIL_IMAP_PORT=${MAIL_IMAP_PORT:-3143}
MAIL_API_PORT=${MAIL_API_PORT:-8025}
MAIL_API_URL="http://127.0.0.1:$MAIL_API_PORT"
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# On stderr: some functions answer on stdout (a classpath, a jar path).
log() { echo "[infra $(date -u +%H:%M:%S)] $*" >&2; }
die() { echo "[infra $(date -u +%H:%M:%S)] ERROR: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# wait_for <description> <seconds> <command...>
wait_for() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ((SECONDS >= deadline)); then
      return 1
    fi
    sleep 1
  done
  log "$what is ready"
}

# apt-get update runs at most once per shell, and only when something must be installed.
APT_UPDATED=
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    die "cannot install $* without root: install it by hand"
  fi
  if [[ -z $APT_UPDATED ]]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_tools() {
  command -v curl >/dev/null || apt_install curl
  command -v jq >/dev/null || apt_install jq
  command -v java >/dev/null || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null || [[ -x $INFRA_ROOT/mvnw ]] || apt_install maven
}

maven() {
  if [[ -x $INFRA_ROOT/mvnw ]]; then "$INFRA_ROOT/mvnw" "$@"; else mvn "$@"; fi
}

# Keycloak recommends Java 21+: take the newest Temurin JDK under /usr/lib/jvm when there is one.
keycloak_java_home() {
  local jdk
  jdk=$(ls -d /usr/lib/jvm/temurin-*-jdk* 2>/dev/null | sort -V | tail -n 1)
  if [[ -n $jdk ]]; then
    echo "$jdk"
  else
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"
  fi
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin_dir() {
  local postgres
  postgres=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1)
  [[ -n $postgres ]] && dirname "$postgres"
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg() {
  if port_open "$PG_PORT"; then
    log "PostgreSQL already listens on 127.0.0.1:$PG_PORT: reusing it"
    if [[ -f $STATE_DIR/pg.started ]]; then
      ensure_pg_database
    elif ! PGPASSWORD=$PG_PASSWORD psql_at 127.0.0.1 "$PG_USER" "$PG_DB" -c 'select 1' >/dev/null 2>&1; then
      log "WARNING: cannot log in to it as $PG_USER/$PG_PASSWORD: create role and database $PG_DB there"
    fi
    return 0
  fi
  [[ -n $(pg_bin_dir) ]] || apt_install postgresql
  local bin data=$STATE_DIR/pg sockets=$STATE_DIR/pg-sockets
  bin=$(pg_bin_dir)
  mkdir -p "$data" "$sockets"
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$data" "$sockets"; fi
  chmod 700 "$data"
  if [[ ! -f $data/PG_VERSION ]]; then
    log "initdb $data"
    # Trust over the local socket (this script's admin work), passwords over TCP (the services).
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --no-sync >/dev/null
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$sockets/postgres.log" -w start \
    -o "-p $PG_PORT -k $sockets -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
  touch "$STATE_DIR/pg.started"
  ensure_pg_database
}

psql_at() {
  local host=$1 user=$2 db=$3; shift 3
  local psql
  psql=$(command -v psql || echo "$(pg_bin_dir)/psql")
  PGOPTIONS="-c client_min_messages=warning" "$psql" -h "$host" -p "$PG_PORT" -U "$user" -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"
}

# Role and database modelintake; each service's schema owned by it (the services' Flyway may also create them).
ensure_pg_database() {
  local sockets=$STATE_DIR/pg-sockets
  psql_at "$sockets" postgres postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
      END IF; END \$\$;" >/dev/null
  if [[ -z $(psql_at "$sockets" postgres postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'") ]]; then
    psql_at "$sockets" postgres postgres -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >/dev/null
  fi
  local schema
  for schema in "${PG_SCHEMAS[@]}"; do
    psql_at "$sockets" postgres "$PG_DB" -c "CREATE SCHEMA IF NOT EXISTS $schema AUTHORIZATION $PG_USER" >/dev/null
  done
  log "database $PG_DB (user $PG_USER) with schemas ${PG_SCHEMAS[*]} at jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB"
}

stop_pg() {
  [[ -f $STATE_DIR/pg.started ]] || return 0
  log "stopping PostgreSQL"
  as_postgres "$(pg_bin_dir)/pg_ctl" -D "$STATE_DIR/pg" -m fast -w stop >/dev/null || true
  rm -f "$STATE_DIR/pg.started"
}

# ---------------------------------------------------------------- Kafka
kafka_classpath() {
  local file=$STATE_DIR/kafka/classpath
  if [[ ! -s $file ]]; then
    log "resolving the Kafka 4.1.1 classpath (deploy/kafka/pom.xml)"
    mkdir -p "$STATE_DIR/kafka"
    maven -q -B -f "$INFRA_ROOT/deploy/kafka/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.outputFile="$file" >/dev/null || die "could not resolve the Kafka classpath"
  fi
  cat "$file"
}

# The bus's security comes from one definition (contracts' event-bus.yaml) through test-support's BusAccess: the
# broker's SASL/SCRAM and authorizer settings, the SCRAM users stored at format time, the topics and the ACLs.
bus_access_classpath() {
  local file=$STATE_DIR/kafka/bus-access.classpath jar=$INFRA_ROOT/test-support/target/test-support-0.1.0-SNAPSHOT.jar
  if [[ ! -s $file || ! -f $jar ]]; then
    log "building test-support for the bus's users and ACLs (BusAccess, contracts/src/main/resources/event-bus.yaml)"
    mkdir -p "$STATE_DIR/kafka"
    (cd "$INFRA_ROOT" && maven -q -B -ntp -pl test-support -am -DskipTests package "$DEPENDENCY_PLUGIN:build-classpath" \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$file.tmp") >/dev/null || die "could not build test-support"
    echo "$jar:$(cat "$file.tmp")" >"$file"
    rm -f "$file.tmp"
  fi
  cat "$file"
}

bus_access() {
  java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$(bus_access_classpath)" \
    io.modelintake.testsupport.BusAccess "$@"
}

start_kafka() {
  if port_open "$KAFKA_PORT"; then
    log "Kafka already listens on 127.0.0.1:$KAFKA_PORT: reusing it"
    bus_access set-up "127.0.0.1:$KAFKA_PORT" >/dev/null 2>&1 || die "the Kafka on 127.0.0.1:$KAFKA_PORT does not take \
the bus's admin login (SASL/SCRAM): it is not the authenticated bus; stop it (deploy/infra.sh stop kafka) and start again"
    return 0
  fi
  local dir=$STATE_DIR/kafka cp
  cp=$(kafka_classpath)
  mkdir -p "$dir/logs"
  {
    cat <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
log.dirs=$dir/logs
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
PROPS
    bus_access broker-properties
  } >"$dir/server.properties"
  cat >"$dir/log4j2.properties" <<PROPS
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
appender.file.type=File
appender.file.name=file
appender.file.fileName=$dir/kafka.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
logger.kafka.name=kafka
logger.kafka.level=WARN
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
PROPS
  # A log dir formatted before the bus was authenticated has no SCRAM users: nobody could log in. Keep it aside.
  if [[ -f $dir/logs/meta.properties && ! -f $dir/scram-users.formatted ]]; then
    local aside=$dir/logs.unauthenticated-$(date -u +%Y%m%d%H%M%S)
    log "WARNING: $dir/logs was formatted without the bus's users: moved to $aside, formatting a new one"
    mv "$dir/logs" "$aside"
    mkdir -p "$dir/logs"
  fi
  if [[ ! -f $dir/logs/meta.properties ]]; then
    local uuid scram
    uuid=$(java -cp "$cp" kafka.tools.StorageTool random-uuid)
    mapfile -t scram < <(bus_access scram-arguments)
    log "formatting the KRaft log dir (cluster $uuid) with the bus's SCRAM users"
    java -cp "$cp" kafka.tools.StorageTool format --standalone -t "$uuid" -c "$dir/server.properties" "${scram[@]}" >/dev/null
    touch "$dir/scram-users.formatted"
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT (SASL/SCRAM-SHA-512, ACLs)"
  setsid nohup java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$cp" \
    kafka.Kafka "$dir/server.properties" >"$dir/stdout.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/kafka.pid"
  wait_for "Kafka (127.0.0.1:$KAFKA_PORT)" 60 port_open "$KAFKA_PORT" || die "Kafka did not start: see $dir/stdout.log"
  log "creating the bus's topics and ACLs (event-bus.yaml)"
  bus_access set-up "127.0.0.1:$KAFKA_PORT" || die "could not set up the bus's topics and ACLs: see $dir/stdout.log"
}

# ---------------------------------------------------------------- Keycloak
ensure_keycloak_distribution() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  local archive=$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz
  mkdir -p "$CACHE_DIR"
  if [[ ! -s $archive ]]; then
    log "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (176 MB) from Maven Central"
    (cd "$CACHE_DIR" && maven -q -B "$DEPENDENCY_PLUGIN:copy" \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -DoutputDirectory="$CACHE_DIR") >/dev/null \
      || die "could not download the Keycloak distribution"
  fi
  log "unpacking Keycloak into $KEYCLOAK_HOME"
  tar xzf "$archive" -C "$CACHE_DIR"
}

launch_keycloak() {
  local java_home
  java_home=$(keycloak_java_home)
  log "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL (JAVA_HOME=$java_home; the first start builds it, ~45 s)"
  JAVA_HOME=$java_home KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 \
    >>"$STATE_DIR/keycloak.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/keycloak.pid"
}

keycloak_up() { http_ok "$KEYCLOAK_URL/realms/master/.well-known/openid-configuration"; }

# Until it answers, or its process has ended, or 240 s have passed.
await_keycloak() {
  local deadline=$((SECONDS + 240))
  until keycloak_up || ! kill -0 "$(cat "$STATE_DIR/keycloak.pid")" 2>/dev/null || ((SECONDS >= deadline)); do
    sleep 1
  done
}

start_keycloak() {
  if keycloak_up; then
    log "Keycloak already answers on $KEYCLOAK_URL: reusing it"
    return 0
  fi
  port_open "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken by something that is not Keycloak"
  ensure_keycloak_distribution
  mkdir -p "$STATE_DIR"
  launch_keycloak
  await_keycloak
  if ! keycloak_up; then
    # A Keycloak killed mid-write can leave its dev-mode H2 file unusable; the realm is provisioned again anyway.
    log "Keycloak did not come up: resetting its dev database ($KEYCLOAK_HOME/data/h2) and trying once more"
    stop_keycloak
    rm -rf "$KEYCLOAK_HOME/data/h2"
    launch_keycloak
    await_keycloak
    keycloak_up || die "Keycloak did not start: see $STATE_DIR/keycloak.log"
  fi
  log "Keycloak is ready on $KEYCLOAK_URL"
}

# ---------------------------------------------------------------- realm
realm_provisioner_jar() {
  local jar=$INFRA_ROOT/realm-provisioner/target/realm-provisioner-all.jar
  if [[ ! -s $jar ]]; then
    log "building realm-provisioner"
    (cd "$INFRA_ROOT" && maven -q -B -pl realm-provisioner -DskipTests package) >/dev/null \
      || die "could not build realm-provisioner"
  fi
  echo "$jar"
}

# provision_realm [profile]: idempotent, so it runs on every start.
provision_realm() {
  local profile=${1:-${REALM_PROFILE:-local}} jar
  jar=$(realm_provisioner_jar)
  java -jar "$jar" --server "$KEYCLOAK_URL" --profile "$profile" || die "realm provisioning failed"
  http_ok "$REALM_URL" || die "realm model-intake does not answer at $REALM_URL"
}

# ---------------------------------------------------------------- mail (GreenMail)
greenmail_jar() {
  local jar=$CACHE_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar
  if [[ ! -s $jar ]]; then
    log "downloading com.icegreen:greenmail-standalone:$GREENMAIL_VERSION from Maven Central"
    mkdir -p "$CACHE_DIR"
    (cd "$CACHE_DIR" && maven -q -B "$DEPENDENCY_PLUGIN:copy" \
      -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$CACHE_DIR") >/dev/null \
      || die "could not download GreenMail"
  fi
  echo "$jar"
}

# SMTP without login for the services (approval-service's quarkus.mailer), IMAP and the REST API to read the mail.
start_mail() {
  if port_open "$MAIL_SMTP_PORT"; then
    log "an SMTP server already listens on 127.0.0.1:$MAIL_SMTP_PORT: reusing it"
    return 0
  fi
  local jar
  jar=$(greenmail_jar)
  log "starting GreenMail $GREENMAIL_VERSION: SMTP 127.0.0.1:$MAIL_SMTP_PORT, IMAP 127.0.0.1:$MAIL_IMAP_PORT, API $MAIL_API_URL"
  setsid nohup java -Xmx128m -Dgreenmail.auth.disabled \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$MAIL_IMAP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$jar" >"$STATE_DIR/greenmail.log" 2>&1 </dev/null &
  echo $! >"$STATE_DIR/greenmail.pid"
  wait_for "GreenMail ($MAIL_API_URL)" 60 http_ok "$MAIL_API_URL/api/service/readiness" \
    || die "GreenMail did not start: see $STATE_DIR/greenmail.log"
}

# ---------------------------------------------------------------- stop
# stop_pidfile <name>: the pid was started with setsid, so it leads a process group; end the group.
stop_pidfile() {
  local name=$1 file=$STATE_DIR/$1.pid pid
  [[ -f $file ]] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_kafka() { stop_pidfile kafka; }
stop_keycloak() { stop_pidfile keycloak; }
stop_mail() { stop_pidfile greenmail; }

start_infra() {
  ensure_tools
  mkdir -p "$STATE_DIR"
  start_pg
  start_kafka
  start_keycloak
  provision_realm "${REALM_PROFILE:-local}"
  start_mail
}

stop_infra() {
  stop_mail
  stop_keycloak
  stop_kafka
  stop_pg
}

infra_status() {
  local name port
  for name in postgresql:$PG_PORT kafka:$KAFKA_PORT keycloak:$KEYCLOAK_PORT smtp:$MAIL_SMTP_PORT; do
    port=${name#*:}
    if port_open "$port"; then echo "${name%%:*}: up on 127.0.0.1:$port"; else echo "${name%%:*}: down"; fi
  done
  if http_ok "$REALM_URL"; then echo "realm model-intake: $KEYCLOAK_URL/realms/model-intake"; else echo "realm model-intake: missing"; fi
  if http_ok "$MAIL_API_URL/api/service/readiness"; then echo "mail (GreenMail): $MAIL_API_URL"; fi
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  command=${1:-start}
  shift || true
  mkdir -p "$STATE_DIR"
  case $command in
    start)
      if (($# == 0)); then start_infra; fi
      for part in "$@"; do
        case $part in
          pg) start_pg ;;
          kafka) start_kafka ;;
          keycloak) start_keycloak ;;
          realm) provision_realm ;;
          mail) start_mail ;;
          *) die "unknown part $part (pg, kafka, keycloak, realm, mail)" ;;
        esac
      done
      ;;
    stop)
      if (($# == 0)); then stop_infra; fi
      for part in "$@"; do "stop_$part"; done
      ;;
    status) infra_status ;;
    *) die "usage: deploy/infra.sh start|stop|status [part...]" ;;
  esac
fi
