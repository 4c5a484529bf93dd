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
  printf '%s\n' "SANDBOX_WORKSPACE_ROOT=$SANDBOX_ROOT" "SKILLSLAB_ALLOW_LOCAL_SECRETS=true" "WEBHOOKS_ALLOW_LOCAL_URLS=true"
  tracing_env
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
  # A secret goes through the environment of its own service only, never onto a command line (ps shows those).
  if [ "$name" = assessment-service ]; then
    RESULTS_SIGNING_KEY=$(results_signing_key) || exit 1
    export RESULTS_SIGNING_KEY
  fi
  # shellcheck disable=SC2046
  start_background "$name" env $(service_env) java -Xms64m -Xmx512m -jar "$(service_jar "$name")"
  unset RESULTS_SIGNING_KEY
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
    wait_until "$name" 180 http_ok "http://127.0.0.1:$port/q/health/ready"
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
