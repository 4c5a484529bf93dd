#!/usr/bin/env bash
# Benchmark of the local sandbox backend (bubblewrap jails). Run as root from the repository root:
#   bash bench/sandbox/run.sh
# Prints start-to-ready p50/p95 over 50 sessions, the overhead of `true` in a jail against bare, and 20 concurrent
# sessions, all with the jails' cgroups, tmpfs workspaces and seccomp filter in place. Figures only: nothing here passes
# or fails on timing.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q install -pl shared-contracts -DskipTests
mvn -B -ntp -q compile -pl sandbox-orchestrator
cp_file=$(mktemp)
mvn -B -ntp -q dependency:build-classpath -pl sandbox-orchestrator -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=compile
# A private copy of the classes: a build running meanwhile may clean target/ under the benchmark's feet.
classes=$(mktemp -d)
cp -r sandbox-orchestrator/target/classes/. "$classes"
java -cp "$classes:$(cat "$cp_file")" bench/sandbox/SandboxBench.java
rm -rf "$cp_file" "$classes"
