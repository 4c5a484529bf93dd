#!/usr/bin/env bash
# Scoring benchmark: pipeline throughput (sessions/s) and AssessmentSubmitted -> ScoreComputed latency (p50/p95)
# through the real local Kafka, S3Proxy and PostgreSQL. Needs the infrastructure of ./skillslab running.
#   bench/scoring/run.sh [pipelineSeconds] [e2eSessions] [e2eRatePerSecond]
set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
echo "== building shared-contracts, platform, platform-test and scoring-service"
mvn -B -ntp -q install -N -Dspotless.check.skip=true
mvn -B -ntp -q install -pl shared-contracts,platform,platform-test,scoring-service -DskipTests -Dspotless.check.skip=true
echo "== running the benchmark"
mvn -B -ntp -q -f bench/scoring/pom.xml compile exec:java \
  -Dexec.args="${1:-20} ${2:-200} ${3:-10} $ROOT/scoring-service/target/quarkus-app/quarkus-run.jar"
