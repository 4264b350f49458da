#!/bin/sh
# Installs the system packages the selected test stages need, when they are missing: Debian's `chromium` (browser
# tests, public-chain rehearsal) and `postgresql` (the indexer's tests on a throw-away cluster). Called by
# scripts/test.ts with the packages' names. Installing needs root or passwordless sudo; without either, or
# without apt-get, it says what to install and returns, and the stages that need a package fail saying so.
set -e

missing=""
for package in "$@"; do
  case "$package" in
    chromium) [ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium" ;;
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql" ;;
    *) echo "ensure-system: unknown package $package" >&2 && exit 2 ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ]; then
  as=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as="sudo"
else
  echo "The tests need:$missing. Install them (Debian: apt-get install$missing) as root." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need:$missing. Install them with this system's package manager." >&2
  exit 0
fi

echo "Installing$missing for the tests (first run only; a minute or two)..."
$as apt-get update -qq
$as env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
