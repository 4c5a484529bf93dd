#!/usr/bin/env bash
# Crashes one service of the running local platform the hard way, then starts it again as `./skillslab up` does and
# waits until it is ready. SIGKILL to its whole process group: no shutdown hook, no last flush, no graceful leave of
# its Kafka consumer groups, exactly what a power cut does to it. For restart tests against the running platform:
#
#   launcher/tools/crash-service.sh assessment-service
#
# A test that ran terminal commands and test runs before and after the crash then checks that the submitted session's
# tracking record (S3 bucket `tracking`, assessments/<id>/events-*.ndjson) holds every one of them exactly once, and no
# `integrity_signal` with code `evidence-incomplete`. (Crashing sandbox-orchestrator ends the local jails it holds, by
# design, so a live session does not survive that one.)
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../lib/common.sh
source "$ROOT/launcher/lib/common.sh"
# shellcheck source=../lib/tracing.sh
source "$ROOT/launcher/lib/tracing.sh"
# shellcheck source=../lib/services.sh
source "$ROOT/launcher/lib/services.sh"

name=${1:-}
port=""
for entry in "${SERVICES[@]}"; do
  [ "${entry%%:*}" = "$name" ] && port=${entry##*:}
done
[ -n "$port" ] || die "usage: launcher/tools/crash-service.sh <service>, one of: ${SERVICES[*]%%:*}"
pid=$(component_pid "$name") || die "$name is not running (start the platform with ./skillslab up)"

started=$SECONDS
kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
rm -f "$(pid_file "$name")"
ok "$name killed (pid $pid)"

start_service "$name" "$port"
wait_until "$name" 180 http_ok "$(health_url "$name" "$port")"
ok "$name ready again after $((SECONDS - started)) s"
