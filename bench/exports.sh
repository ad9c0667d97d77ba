#!/usr/bin/env bash
# Exports (issue 20, lists): a district's referral list of 10,000 and then 100,000 rows exported as CSV and XLSX over
# HTTP through the whole stack, with the heap limited (EXPORT_HEAP, 256m), beside a plain JDBC read of the same rows
# with the same fetch size, in the same run and JVM. Runs the bench class ExportBench through Maven on a PostgreSQL
# database of its own. Writes bench/out/exports-<time>/exports.md. See bench/README.md and docs/lists-and-exports.md.
#
#   bench/exports.sh
#
# Needs a JDK 17+ and psql, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_exports)   dropped and created afresh by every run
#   EXPORT_COUNT (100000) EXPORT_SMALL (10000) EXPORT_HEAP (256m)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DB=${BENCH_DB:-harambee_exports}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN=$BENCH_DIR/out/exports-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

command -v psql >/dev/null || { echo "bench/exports.sh needs psql" >&2; exit 2; }
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
export HARAMBEE_TEST_POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"
export HARAMBEE_TEST_POSTGRES_PASSWORD=${PGPASSWORD:-}

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$REPO"
./mvnw -B -ntp -q test -Dtest=ExportBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true -Dharambee.bench.exports=true -Dbench.out="$RUN/exports.md" \
  -DargLine="-Xmx${EXPORT_HEAP:-256m}" -Dbench.count="${EXPORT_COUNT:-100000}" -Dbench.small="${EXPORT_SMALL:-10000}" \
  -Dspring.datasource.url="$HARAMBEE_TEST_POSTGRES_URL" -Dspring.datasource.username="$PGUSER" \
  -Dspring.datasource.password="${PGPASSWORD:-}" >"$RUN/maven.log" 2>&1 || { tail -n 40 "$RUN/maven.log"; exit 1; }
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/exports.md"
cat "$RUN/exports.md"
echo "report: $RUN/exports.md"
