#!/usr/bin/env bash
# Runs the control plane locally. For now: the core agent on the embedded store
# (data under ./data/store), or on etcd when STORE_ENDPOINTS is set. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
export STORE_DATA_DIR="${STORE_DATA_DIR:-./data/store}"
exec node dist/apps/core/src/main.js "$@"
