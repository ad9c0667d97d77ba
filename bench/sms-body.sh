#!/usr/bin/env bash
# The SMS intake under oversized bodies (issue 15, finding 1): a server with a 256 MB heap (H2) is sent 500 MB bodies
# to POST /api/v1/sms/rapidpro, with a wrong secret, and with the right one both with a Content-Length and chunked;
# prints each answer's status and time, and the server's largest heap in use (from its GC log) before and after.
# Writes bench/out/sms-body/results.md. Needs a JDK 17+ and curl. Settings: BENCH_PORT (18083), BENCH_BODY_MB (500),
# BENCH_JAR.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/out/sms-body"
PORT=${BENCH_PORT:-18083}
BASE="http://127.0.0.1:$PORT"
BODY_MB=${BENCH_BODY_MB:-500}
SECRET="bench-sms-$(date +%s)"
SERVER_PID=

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
stop_server() { if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" || true; fi; }
trap stop_server EXIT

cd "$ROOT"
JAR=${BENCH_JAR:-$(ls target/harambee-*.jar 2>/dev/null | head -n 1 || true)}
if [[ -z $JAR ]]; then
  log "building the jar"
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
  JAR=$(ls target/harambee-*.jar | head -n 1)
fi

rm -rf "$OUT" && mkdir -p "$OUT/work"
log "starting the server (-Xmx256m)"
HARAMBEE_SMS_RAPIDPRO_SECRET=$SECRET java -Xmx256m -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$OUT/gc.log:uptimemillis" \
  -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --harambee.demo-data.enabled=false \
  --spring.datasource.url="jdbc:h2:file:$OUT/db/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE" \
  --harambee.work-dir="$OUT/work" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
# up once the intake answers (401 without a secret)
up() { [[ $(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/sms/rapidpro" || true) == 401 ]]; }
for _ in $(seq 1 360); do
  up && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done

# The largest heap in use before a collection so far, in MB (GC log lines "... 123M->45M(256M) ...").
peak_heap() { grep -o '[0-9]*M->' "$OUT/gc.log" | sed 's/M->//' | sort -n | tail -n 1 || true; }

# Sends BODY_MB of spaces; prints "<status> <seconds>".
send() {
  local secret=$1 mode=$2 args=()
  [[ $mode == chunked ]] && args+=(-H "Transfer-Encoding: chunked")
  head -c "$((BODY_MB * 1024 * 1024))" /dev/zero | tr '\0' ' ' |
    curl -sS -o /dev/null -w '%{http_code} %{time_total}' -H "Content-Type: application/json" \
      -H "X-Harambee-Secret: $secret" "${args[@]}" --data-binary @- "$BASE/api/v1/sms/rapidpro" || true
}

before=$(peak_heap)
wrong=$(send "guess" length)
lengthed=$(send "$SECRET" length)
chunked=$(send "$SECRET" chunked)
after=$(peak_heap)
alive=$(up && echo "still answering" || echo "not answering")

{
  echo "# SMS intake, $BODY_MB MB bodies ($(date -u +%Y-%m-%d), $(nproc) cores, H2, -Xmx256m)"
  echo
  echo "| body | answer | seconds |"
  echo "|---|---|---|"
  echo "| wrong secret, with Content-Length | ${wrong% *} | ${wrong#* } |"
  echo "| right secret, with Content-Length | ${lengthed% *} | ${lengthed#* } |"
  echo "| right secret, chunked | ${chunked% *} | ${chunked#* } |"
  echo
  echo "Largest heap in use before a collection: ${before:-?} MB before the bodies, ${after:-?} MB after; the intake afterwards: $alive."
} | tee "$OUT/results.md"
