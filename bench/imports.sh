#!/usr/bin/env bash
# Imports (issue 20, bulk import): N communities (50,000) at 5,000 villages imported from an XLSX file through the API
# and the whole import machinery (read streaming, places by P-code, every record checked, one transaction), with the
# heap limited (IMPORT_HEAP, 512m), beside a plain batched insert of the same rows into the same table in the same run
# and JVM, then the same file again (nothing changed). Runs the bench class CommunityImportBench through Maven on a
# PostgreSQL database of its own. Writes bench/out/imports-<time>/imports.md. See bench/README.md and docs/imports.md.
#
#   bench/imports.sh
#
# Needs a JDK 17+ and psql, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_imports)   dropped and created afresh by every run
#   IMPORT_COUNT (50000) IMPORT_HEAP (512m)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DB=${BENCH_DB:-harambee_imports}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN=$BENCH_DIR/out/imports-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

command -v psql >/dev/null || { echo "bench/imports.sh needs psql" >&2; exit 2; }
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
export HARAMBEE_TEST_POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"
export HARAMBEE_TEST_POSTGRES_PASSWORD=${PGPASSWORD:-}

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$REPO"
./mvnw -B -ntp -q test -Dtest=CommunityImportBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true -Dharambee.bench.imports=true -Dbench.out="$RUN/imports.md" \
  -DargLine="-Xmx${IMPORT_HEAP:-512m}" -Dbench.count="${IMPORT_COUNT:-50000}" \
  -Dspring.datasource.url="$HARAMBEE_TEST_POSTGRES_URL" -Dspring.datasource.username="$PGUSER" \
  -Dspring.datasource.password="${PGPASSWORD:-}" >"$RUN/maven.log" 2>&1 || { tail -n 40 "$RUN/maven.log"; exit 1; }
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/imports.md"
cat "$RUN/imports.md"
echo "report: $RUN/imports.md"
