#!/usr/bin/env bash
# What the application does while its PostgreSQL restarts, and how soon it serves again by itself (issue 15, finding
# 5: "the first requests after a PostgreSQL restart wait ~30 s"; target: recovered within 5 s of the database).
# Starts a private PostgreSQL cluster of its own (initdb under /tmp, its own port: the machine's PostgreSQL is never
# touched), the jar against it, and two probe loops (an authenticated API read every 100 ms, /readyz every 200 ms);
# stops the cluster for BENCH_DOWN_S seconds and starts it again; then reports what the probes got while it was down
# and how long after the database was back the first request succeeded. Writes bench/out/pg-restart-<time>/restart.md.
#
#   bench/pg-restart.sh
#
# Needs a JDK 17+, curl and PostgreSQL's server binaries (initdb, pg_ctl: Debian's postgresql package). Run as root,
# the cluster runs as the user postgres. Settings: BENCH_PG_PORT (55432), BENCH_PORT (18086), BENCH_MANAGEMENT_PORT
# (18087), BENCH_DOWN_S (5), BENCH_JAR (target/harambee-*.jar, built when missing).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PG_PORT=${BENCH_PG_PORT:-55432}
PORT=${BENCH_PORT:-18086}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18087}
DOWN_S=${BENCH_DOWN_S:-5}
BASE=http://127.0.0.1:$PORT
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$BENCH_DIR/out/pg-restart-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }
now_ms() { date +%s%3N; }

BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[[ -x "$BIN/initdb" && -x "$BIN/pg_ctl" ]] || { echo "needs PostgreSQL's initdb and pg_ctl (set PG_BIN)" >&2; exit 2; }
JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" ]]; then
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi

PGDATA=$(mktemp -d /tmp/harambee-pg-restart-XXXXXX)
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$PGDATA"
pg() { as_pg "$BIN/pg_ctl" -D "$PGDATA/data" -l "$PGDATA/postgres.log" -o "-p $PG_PORT -k $PGDATA" "$@"; }
SERVER_PID=
PROBES=()
cleanup() {
  for p in "${PROBES[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  pg stop -m immediate >/dev/null 2>&1 || true
  cp "$PGDATA/postgres.log" "$RUN/" 2>/dev/null || true
  rm -rf "$PGDATA"
}
trap cleanup EXIT

log "private cluster in $PGDATA on port $PG_PORT"
as_pg "$BIN/initdb" -D "$PGDATA/data" -U postgres -A trust >"$RUN/initdb.log"
pg -w start >/dev/null
as_pg "$BIN/psql" -X -q -h "$PGDATA" -p "$PG_PORT" -U postgres -d postgres -c "create database harambee"

log "starting the server on $BASE"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/harambee" SPRING_DATASOURCE_USERNAME=postgres \
  HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java -Xmx1g -XX:+ExitOnOutOfMemoryError -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1 \
  --harambee.demo-data.enabled=false --harambee.work-dir="$RUN/work" \
  --harambee.referrals.key-file="$RUN/referral-keys.properties" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 480); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN=$(curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"restart","days":1}' "$BASE/api/v1/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')

# probe loops: start time (ms), HTTP status (000: no answer), seconds taken
( while true; do
    t=$(now_ms)
    r=$(curl -s -o /dev/null -m 10 -H "Authorization: Bearer $TOKEN" -w '%{http_code} %{time_total}' \
      "$BASE/api/v1/units" || true)
    echo "$t $r"
    sleep 0.1
  done ) >"$RUN/api.txt" &
PROBES+=($!)
( while true; do
    t=$(now_ms)
    echo "$t $(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' "$BASE/readyz" || true)"
    sleep 0.2
  done ) >"$RUN/readyz.txt" &
PROBES+=($!)

sleep 10
log "stopping PostgreSQL for ${DOWN_S} s"
DOWN=$(now_ms)
pg -w stop -m fast >/dev/null
sleep "$DOWN_S"
pg -w start >/dev/null
UP=$(now_ms)
log "PostgreSQL accepts connections again; probing for 20 s"
sleep 20
for p in "${PROBES[@]}"; do kill "$p" 2>/dev/null || true; done
PROBES=()

report() {
  awk -v down="$DOWN" -v up="$UP" -v what="$2" '
    NF >= 2 {
      t = $1; s = $2; d = $3 + 0
      if (t < down) { before[s]++; next }
      if (t < up) { during[s]++; if (d > worst) worst = d; next }
      after[s]++
      if (s == 200 && !first) first = t
      if (!first && d > worst_after) worst_after = d
    }
    function list(a,   k, out) { out = ""; for (k in a) out = out k " x" a[k] " "; return out == "" ? "none" : out }
    END {
      printf "- %s: before the stop %s; while the database was down %s(slowest answer %.1f s); after it was back %s\n",
        what, list(before), list(during), worst, list(after)
      if (first) printf "- %s: first 200 **%.1f s** after the database was back\n", what, (first - up) / 1000
      else printf "- %s: no 200 after the database was back\n", what
    }' "$1"
}
{
  echo "# PostgreSQL restart: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server $(basename "$JAR")"
  echo "- PostgreSQL stopped (fast) for $(((UP - DOWN) / 1000)) s, then started; probes: GET /api/v1/units with a"
  echo "  token every 100 ms, GET /readyz every 200 ms (status x count; 000 is no answer within 10 s)"
  echo
  report "$RUN/api.txt" "API read"
  report "$RUN/readyz.txt" "readiness"
  echo "- server log: $(grep -c '"level":"ERROR"' "$RUN/server.log" || true) ERROR lines,"\
    "$(grep -c 'Answered 503, database unavailable' "$RUN/server.log" || true) 503s for a missing database"
} >"$RUN/restart.md"
cat "$RUN/restart.md"
