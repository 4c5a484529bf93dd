# Opt-in tracing for the local platform (SKILLSLAB_TRACING=1): a small OTLP/HTTP receiver on 127.0.0.1:4318 that
# writes every span as one JSON line under the launcher's home, and the services pointed at it. Off by default: the
# services' TracingSwitch leaves the OpenTelemetry SDK off while no OTLP endpoint is set.
#
#   SKILLSLAB_TRACING=1 ./skillslab up     then   node launcher/tools/trace.mjs --last-submit

TRACE_PORT="${SKILLSLAB_TRACE_PORT:-4318}"
TRACES_FILE="$DATA_DIR/traces/spans.jsonl"
TRACE_RECEIVER_LIBS="$CACHE_DIR/trace-receiver"

# Asked for, or already on: a service restarted while the receiver runs (crash-service.sh) keeps exporting to it.
tracing_enabled() { [ "${SKILLSLAB_TRACING:-0}" = 1 ] || is_running trace-receiver; }

# What the services need to export their spans to the receiver (nothing while tracing is off).
tracing_env() {
  tracing_enabled || return 0
  printf '%s\n' "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$TRACE_PORT" \
    "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf" \
    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY=1s"
}

start_trace_receiver() {
  tracing_enabled || return 0
  is_running trace-receiver && return 0
  require_free_port trace-receiver "$TRACE_PORT"
  if ! ls "$TRACE_RECEIVER_LIBS"/opentelemetry-proto-*.jar >/dev/null 2>&1; then
    info "downloading the trace receiver's libraries"
    mvn -q -B -ntp -f "$LAUNCHER_DIR/tools/trace-receiver/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$TRACE_RECEIVER_LIBS" >>"$LOG_DIR/downloads.log" 2>&1 ||
      die "could not download the trace receiver's libraries (see $LOG_DIR/downloads.log)"
  fi
  mkdir -p "$(dirname "$TRACES_FILE")"
  start_background trace-receiver java -Xmx96m -cp "$TRACE_RECEIVER_LIBS/*" \
    "$LAUNCHER_DIR/tools/trace-receiver/TraceReceiver.java" "$TRACE_PORT" "$TRACES_FILE"
  wait_until trace-receiver 60 port_open "$TRACE_PORT"
  ok "trace receiver on $TRACE_PORT (spans in $TRACES_FILE)"
}

stop_trace_receiver() { stop_component trace-receiver; }

# A service started without tracing keeps running without it: say so instead of silently tracing nothing.
warn_untraced_services() {
  tracing_enabled || return 0
  local entry name pid
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    pid=$(component_pid "$name") || continue
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -q '^QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=' ||
      warn "$name was started without tracing: ./skillslab down, then SKILLSLAB_TRACING=1 ./skillslab up"
  done
}
