# The six Skills Lab services, built with Maven and run in JVM mode from their Quarkus fast-jars.

service_jar() { printf '%s/%s/target/quarkus-app/quarkus-run.jar' "$ROOT" "$1"; }

build_services() {
  step "Building the services (mvn package)"
  local log="$LOG_DIR/build.log"
  : >"$log"
  (cd "$ROOT" && mvn -B -ntp package -DskipTests >>"$log" 2>&1) || {
    printf '%s\n' "  ${C_RED}✗ the build failed.${C_OFF} Last lines of $log:" >&2
    grep -E 'ERROR|FAIL' "$log" | head -30 | sed 's/^/      /' >&2
    exit 1
  }
  ok "built"
}

# Environment shared by every service started here. Sandbox workspaces are tmpfs mounts of their own, kept apart from
# the platform's data directory (so that `down --purge` never meets a mount).
SANDBOX_ROOT="$SKILLSLAB_HOME/sandboxes"
service_env() {
  # The packaged services run in the prod profile with the local secrets: skip their production secrets check.
  # Local mode of notification-service's webhooks: a receiver on this machine (http, 127.0.0.1) may be used.
  # Local mode of the AI keys: a candidate may point at their own model server on this machine (Ollama, vLLM).
  # Loopback only: on one machine nothing but the browser and the services themselves needs to reach them (containers,
  # Helm and podman, keep Quarkus's 0.0.0.0).
  printf '%s\n' "SANDBOX_WORKSPACE_ROOT=$SANDBOX_ROOT" "SKILLSLAB_ALLOW_LOCAL_SECRETS=true" "WEBHOOKS_ALLOW_LOCAL_URLS=true" \
    "AI_OWN_BASE_URL_ALLOWED_HOSTS=localhost,127.0.0.1" "QUARKUS_HTTP_HOST=127.0.0.1" "QUARKUS_MANAGEMENT_HOST=127.0.0.1"
  # The Node packages sandbox-orchestrator's jails bind read-only at /node_modules (built by infra_up).
  [ -d "$SANDBOX_NODE_MODULES_LINK" ] &&
    printf '%s\n' "SKILLSLAB_SANDBOX_LOCAL_NODE_MODULES=$(readlink -f "$SANDBOX_NODE_MODULES_LINK")"
  tracing_env
}

# The Node packages a sandbox offers (React, Vite, Vitest, TypeScript, Express...: images/sandbox-runtime/node), built
# here once with `npm ci --omit=dev` from the npm registry, never while a session runs (sandboxes have no network).
# Each build lives in a directory named by the hash of the package files and is built again only when they change;
# $SANDBOX_NODE_MODULES_LINK points at the current one (tests and the image build read it there). Services get the
# resolved directory, so that a rebuild never changes what a running jail binds.
SANDBOX_NODE_DIR="$SKILLSLAB_HOME/sandbox-runtime"
SANDBOX_NODE_MODULES_LINK="$SANDBOX_NODE_DIR/node_modules"
sandbox_node_hash() {
  cat "$ROOT/images/sandbox-runtime/node/package.json" "$ROOT/images/sandbox-runtime/node/package-lock.json" |
    sha256sum | cut -c1-16
}

ensure_sandbox_node_modules() {
  local hash build work
  hash=$(sandbox_node_hash)
  build="$SANDBOX_NODE_DIR/node-$hash"
  if [ -f "$build/.complete" ]; then
    [ "$(readlink "$SANDBOX_NODE_MODULES_LINK" 2>/dev/null)" = "node-$hash/node_modules" ] ||
      ln -sfn "node-$hash/node_modules" "$SANDBOX_NODE_MODULES_LINK"
    ok "sandbox Node packages ready ($build)"
    return 0
  fi
  command -v npm >/dev/null || die "npm is required to build the sandboxes' Node packages"
  info "installing the sandboxes' Node packages with npm ci (once per change of images/sandbox-runtime/node)"
  work="$SANDBOX_NODE_DIR/.node-$hash.work"
  rm -rf "$work" && mkdir -p "$work"
  cp "$ROOT/images/sandbox-runtime/node/package.json" "$ROOT/images/sandbox-runtime/node/package-lock.json" "$work/"
  (cd "$work" && npm ci --omit=dev --no-audit --no-fund --loglevel=error) >"$LOG_DIR/sandbox-node-modules.log" 2>&1 ||
    die "npm ci of the sandboxes' Node packages failed (see $LOG_DIR/sandbox-node-modules.log)"
  # Jailed processes run as another user: everything readable, nothing writable but by its owner.
  chmod -R a+rX,go-w "$work"
  touch "$work/.complete"
  rm -rf "$build" && mv "$work" "$build"
  ln -sfn "node-$hash/node_modules" "$SANDBOX_NODE_MODULES_LINK"
  # Earlier builds: a jail that still binds one keeps its files until it ends.
  find "$SANDBOX_NODE_DIR" -mindepth 1 -maxdepth 1 -name 'node-*' ! -name "node-$hash" -exec rm -rf {} +
  ok "sandbox Node packages built ($build)"
}

