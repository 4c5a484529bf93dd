#!/usr/bin/env bash
# Builds and runs the evidence report benchmark. Every argument goes to the benchmark (see --help):
#   bench/business-pdf/run.sh --url http://127.0.0.1:18082 --db-url jdbc:postgresql://127.0.0.1:5432/skillslab_test
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mvn -B -ntp -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xms128m -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" \
  ai.smartsuccess.skillslab.bench.businesspdf.BusinessPdfBench "$@"
