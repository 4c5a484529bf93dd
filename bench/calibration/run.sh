#!/usr/bin/env bash
# Calibration set: replays every session script of scoring-service's calibration set (real visible and hidden test
# runs), scores it evidence-only and prints the report. Needs python3 and node on the PATH, no infrastructure.
#   bench/calibration/run.sh
# Exits 0 whether or not the targets are met (the report says which are); non-zero only when the build itself fails.
set -Eeuo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
REPORT=scoring-service/target/calibration-report.txt
echo "== installing the parent POM, shared-contracts and platform"
mvn -B -ntp -q install -N -Dspotless.check.skip=true
mvn -B -ntp -q install -pl shared-contracts,platform -DskipTests -Dspotless.check.skip=true
echo "== replaying and scoring the calibration set"
rm -f "$REPORT"
status=0
# Only the unit-test execution of scoring-service's surefire (its plain JUnit tests), not the Quarkus ones.
mvn -B -ntp test-compile surefire:test@unit-tests -pl scoring-service -Dtest=CalibrationSetTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dmaven.test.failure.ignore=true >/tmp/calibration-mvn.$$.log 2>&1 || status=$?
if [[ ! -s "$REPORT" ]]; then
  tail -n 60 /tmp/calibration-mvn.$$.log
  rm -f /tmp/calibration-mvn.$$.log
  echo "== the calibration set could not be scored (maven exit $status)" >&2
  exit 1
fi
cat "$REPORT"
echo
echo "== test results"
grep -E "^WARNING:" /tmp/calibration-mvn.$$.log | sort -u || true
grep -E "Tests run: [0-9]+, Failures" /tmp/calibration-mvn.$$.log | tail -n 1 | sed 's/^\[[A-Z]*\] //' || true
grep -oE "CalibrationSetTest\.[A-Za-z0-9_]+ -- Time elapsed: [0-9.]+ s <<< (FAILURE|ERROR)" /tmp/calibration-mvn.$$.log \
  | sed -E 's/CalibrationSetTest\.([A-Za-z0-9_]+) .*<<< (.*)/  \2: \1/' | sort -u || true
rm -f /tmp/calibration-mvn.$$.log
echo "== report: $ROOT/$REPORT"
