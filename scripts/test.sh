#!/bin/sh
# Every test: static checks, contract tests (TypeScript + Solidity fuzz/invariant), lib unit tests and
# browser end-to-end tests. Exits non-zero on any failure.
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-install.sh
export NEXT_TELEMETRY_DISABLED=1
exec node_modules/.bin/tsx scripts/test.ts "$@"
