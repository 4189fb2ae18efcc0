#!/usr/bin/env bash
# Checks that the built app refuses a production start on a database the migration chain does not describe
# (`npm run build` first): `next start` must exit by itself with code 3 and say to run `npm run migrate`.
#
#   bash scripts/check-start-refusal.sh file:./tests/.tmp/unmigrated.db
#
# Optional: REFUSAL_PORT (default 3190), REFUSAL_TIMEOUT (seconds, default 90). Prints `ok - …` or
# `not ok - …`, then `N passed, N failed`; exits 1 when the check failed, 2 on a usage error.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
URI=${1:-}
[ -n "$URI" ] || { echo 'check-start-refusal: give the database URI as the first argument' >&2; exit 2; }
[ -f "$ROOT/.next/BUILD_ID" ] || { echo "check-start-refusal: no build in $ROOT/.next: run npm run build first" >&2; exit 2; }
PORT=${REFUSAL_PORT:-3190}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

cd "$ROOT" || exit 2
SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')
started=$(date +%s)
NODE_ENV=production PAYLOAD_SECRET=$SECRET DATABASE_URI=$URI GONGKAI_SERVER_URL="http://127.0.0.1:$PORT" \
  timeout --kill-after=5 "${REFUSAL_TIMEOUT:-90}" "$ROOT/node_modules/.bin/next" start -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 </dev/null
code=$?
took=$(($(date +%s) - started))
if [ "$code" = 3 ] && grep -q 'Refusing to start: .*npm run migrate' "$LOG"; then
  echo "ok - next start on an unmigrated database exits with code 3 after ${took}s: $(grep -o 'Refusing to start: .*' "$LOG" | head -n 1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-240)"
  echo '1 passed, 0 failed'
else
  echo "not ok - next start on an unmigrated database: exit code $code after ${took}s, expected 3 with 'Refusing to start: … npm run migrate'"
  tail -n 20 "$LOG" | sed 's/^/# /'
  echo '0 passed, 1 failed'
  exit 1
fi
