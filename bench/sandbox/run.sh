#!/usr/bin/env bash
# Benchmark of the local sandbox backend (bubblewrap jails). Run as root from the repository root:
#   bash bench/sandbox/run.sh
# Prints start-to-ready p50/p95 over 50 sessions, the overhead of `true` in a jail against bare, and 20 concurrent
# sessions, all with the jails' cgroups, tmpfs workspaces and seccomp filter in place. Figures only: nothing here passes
# or fails on timing.
set -euo pipefail
exec bash "$(dirname "$0")/java-bench.sh" SandboxBench.java
