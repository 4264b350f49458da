#!/bin/sh
# Installs the project's packages when they are missing or older than package-lock.json.
# Hardhat 3 needs Node >= 22; npm running under an older Node silently skips Hardhat's native EDR package,
# so the install always runs on the Node 22 that the `node@22` npm package ships. After that, npm scripts
# run on node_modules/.bin/node (the `node` devDependency), whatever the system Node is.
set -e
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.json
if [ -x node_modules/.bin/node ] && [ -x node_modules/.bin/hardhat ] && [ -f "$stamp" ] \
  && [ ! package-lock.json -nt "$stamp" ] && [ -d node_modules/@nomicfoundation/edr-linux-x64-gnu ] \
  || { [ "$(uname -s)" != Linux ] && [ -x node_modules/.bin/hardhat ] && [ ! package-lock.json -nt "$stamp" ]; }; then
  exit 0
fi

echo "Installing packages with Node 22 (first run only; a few minutes)..."
npx -y -p node@22 npm ci --no-audit --no-fund
