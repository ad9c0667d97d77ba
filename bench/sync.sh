#!/usr/bin/env bash
# Offline sync on PostgreSQL (issue 14): 10,000 meetings queued on one phone, sent through POST /api/v1/sync in the
# offline app's batches, beside a plain JDBC load of the same rows one row per transaction, in the same run. The server
# runs from the jar with the demo country on a fresh database. Writes bench/out/sync-<time>/sync.md. See bench/README.md.
#
#   bench/sync.sh
#
# Needs a JDK 17+, curl and psql, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_sync)              dropped and created afresh by every run
#   BENCH_PORT (18086)                    the server's port on 127.0.0.1
#   BENCH_JAR (target/harambee-*.jar)     built with ./mvnw when missing (BENCH_REBUILD=1: always)
#   BENCH_SERVER_JAVA_OPTS (-Xmx2g -XX:+ExitOnOutOfMemoryError)
#   BENCH_SERVER_ARGS ()                  more arguments for the server
#   SYNC_COUNT (10000) SYNC_BATCH (100, the offline app's) SYNC_WARMUP (2000)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-18086}
BASE=http://127.0.0.1:$PORT
DB=${BENCH_DB:-harambee_sync}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$BENCH_DIR/out/sync-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

for tool in java jar curl psql; do
  command -v "$tool" >/dev/null || { echo "bench/sync.sh needs $tool" >&2; exit 2; }
done
# shellcheck source=bench/server.sh
source "$BENCH_DIR/server.sh"
bench_jar
# the PostgreSQL driver, taken out of the server jar
(cd "$RUN" && jar tf "$JAR" | grep -E '^BOOT-INF/lib/postgresql-[0-9][^/]*\.jar$' | xargs jar xf "$JAR")
DRIVER=$(ls "$RUN"/BOOT-INF/lib/postgresql-*.jar | head -n 1)

bench_fresh_db

log "starting the server on $BASE, log in $RUN/server.log"
bench_start_server --management.server.port=0

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server $(basename "$JAR")"
java -cp "$DRIVER" "$BENCH_DIR/SyncBench.java" "$BASE" "$ADMIN_PASSWORD" \
  "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-}" "$RUN" \
  "${SYNC_COUNT:-10000}" "${SYNC_BATCH:-100}" "${SYNC_WARMUP:-2000}" | tee "$RUN/sync.txt"
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/sync.md"
rm -rf "$RUN/BOOT-INF"
errors=$(grep -c -E '"level":"ERROR"' "$RUN/server.log" || true)
echo "server log: $errors ERROR lines ($RUN/server.log)"
echo "report: $RUN/sync.md"
