#!/usr/bin/env bash
# Demo data for the local system: requests as the demo engineers would file them, through the public API with
# real tokens, so that a compliance officer (bob, dave) finds a queue to work on. Idempotent: nothing is filed
# when alice already has requests. Used by deploy/start.sh; runnable on its own against a running system.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/infra.sh"

INTAKE_URL=${INTAKE_URL:-http://127.0.0.1:8081}

token() {
  curl -fsS -d grant_type=password -d client_id=intake-cli -d "username=$1" -d "password=$1-pw" \
    "$KEYCLOAK_URL/realms/model-intake/protocol/openid-connect/token" | jq -r .access_token
}

submit() { # user, JSON body
  curl -fsS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token "$1")" -H 'Content-Type: application/json' \
    "$INTAKE_URL/api/requests" -d "$2" | grep -q 202 || die "the demo request of $1 was refused"
}

main() {
  local existing
  existing=$(curl -fsS -H "Authorization: Bearer $(token alice)" "$INTAKE_URL/api/requests?mine=true" | jq .total)
  if [[ $existing != 0 ]]; then
    log "demo data: alice has $existing requests already, nothing filed"
    return 0
  fi
  log "demo data: filing the demo requests of alice and frank"
  submit alice '{"model": {"name": "Juggernaut XL v9", "source": "huggingface", "repoId": "RunDiffusion/Juggernaut-XL-v9",
      "revision": "main", "license": "creativeml-openrail-m", "baseModels": ["stabilityai/stable-diffusion-xl-base-1.0"]},
    "intendedUse": {"activities": ["SERVE_AS_API", "SELL_OUTPUTS"], "jurisdictions": ["US", "EU"],
      "expectedMonthlyActiveUsers": 5000, "description": "Marketing image generation behind our web app"}}'
  submit alice '{"model": {"name": "ResNet-50 (ImageNet)", "source": "huggingface", "repoId": "microsoft/resnet-50",
      "license": "apache-2.0", "datasets": ["imagenet-1k"]},
    "intendedUse": {"activities": ["INTERNAL_RESEARCH"], "jurisdictions": ["DE"], "description": "Baseline for our defect detection study"}}'
  submit alice '{"model": {"name": "OpenCLIP ViT-B/32 LAION-2B", "source": "huggingface",
      "repoId": "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", "license": "mit", "datasets": ["laion/laion2B-en"]},
    "intendedUse": {"activities": ["COMMERCIAL_PRODUCT"], "jurisdictions": ["DE", "JP"], "expectedMonthlyActiveUsers": 20000,
      "description": "Image search in our shop"}}'
  submit alice '{"model": {"name": "Llama 3.1 8B Instruct", "source": "huggingface", "repoId": "meta-llama/Llama-3.1-8B-Instruct",
      "license": "llama3.1"},
    "intendedUse": {"activities": ["INTERNAL_TOOL", "FINE_TUNE"], "jurisdictions": ["US"], "expectedMonthlyActiveUsers": 300,
      "description": "Support-ticket summaries for our agents"}}'
  submit frank '{"model": {"name": "Whisper large-v3", "source": "huggingface", "repoId": "openai/whisper-large-v3",
      "license": "apache-2.0"},
    "intendedUse": {"activities": ["INTERNAL_TOOL"], "jurisdictions": ["DE"], "description": "Meeting transcripts"}}'
}

main "$@"
