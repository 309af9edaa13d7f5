#!/usr/bin/env bash
# The Secrets no operator makes, created once with random values and kept when they exist (re-running changes
# nothing). Run it after the namespace exists and before the rest: kubectl apply -f deploy/k8s/namespace.yaml.
# Nothing here is ever written to a file. Rotate a value by deleting its Secret and running this again (then
# restart the services; CloudNativePG follows a database Secret by itself, the realm's client secrets must be
# changed in Keycloak too).
#
#   secret NAME TYPE KEY[=VALUE]...   a KEY without a value gets a random one (48 hex characters)
#
# The manifest test (k8s-manifests, ManifestsTests) reads the secret lines below as the Secrets that exist.
set -euo pipefail
NS=${NAMESPACE:-model-intake}

random() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }

secret() {
  local name=$1 type=$2 key
  shift 2
  if kubectl -n "$NS" get secret "$name" >/dev/null 2>&1; then
    echo "secret $name: kept"
    return
  fi
  local literals=()
  for key in "$@"; do
    case $key in
      *=*) literals+=("--from-literal=$key") ;;
      *) literals+=("--from-literal=$key=$(random)") ;;
    esac
  done
  kubectl -n "$NS" create secret generic "$name" --type="$type" "${literals[@]}"
  # CloudNativePG reloads a role's password when a Secret with this label changes
  kubectl -n "$NS" label secret "$name" cnpg.io/reload=true >/dev/null
}

# Database roles (postgres.yaml, managed roles): the username is the role's name
secret model-intake-db-intake kubernetes.io/basic-auth username=intake password
secret model-intake-db-license kubernetes.io/basic-auth username=license password
secret model-intake-db-dataset kubernetes.io/basic-auth username=dataset password
secret model-intake-db-approval kubernetes.io/basic-auth username=approval password
secret model-intake-db-keycloak kubernetes.io/basic-auth username=keycloak password
# Keycloak's bootstrap admin (keycloak.yaml)
secret keycloak-admin kubernetes.io/basic-auth username=admin password
# The realm's confidential clients (keycloak-realm.yaml placeholders) and the UI's own keys (approval-service)
secret approval-ui Opaque client-secret state-secret session-secret form-secret
secret model-intake-services-client Opaque client-secret
secret approval-notifier Opaque client-secret

# The Ingress certificate for *.model-intake.example.com (ingress.yaml): from cert-manager, or your CA's files
if ! kubectl -n "$NS" get secret model-intake-tls >/dev/null 2>&1; then
  kubectl -n "$NS" create secret tls model-intake-tls \
    --cert="${TLS_CERT:?set TLS_CERT and TLS_KEY to the Ingress certificate and key files, or let cert-manager make model-intake-tls}" \
    --key="${TLS_KEY:?set TLS_KEY}"
fi