# The Ed25519 key that signs published results, made once per installation and kept in $SKILLSLAB_HOME (never in the
# repository: results signed here must not verify with a key anyone can read). Base64 of its PKCS#8 encoding.
RESULTS_SIGNING_KEY_FILE="$SKILLSLAB_HOME/results-signing-key"
results_signing_key() {
  if [ ! -s "$RESULTS_SIGNING_KEY_FILE" ]; then
    command -v openssl >/dev/null 2>&1 || die "openssl is needed once to make the key that signs public results"
    mkdir -p "$SKILLSLAB_HOME"
    (umask 077 && openssl genpkey -algorithm ed25519 -outform DER | base64 | tr -d '\n' >"$RESULTS_SIGNING_KEY_FILE.tmp") \
      && mv "$RESULTS_SIGNING_KEY_FILE.tmp" "$RESULTS_SIGNING_KEY_FILE" \
      || die "could not make $RESULTS_SIGNING_KEY_FILE"
  fi
  cat "$RESULTS_SIGNING_KEY_FILE"
}

start_service() {
  local name=$1 port=$2
  if is_running "$name"; then
    return 0
  fi
  require_free_port "$name" "$port"
  [ -f "$(service_jar "$name")" ] || die "$name has not been built ($(service_jar "$name") is missing)"
  mkdir -p "$SANDBOX_ROOT"
  # A secret goes through the environment of its own service only, never onto a command line (ps shows those): in a
  # subshell, so that the next service started does not inherit it.
  (
    export_service_secrets "$name"
    # shellcheck disable=SC2046
    start_background "$name" env $(service_env) java -Xms64m -Xmx512m -jar "$(service_jar "$name")"
  )
}

# This installation's secrets of one service (local_secret: made once in $SKILLSLAB_HOME/secrets), exported into the
# calling subshell: its own Keycloak client's secret (the same value sync_realm gave Keycloak) and its keys.
export_service_secrets() {
  local name=$1 client
  for client in "${SERVICE_CLIENTS[@]}"; do
    if [ "$client" = "$name" ]; then
      SERVICE_CLIENT_SECRET=$(local_secret "$name-client-secret") || exit 1
      export SERVICE_CLIENT_SECRET
    fi
  done
  case "$name" in
  assessment-service)
    RESULTS_SIGNING_KEY=$(results_signing_key) || exit 1
    # An installation made before this key was generated encrypted candidates' own provider keys (and open invitation
    # links) with the public development key: those cannot be decrypted any more and must be entered (sent) again.
    AI_KEY_ENCRYPTION_KEY=$(local_secret ai-key-encryption-key aes256) || exit 1
    export RESULTS_SIGNING_KEY AI_KEY_ENCRYPTION_KEY
    ;;
  notification-service)
    WEBHOOK_SECRET_ENCRYPTION_KEY=$(local_secret webhook-secret-encryption-key aes256) || exit 1
    export WEBHOOK_SECRET_ENCRYPTION_KEY
    ;;
  esac
  # Each service logs in to Kafka as its own user (launcher/config/kafka/acls.txt).
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT KAFKA_USERNAME=$name KAFKA_PASSWORD=$(kafka_password "$name") || exit 1
  export KAFKA_BOOTSTRAP_SERVERS KAFKA_USERNAME KAFKA_PASSWORD
}

services_up() {
  local entry name port all_running=true
  for entry in "${SERVICES[@]}"; do
    is_running "${entry%%:*}" || all_running=false
  done
  case "${1:-}" in
  --no-build) ;;
  --build) build_services ;;
  *) $all_running || build_services ;;
  esac
  step "Services"
  warn_untraced_services
  start_trace_receiver
  for entry in "${SERVICES[@]}"; do
    start_service "${entry%%:*}" "${entry##*:}"
  done
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    wait_until "$name" 180 http_ok "$(health_url "$name" "$port")"
    ok "$name on $port"
  done
}

services_down() {
  local i
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    stop_component "${SERVICES[$i]%%:*}"
  done
  stop_trace_receiver
}

services_running() {
  local entry
  for entry in "${SERVICES[@]}"; do
    is_running "${entry%%:*}" && return 0
  done
  return 1
}
