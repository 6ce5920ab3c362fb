#!/usr/bin/env bash
# Runs a whole local cluster: etcd (or the embedded store), the core agent, the REST
# API and three simulated io-engines with a pool each, data under ./data. Ctrl-C
# stops everything. `npm start -- --help` lists what it does and its options.
# (package.json runs it as `exec bash scripts/start.sh`, and it execs the launcher:
# npm's own child is then the launcher, which gets the Ctrl-C, stops everything and
# exits 0. A shell in between would die of npm's forwarded second SIGINT, and npm
# would return to the prompt with 130 while the cluster is still stopping.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
exec node dist/tools/local-cluster/main.js "$@"
