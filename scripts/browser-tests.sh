#!/usr/bin/env bash
# The browser tests of the built app (`npm run build` first): starts `next start` in production mode against an
# existing database with the demo data (as scripts/smoke.sh does), runs `npm run test:browser` against it in
# headless Chromium (/usr/bin/chromium), then stops the server.
#
#   bash scripts/browser-tests.sh file:./tests/.tmp/browser.db [jest arguments…]
#
# Build the database first: `DATABASE_URI=… npm run migrate`, then `DATABASE_URI=… NODE_ENV=development npm run seed`.
# The walk changes the data: give it a fresh copy each run. Optional: BROWSER_PORT (first port tried, default
# 3323), BROWSER_TIMEOUT (seconds to wait for the server, default 120). Ends with `N passed, N failed` (the
# tests jest ran); exits 1 when one failed or the server did not start, 2 on a usage error.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
URI=${1:-}
shift || true
usage() {
  echo "browser-tests: $1" >&2
  exit 2
}
[ -n "$URI" ] || usage 'give the database URI as the first argument'
[ -f "$ROOT/.next/BUILD_ID" ] || usage "no build in $ROOT/.next: run npm run build first"
[ -x /usr/bin/chromium ] || usage 'no /usr/bin/chromium: apt-get install -y chromium fonts-noto-cjk'
case "$URI" in
  file:*) URI="file:$(cd "$(dirname "${URI#file:}")" && pwd)/$(basename "${URI#file:}")" ;;
esac

# shellcheck source=scripts/built-server.sh
source "$ROOT/scripts/built-server.sh"
free_port "${BROWSER_PORT:-3323}" || usage "no free port from ${BROWSER_PORT:-3323}"
WORK=$(mktemp -d)
SERVER_PID=
trap 'stop_server; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

cd "$ROOT" || exit 2
start_server "$URI" "$WORK/server.log"
if ! wait_server "${BROWSER_TIMEOUT:-120}"; then
  echo "not ok - next start answers on port $PORT"
  tail -n 40 "$WORK/server.log" | sed 's/^/# /'
  echo '0 passed, 1 failed'
  exit 1
fi

report="$WORK/jest.json"
BASE_URL=$BASE npm run --silent test:browser -- --json --outputFile="$report" "$@"
code=$?
if [ -f "$report" ]; then
  read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)' "$report")
else
  p=0 f=1
fi
if [ "$f" -gt 0 ]; then
  echo "# server log (last 40 lines):"
  tail -n 40 "$WORK/server.log" | sed 's/^/# /'
fi
echo "$p passed, $f failed"
[ "$code" -eq 0 ] && [ "$f" -eq 0 ]
