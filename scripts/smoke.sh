#!/usr/bin/env bash
# Smoke test of the built app (`npm run build` first): starts `next start` in production mode against an
# existing database, checks the admin, the REST API and a login, then stops the server.
#
#   DATABASE_URI=file:./data/gongkai.db SMOKE_EMAIL=... SMOKE_PASSWORD=... bash scripts/smoke.sh
#   bash scripts/smoke.sh path/to/gongkai.db          # the same, the database given as an argument
#
# The database must already have its schema and data (production does not push a schema): build it with
# `npm run migrate`, then seed it in development mode (`NODE_ENV=development npm run seed`). A relative SQLite path is taken from the caller's directory.
# Optional: SMOKE_PORT (first port tried, default 3123), SMOKE_TIMEOUT (seconds to wait for the server,
# default 120). PAYLOAD_SECRET is random for each run. Prints `ok - …` / `not ok - …` per check, then
# `N passed, N failed`; exits 1 when a check failed, 2 on a usage error.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${SMOKE_PORT:-3123}
TIMEOUT=${SMOKE_TIMEOUT:-120}
URI=${1:-${DATABASE_URI:-}}

usage() {
  echo "smoke: $1" >&2
  exit 2
}

[ -n "$URI" ] || usage 'give the database as DATABASE_URI or as the first argument'
[ -f "$ROOT/.next/BUILD_ID" ] || usage "no build in $ROOT/.next: run npm run build first"
command -v curl >/dev/null || usage 'curl is needed'

