#!/bin/sh
# One command for a newcomer: install what is missing, then start chain + deploy + seed + app.
set -e
cd "$(dirname "$0")/.."
sh scripts/ensure-install.sh
export NEXT_TELEMETRY_DISABLED=1
exec node_modules/.bin/tsx scripts/dev.ts
