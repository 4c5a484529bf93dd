#!/usr/bin/env bash
# Finalize benchmark of the local sandbox backend (real jails). Run as root from the repository root:
#   bash bench/sandbox/finalize.sh
# Prints finalize time p50/p95 (and per step) for two default tasks, untouched starter and reference solution.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q install -pl shared-contracts -DskipTests
mvn -B -ntp -q compile -pl sandbox-orchestrator
cp_file=$(mktemp)
mvn -B -ntp -q dependency:build-classpath -pl sandbox-orchestrator -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=compile
# A private copy of the classes: a build running meanwhile may clean target/ under the benchmark's feet.
classes=$(mktemp -d)
cp -r sandbox-orchestrator/target/classes/. "$classes"
java -cp "$classes:$(cat "$cp_file")" bench/sandbox/FinalizeBench.java
rm -rf "$cp_file" "$classes"
