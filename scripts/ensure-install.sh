#!/bin/sh
# Installs the project's packages when they are missing or package.json / package-lock.json changed since.
# Hardhat 3 needs Node >= 22, and npm running under an older Node silently skips Hardhat's native EDR package,
# so the install always runs on the Node 22 that the `node@22` npm package ships. After that, npm scripts run
# on node_modules/.bin/node (the `node` devDependency), whatever the system Node is.
set -e
cd "$(dirname "$0")/.."

stamp=node_modules/.dta-install-stamp
wanted=$(cat package.json package-lock.json | cksum | cut -d' ' -f1)
if [ -x node_modules/.bin/node ] && [ -x node_modules/.bin/hardhat ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
  exit 0
fi

echo "Installing packages with Node 22 (first run only; a few minutes)..."
# `npm install` rather than `npm ci`: the lockfile pins every version, but a registry may lack other platforms'
# optional native packages, which `npm ci` insists on finding in the lockfile.
npx -y -p node@22 npm install --no-audit --no-fund
cat package.json package-lock.json | cksum | cut -d' ' -f1 > "$stamp"
