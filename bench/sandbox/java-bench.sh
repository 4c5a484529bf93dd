#!/usr/bin/env bash
# Runs one single-file benchmark program of this folder against sandbox-orchestrator's compiled classes:
#   bash bench/sandbox/java-bench.sh SandboxBench.java
# Installs what the orchestrator depends on in this repository (the parent POM, shared-contracts, platform), so that
# it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=$1
mvn -B -ntp -q install -pl shared-contracts,platform -am -DskipTests
mvn -B -ntp -q compile -pl sandbox-orchestrator
cp_file=$(mktemp)
classes=$(mktemp -d)
trap 'rm -rf "$cp_file" "$classes"' EXIT
mvn -B -ntp -q dependency:build-classpath -pl sandbox-orchestrator -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=compile
# A private copy of the classes: a build running meanwhile may clean target/ under the benchmark's feet.
cp -r sandbox-orchestrator/target/classes/. "$classes"
java -cp "$classes:$(cat "$cp_file")" "bench/sandbox/$bench"
