#!/usr/bin/env bash
# Builds and runs the tracking benchmark. Every argument goes to the benchmark (see --help):
#   bench/tracking/run.sh --url http://localhost:8080 --sessions 100 --concurrency 64 --seconds 60
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xms256m -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" \
  ai.smartsuccess.skillslab.bench.TrackingBench "$@"
