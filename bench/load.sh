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
# shellcheck source=bench/server.sh
source "$BENCH_DIR/server.sh"
bench_jar

bench_fresh_db

log "starting the server on $BASE (metrics on port $MANAGEMENT_PORT), log in $RUN/server.log"
bench_start_server --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server $(basename "$JAR")"
java "$BENCH_DIR/Load.java" "$BASE" "$ADMIN_PASSWORD" "$RUN" "${BENCH_LEVELS:-8,32,128}" "${BENCH_SECONDS:-30}" \
  "${BENCH_WARMUP:-5}" "$DB" "http://127.0.0.1:$MANAGEMENT_PORT"
errors=$(grep -c -E '"level":"ERROR"' "$RUN/server.log" || true)
echo "server log: $errors ERROR lines ($RUN/server.log)"
echo "report: $RUN/load.md"
