# Sourced by scripts/smoke.sh and scripts/browser-tests.sh: runs `next start` of the built app in production
# mode (a random PAYLOAD_SECRET, GONGKAI_SERVER_URL = the loopback address it listens on) in a process group
# of its own, and stops it.
#
#   ROOT=… source scripts/built-server.sh
#   free_port 3123 || …              # sets PORT: the first free one of 3123..3173
#   start_server "$URI" "$LOG"       # sets BASE and SERVER_PID
#   wait_server "$TIMEOUT"           # 0 when the server answers; 1 when it exited or did not answer in time
#   stop_server                      # (set it as an EXIT trap)

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  PORT=$1
  local last=$(($1 + 50))
  while port_in_use "$PORT"; do
    PORT=$((PORT + 1))
    [ "$PORT" -le "$last" ] || return 1
  done
}

start_server() {
  local uri=$1 log=$2 secret
  BASE="http://127.0.0.1:$PORT"
  secret=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')
  NODE_ENV=production PAYLOAD_SECRET=$secret DATABASE_URI=$uri GONGKAI_SERVER_URL=$BASE \
    setsid "$ROOT/node_modules/.bin/next" start -H 127.0.0.1 -p "$PORT" >"$log" 2>&1 </dev/null &
  SERVER_PID=$!
}

# Up when the server answers anything (the site root is a redirect to /admin, no Payload needed).
wait_server() {
  local timeout=$1 started code
  started=$(date +%s)
  while [ $(($(date +%s) - started)) -lt "$timeout" ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || return 1
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/" || true)
    [ "$code" != 000 ] && return 0
    sleep 1
  done
  return 1
}

stop_server() {
  [ -n "${SERVER_PID:-}" ] || return 0
  # The server runs in its own process group (setsid): stop next and its workers together.
  kill -TERM -- "-$SERVER_PID" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=
}
