#!/usr/bin/env bash
# Finalize benchmark of the local sandbox backend (real jails). Run as root from the repository root:
#   bash bench/sandbox/finalize.sh
# Prints finalize time p50/p95 (and per step) for two default tasks, untouched starter and reference solution.
set -euo pipefail
exec bash "$(dirname "$0")/java-bench.sh" FinalizeBench.java
