#!/usr/bin/env bash
# Dead letters of the local system, as erin (intake-admin) sees them through each service's
# /api/admin/dead-letters (platform/README.md). After a fix, replay them: the original event goes to the service's replay
# topic of its topic (<topic>.replay.<service>) and is processed once (a replay of an event already processed is
# skipped by the consumer's inbox).
#
#   deploy/dead-letters.sh list [service]                       every dead letter, per service and topic
#   deploy/dead-letters.sh replay <service> <dlq-topic>          every dead letter of the topic not replayed yet
#   deploy/dead-letters.sh replay <service> <dlq-topic> <partition> <offset>   one dead letter
#
# service: intake-service | license-service | dataset-registry | approval-service
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/infra.sh"

declare -A PORTS=([intake-service]=8081 [license-service]=8082 [dataset-registry]=8083 [approval-service]=8084)

token() {
  curl -fsS -d grant_type=password -d client_id=intake-cli -d "username=$1" -d "password=$1-pw" \
    "$KEYCLOAK_URL/realms/model-intake/protocol/openid-connect/token" | jq -r .access_token
}

url() {
  [[ -n ${PORTS[$1]:-} ]] || die "unknown service '$1' (one of: ${!PORTS[*]})"
  echo "http://127.0.0.1:${PORTS[$1]}/api/admin/dead-letters"
}

call() { # method, url
  local body status
  body=$(mktemp)
  status=$(curl -sS -o "$body" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $(token erin)" "$2")
  if [[ $status != 2* ]]; then
    jq -r '.detail // .' "$body" >&2 || cat "$body" >&2
    rm -f "$body"
    die "$1 $2 answered $status"
  fi
  cat "$body"
  rm -f "$body"
}

list() {
  local service
  for service in ${1:-intake-service license-service dataset-registry approval-service}; do
    echo "== $service"
    call GET "$(url "$service")" | jq -r '.[] | "-- \(.topic): \(.deadLetters | length) dead letters",
      (.deadLetters[] | "   \(.partition)/\(.offset)  request \(.requestId)  \(.eventType)  from \(.originalTopic)/\(.originalPartition)/\(.originalOffset)  at \(.at)\n      reason: \(.reason)\n      \(if .replayed then "replayed by \(.replay.by) at \(.replay.at)" else "not replayed" end)")'
  done
}

replay() {
  local service=${1:?service} topic=${2:?dlq topic}
  if [[ $# -ge 4 ]]; then
    call POST "$(url "$service")/$topic/$3/$4/replay" | jq -r '"replayed \(.dlqTopic)/\(.partition)/\(.offset) (request \(.requestId)) to \(.originalTopic)"'
  else
    call POST "$(url "$service")/$topic/replay" | jq -r '"replayed \(.deadLetters | length) dead letters of \(.topic)"'
  fi
}

case ${1:-list} in
  list) shift || true; list "$@" ;;
  replay) shift; replay "$@" ;;
  *) die "usage: $0 list [service] | replay <service> <dlq-topic> [<partition> <offset>]" ;;
esac
