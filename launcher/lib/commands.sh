# The launcher's commands.

print_welcome() {
  cat <<EOF

${C_BOLD}Skills Lab is running:${C_OFF} http://localhost:8080

  Demo accounts (password: demo-password)
    candidate@demo.skillslab.dev   individual
    business@demo.skillslab.dev    business (Demo Corp)
    admin@demo.skillslab.dev       admin

  Keycloak      http://localhost:$KEYCLOAK_PORT (realm skills-lab; console user admin, password in $SKILLSLAB_HOME/secrets/keycloak-admin-password)
  Mail (test)   http://127.0.0.1:$GREENMAIL_API_PORT/api/user  (GreenMail, SMTP on $SMTP_PORT)
  Logs          $LOG_DIR  (./skillslab logs <name>)
  Stop          ./skillslab down
EOF
}

cmd_up() {
  infra_up
  services_up "$@"
  print_welcome
}

cmd_down() {
  ensure_dirs
  step "Stopping Skills Lab"
  services_down
  infra_down
  if [ "${1:-}" = "--purge" ]; then
    psql_admin -c "select 1" >/dev/null 2>&1 && for db in "${PG_DATABASES[@]}"; do
      psql_admin -c "drop database if exists $db with (force)" >/dev/null && ok "database $db dropped"
    done
    redis_ping && printf 'FLUSHDB\r\n' | timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$REDIS_PORT; cat >&3; head -c 3 <&3" >/dev/null && ok "redis flushed"
    rm -rf "$DATA_DIR" "$RUN_DIR" "$LOG_DIR"
    ok "data removed from $SKILLSLAB_HOME (downloads kept in $CACHE_DIR)"
  fi
}

cmd_status() {
  ensure_dirs
  local entry name port state
  printf '%-22s %-8s %s\n' COMPONENT PORT STATE
  printf '%-22s %-8s %s\n' postgresql "$PG_PORT" "$(pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && echo up || echo down)"
  printf '%-22s %-8s %s\n' redis "$REDIS_PORT" "$(redis_ping && echo up || echo down)"
  for entry in kafka:$KAFKA_PORT keycloak:$KEYCLOAK_PORT s3proxy:$S3_PORT greenmail:$SMTP_PORT "${SERVICES[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    if is_running "$name"; then
      state="running (pid $(component_pid "$name"))"
      case "$name" in *-service | sandbox-orchestrator)
        http_ok "$(health_url "$name" "$port")" && state="$state, ready" || state="$state, not ready" ;;
      esac
    elif port_open "$port"; then
      state="port taken by another program"
    else
      state=stopped
    fi
    printf '%-22s %-8s %s\n' "$name" "$port" "$state"
  done
}

cmd_logs() {
  [ $# -ge 1 ] || die "usage: ./skillslab logs <name>  (a service, kafka, keycloak, s3proxy or greenmail)"
  local log
  log=$(log_file "$1")
  [ -f "$log" ] || die "no log for '$1' at $log"
  if [ -t 1 ]; then tail -n 200 -F "$log"; else cat "$log"; fi
}

cmd_demo() {
  http_ok "$(health_url gateway-service 8080)" || die "the platform is not running: start it with ./skillslab up"
  node "$ROOT/launcher/tools/demo.mjs"
}

cmd_test() {
  local started_services=false
  infra_up
  ensure_chromium

  step "Module tests (mvn verify)"
  (cd "$ROOT" && mvn -B -ntp verify) || die "module tests failed"

  step "Web UI unit tests (vitest) and lint (ESLint)"
  # The gateway's build installed the UI's dependencies (Quinoa, npm ci).
  (cd "$ROOT/gateway-service/src/main/webui" && npm test --silent) || die "web UI unit tests failed"
  (cd "$ROOT/gateway-service/src/main/webui" && npm run lint --silent) || die "web UI lint failed (npm run lint in gateway-service/src/main/webui)"
  # The committed OpenAPI documents the web app's types come from must be what the services just built describe.
  (cd "$ROOT/gateway-service/src/main/webui" && npm run api:check-documents --silent) ||
    die "the web app's OpenAPI documents drifted from the services (npm run api:types in gateway-service/src/main/webui)"

  step "Deployment manifests (Helm chart and kustomize: lint, render, schemas, policies)"
  bash "$ROOT/ops/chart-check.sh" || die "deployment manifest checks failed"

  step "End-to-end tests against the running platform"
  # The services must run the code just built: restart any that an earlier `up` left running.
  services_running && services_down
  # With tracing on, for tests/observability.test.mjs (one submit, one trace); it costs the run little.
  SKILLSLAB_TRACING=1 services_up --no-build
  started_services=true
  (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error && node --test --test-concurrency=1 tests/) ||
    { $started_services && services_down; die "end-to-end tests failed (screenshots and logs under e2e/target)"; }

  step "Demo"
  node "$ROOT/launcher/tools/demo.mjs" || { services_down; die "the demo failed"; }
  services_down

  # The same services as container images, run as the chart's pods (ports 8080-8085 are free again).
  cmd_images --no-build || die "building the container images failed"
  step "Container images as pods (podman kube play, the demo, a sandbox pod)"
  bash "$ROOT/ops/images-smoke.sh" || die "the images smoke test failed (logs under $LOG_DIR/images-smoke)"

  # Last: with the native profile, package writes native-image sources instead of the jars the steps above ran.
  step "Native-image sources of every service (-Pnative, sources only: native-image itself runs in the native workflow)"
  (cd "$ROOT" && mvn -B -ntp -q package -Pnative -Dquarkus.native.sources-only=true -DskipTests) ||
    die "generating the native-image sources failed"

  ok "all tests passed"
}
