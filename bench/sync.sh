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
JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" || ${BENCH_REBUILD:-0} == 1 ]]; then
  log "building the server jar (./mvnw package)"
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi
# the PostgreSQL driver, taken out of the server jar
(cd "$RUN" && jar tf "$JAR" | grep -E '^BOOT-INF/lib/postgresql-[0-9][^/]*\.jar$' | xargs jar xf "$JAR")
DRIVER=$(ls "$RUN"/BOOT-INF/lib/postgresql-*.jar | head -n 1)

if ! psql -X -q -d postgres -c 'select 1' >/dev/null 2>&1; then
  echo "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (set PGHOST/PGPORT/PGUSER/PGPASSWORD)" >&2
  exit 1
fi
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB" -c "create database $DB"

log "starting the server on $BASE, log in $RUN/server.log"
# shellcheck disable=SC2086
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java ${BENCH_SERVER_JAVA_OPTS:--Xmx2g -XX:+ExitOnOutOfMemoryError} -jar "$JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 --management.server.port=0 \
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
java -cp "$DRIVER" "$BENCH_DIR/SyncBench.java" "$BASE" "$ADMIN_PASSWORD" \
  "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "${PGPASSWORD:-}" "$RUN" \
  "${SYNC_COUNT:-10000}" "${SYNC_BATCH:-100}" "${SYNC_WARMUP:-2000}" | tee "$RUN/sync.txt"
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/sync.md"
rm -rf "$RUN/BOOT-INF"
errors=$(grep -c -E '"level":"ERROR"' "$RUN/server.log" || true)
echo "server log: $errors ERROR lines ($RUN/server.log)"
echo "report: $RUN/sync.md"