# A SQLite file (file:PATH or a bare path) must exist: libSQL would otherwise create an empty one.
case "$URI" in
  postgres://* | postgresql://* | mongodb://* | mongodb+srv://*) ;;
  *)
    path=${URI#file:}
    [ -f "$path" ] || usage "no SQLite database at $path"
    URI="file:$(cd "$(dirname "$path")" && pwd)/$(basename "$path")"
    ;;
esac

# shellcheck source=scripts/built-server.sh
source "$ROOT/scripts/built-server.sh"
free_port "$PORT" || usage "no free port in $PORT..$((PORT + 50))"

WORK=$(mktemp -d)
LOG="$WORK/server.log"
SERVER_PID=

cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PASSED=0
FAILED=0
ok() {
  echo "ok - $1"
  PASSED=$((PASSED + 1))
}
not_ok() {
  echo "not ok - $1"
  FAILED=$((FAILED + 1))
}

# json FILE EXPRESSION: evaluates a JavaScript expression over the parsed JSON `d`; prints its value, or
# nothing when the file is not JSON.
json() {
  node -e '
    let d
    try { d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")) } catch { process.exit(1) }
    const v = new Function("d", "return (" + process.argv[2] + ")")(d)
    if (v !== undefined && v !== null) console.log(typeof v === "object" ? JSON.stringify(v) : String(v))
  ' "$1" "$2" 2>/dev/null
}

# request OUTFILE CURL-ARGS...: prints the HTTP status (000 when there was no answer).
request() {
  local out=$1
  shift
  curl -s -o "$out" -w '%{http_code}' --max-time 60 "$@" || true
}

finish() {
  if [ "$FAILED" -gt 0 ] && [ -s "$LOG" ]; then
    echo "# server log (last 40 lines):" >&2
    tail -n 40 "$LOG" | sed 's/^/# /' >&2
  fi
  stop_server
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit $?
}

cd "$ROOT" || exit 2
start_server "$URI" "$LOG"
started=$(date +%s)
if ! wait_server "$TIMEOUT"; then
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    not_ok "next start answers on port $PORT within ${TIMEOUT}s"
  else
    not_ok "next start answers on port $PORT (the server exited)"
  fi
  finish
fi
ok "next start answers on port $PORT after $(($(date +%s) - started))s"

# The admin login page: Payload's login view (there is a user), in Chinese.
code=$(request "$WORK/login.html" "$BASE/admin/login")
if [ "$code" != 200 ]; then
  not_ok "GET /admin/login: HTTP $code, expected 200"
elif ! grep -q 'lang="zh' "$WORK/login.html"; then
  not_ok 'GET /admin/login: 200 but the page is not the Chinese admin (no lang="zh")'
elif ! grep -q 'login__brand' "$WORK/login.html"; then
  # A render that failed after the headers (no schema, no database) still answers 200, with an error digest.
  not_ok "GET /admin/login: 200 but no Payload login view in the page (a server error while rendering?)"
else
  ok "GET /admin/login: 200, the admin in Chinese ($(grep -o '<title>[^<]*</title>' "$WORK/login.html" | head -n 1))"
fi

# The public REST API.
code=$(request "$WORK/departments.json" "$BASE/api/departments?limit=1&depth=0")
total=$(json "$WORK/departments.json" 'Array.isArray(d.docs) && d.docs.length > 0 ? d.totalDocs : undefined')
if [ "$code" = 200 ] && [ -n "$total" ]; then
  ok "GET /api/departments: 200 JSON, $total departments"
else
  not_ok "GET /api/departments: HTTP $code, expected 200 JSON with docs ($(head -c 200 "$WORK/departments.json" 2>/dev/null))"
fi

# Search, a feed, the sitemap and a WeChat article, as the built app bundles them (sharp, qrcode, sanitize-html).
# A Simplified query for a Traditional title of the demo data: 预算公开 finds 預算公開.
code=$(request "$WORK/search.json" "$BASE/api/search?q=%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80")
found=$(json "$WORK/search.json" 'd.totalDocs > 0 && d.docs[0].titleHighlighted.includes("<mark>") ? d.docs[0].type + "/" + d.docs[0].id : undefined')
if [ "$code" = 200 ] && [ -n "$found" ]; then
  article_code=$(request "$WORK/article.json" "$BASE/api/public/wechat/$found")
  qr_code=$(request "$WORK/qr.png" "$BASE/api/public/wechat/$found/qr.png")
  feed_code=$(request "$WORK/feed.xml" "$BASE/api/public/feeds/rss")
  sitemap_code=$(request "$WORK/sitemap.xml" "$BASE/sitemap.xml")
  if [ "$article_code" = 200 ] && [ -n "$(json "$WORK/article.json" 'd.content ? d.title : undefined')" ] && [ "$qr_code" = 200 ] &&
    [ "$feed_code" = 200 ] && grep -q '<rss' "$WORK/feed.xml" && [ "$sitemap_code" = 200 ] && grep -q '<sitemapindex' "$WORK/sitemap.xml"; then
    ok "GET /api/search?q=预算公开: $(json "$WORK/search.json" 'd.totalDocs') found; its WeChat article, QR code, the RSS feed and the sitemap answer"
  else
    not_ok "search found $found, but article HTTP $article_code, QR HTTP $qr_code, RSS HTTP $feed_code, sitemap HTTP $sitemap_code"
  fi
else
  not_ok "GET /api/search?q=预算公开: HTTP $code, expected 200 with a highlighted match ($(head -c 200 "$WORK/search.json" 2>/dev/null))"
fi

# A login, and what it opens.
token=
if [ -z "${SMOKE_EMAIL:-}" ] || [ -z "${SMOKE_PASSWORD:-}" ]; then
  not_ok 'POST /api/users/login: SMOKE_EMAIL and SMOKE_PASSWORD are not set'
else
  body=$(node -e 'console.log(JSON.stringify({ email: process.env.SMOKE_EMAIL, password: process.env.SMOKE_PASSWORD }))')
  code=$(request "$WORK/login.json" -X POST -H 'Content-Type: application/json' --data-binary "$body" "$BASE/api/users/login")
  token=$(json "$WORK/login.json" 'typeof d.token === "string" && d.token.length > 0 ? d.token : undefined')
  if [ "$code" = 200 ] && [ -n "$token" ]; then
    ok "POST /api/users/login: 200 with a token for $SMOKE_EMAIL"
  else
    token=
    not_ok "POST /api/users/login as $SMOKE_EMAIL: HTTP $code, expected 200 with a token ($(json "$WORK/login.json" 'd.errors ? d.errors.map((e) => e.message).join("; ") : ""'))"
  fi
fi

if [ -z "$token" ]; then
  not_ok 'GET /api/disclosures as the logged-in user: no token'
else
  code=$(request "$WORK/disclosures.json" -H "Authorization: JWT $token" "$BASE/api/disclosures?limit=1&depth=0&draft=true")
  total=$(json "$WORK/disclosures.json" 'typeof d.totalDocs === "number" ? d.totalDocs : undefined')
  request "$WORK/public.json" "$BASE/api/disclosures?limit=1&depth=0&draft=true" >/dev/null
  public=$(json "$WORK/public.json" 'typeof d.totalDocs === "number" ? d.totalDocs : undefined')
  # Staff see the drafts too: more records than an anonymous caller, who sees only public ones.
  if [ "$code" = 200 ] && [ -n "$total" ] && [ -n "$public" ] && [ "$public" -gt 0 ] && [ "$total" -gt "$public" ]; then
    ok "GET /api/disclosures as $SMOKE_EMAIL: 200, totalDocs $total (anonymous: $public)"
  else
    not_ok "GET /api/disclosures as $SMOKE_EMAIL: HTTP $code, totalDocs '${total}', anonymous '${public}', expected 0 < anonymous < staff"
  fi
fi

finish
