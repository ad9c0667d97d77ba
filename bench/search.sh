#!/usr/bin/env bash
# Search (issue 20, section 3): the header search's communities among 100,000 of them through the API, as a national
# and as a district coordinator, without PostgreSQL's trigram index of the search words (V241) and with it, in the
# same run and JVM. Runs the bench class SearchBench through Maven on a PostgreSQL database of its own. Writes
# bench/out/search-<time>/search.md. See bench/README.md and docs/search.md.
#
#   bench/search.sh
#
# Needs a JDK 17+ and psql, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_search)   dropped and created afresh by every run
#   SEARCH_COUNT (100000) SEARCH_RUNS (25)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DB=${BENCH_DB:-harambee_search}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN=$BENCH_DIR/out/search-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

command -v psql >/dev/null || { echo "bench/search.sh needs psql" >&2; exit 2; }
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
export HARAMBEE_TEST_POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"
export HARAMBEE_TEST_POSTGRES_PASSWORD=${PGPASSWORD:-}

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$REPO"
./mvnw -B -ntp -o -q test -Dtest=SearchBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true -Dharambee.bench.search=true -Dbench.out="$RUN/search.md" \
  -Dbench.count="${SEARCH_COUNT:-100000}" -Dbench.runs="${SEARCH_RUNS:-25}" \
  -Dspring.datasource.url="$HARAMBEE_TEST_POSTGRES_URL" -Dspring.datasource.username="$PGUSER" \
  -Dspring.datasource.password="${PGPASSWORD:-}" >"$RUN/maven.log" 2>&1 || { tail -n 40 "$RUN/maven.log"; exit 1; }
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/search.md"
cat "$RUN/search.md"
echo "report: $RUN/search.md"
