#!/usr/bin/env bash
# A mixed national workload on PostgreSQL (issue 14): facilitators syncing meetings and sending referrals, officers
# acting on their inboxes, coordinators reading dashboards and lists, at 8, 32 and 128 concurrent clients on loopback;
# throughput and p50/p95/p99 per operation, 500s, 503s and client timeouts, beside two baselines at the same
# concurrency: an authenticated read (GET /api/v1/units?parent=) and pgbench's single-row INSERT. Prints the ratios the
# targets are stated in. The server runs from the jar with the demo country on a fresh database. See bench/README.md.
#
#   bench/load.sh
#
# Needs a JDK 17+, curl, psql and pgbench, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_load)              dropped and created afresh by every run
#   BENCH_LEVELS (8,32,128)               numbers of concurrent clients
#   BENCH_SECONDS (30) BENCH_WARMUP (5)   measured and warm-up seconds of each phase (pgbench: BENCH_SECONDS)
#   BENCH_PORT (18084) BENCH_MANAGEMENT_PORT (18085)   the server's ports on 127.0.0.1
#   BENCH_JAR (target/harambee-*.jar)     built with ./mvnw when missing (BENCH_REBUILD=1: always)
#   BENCH_SERVER_JAVA_OPTS (-Xmx2g -XX:+ExitOnOutOfMemoryError)
#   BENCH_SERVER_ARGS ()                  more arguments for the server, e.g. --harambee.capacity.max-concurrent=24
#   LOAD_DISTRICTS (4) LOAD_FACILITATORS (4) LOAD_COMMUNITIES (8) LOAD_SYNC_BATCH (5) LOAD_CLIENT_TIMEOUT_S (10)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-18084}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18085}
BASE=http://127.0.0.1:$PORT
DB=${BENCH_DB:-harambee_load}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$BENCH_DIR/out/load-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

for tool in java curl psql pgbench; do
  command -v "$tool" >/dev/null || { echo "bench/load.sh needs $tool" >&2; exit 2; }
done
JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" || ${BENCH_REBUILD:-0} == 1 ]]; then
  log "building the server jar (./mvnw package)"
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi

if ! psql -X -q -d postgres -c 'select 1' >/dev/null 2>&1; then
  echo "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (set PGHOST/PGPORT/PGUSER/PGPASSWORD)" >&2
  exit 1
fi
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting the server on $BASE (metrics on port $MANAGEMENT_PORT), log in $RUN/server.log"
# shellcheck disable=SC2086
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java ${BENCH_SERVER_JAVA_OPTS:--Xmx2g -XX:+ExitOnOutOfMemoryError} -jar "$JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 \
  --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1 \
  --harambee.demo-data.enabled=true --harambee.work-dir="$RUN/work" \
  --harambee.referrals.key-file="$RUN/referral-keys.properties" ${BENCH_SERVER_ARGS:-} >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
up=0
for _ in $(seq 1 480); do
  if curl -sf "$BASE/readyz" >/dev/null 2>&1; then up=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.5
done
if [[ $up != 1 ]]; then
  echo "the server did not come up; see $RUN/server.log:" >&2
  tail -n 30 "$RUN/server.log" >&2
  exit 1
fi
# the demo country is loaded in the background after the start
for _ in $(seq 1 480); do
  curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/units" | grep -q '"pcode"' && break
  sleep 0.5
done

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server $(basename "$JAR")"
java "$BENCH_DIR/Load.java" "$BASE" "$ADMIN_PASSWORD" "$RUN" "${BENCH_LEVELS:-8,32,128}" "${BENCH_SECONDS:-30}" \
  "${BENCH_WARMUP:-5}" "$DB" "http://127.0.0.1:$MANAGEMENT_PORT"
errors=$(grep -c -E '"level":"ERROR"' "$RUN/server.log" || true)
echo "server log: $errors ERROR lines ($RUN/server.log)"
echo "report: $RUN/load.md"
