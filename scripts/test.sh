#!/usr/bin/env bash
# The test suite: unit tests, the store contract on both backends, end-to-end tests.
# Starts its own etcd and nats-server (free loopback ports, temporary dirs) and stops
# them. Ends with one line: "tests: N passed, N failed". Extra args go to vitest.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
# The end-to-end tests run the built apps.
npm run --silent build >&2 || { echo "build failed" >&2; exit 1; }

results="$(mktemp -d)/results.json"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@"
status=$?
if [ -s "$results" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failed = r.numFailedTests + (r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? r.numFailedTestSuites : 0);
    console.log(`tests: ${r.numPassedTests} passed, ${failed} failed`);
  ' "$results"
else
  echo "tests: 0 passed, 1 failed"
  [ $status -ne 0 ] || status=1
fi
exit $status
