#!/usr/bin/env bash
# Harambee bench: imports an India-sized hierarchy (650,231 units over 6 levels) through the API and measures the
# unit listings, on H2 and on PostgreSQL, each next to a plain bulk load of the same rows. See bench/README.md.
#
#   bench/run.sh [h2|postgresql|all]        (default: all)
#
# Needs a JDK 17+ (java, jar; jcmd and jfr for the import profile), curl, and for PostgreSQL a server reachable with
# psql. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_PG_DATABASE (harambee_bench)       dropped and created afresh by every run
#   BENCH_PORT (18080)                       the server's port on 127.0.0.1
#   BENCH_JAR (target/harambee-*.jar)        built with ./mvnw when missing (BENCH_REBUILD=1: always)
#   BENCH_SERVER_JAVA_OPTS (-Xmx4g)          the server's JVM options
#   BENCH_PER_LEVEL (70)                     units drawn per level for the latency sample
#   BENCH_LATENCY_MAX_S (240)                time limit of the latency sample
#   BENCH_IMPORT_TIMEOUT_S (600)             time limit of the import
#   BENCH_BASELINES_H2 (batch copy-late-index), BENCH_BASELINES_POSTGRESQL (copy batch copy-late-index); 'none' skips
#   BENCH_PG_URL_PARAMS ()                   appended to the server's JDBC URL, e.g. '?reWriteBatchedInserts=true'
#   BENCH_H2_URL_PARAMS ()                   appended to the H2 URL (server and baseline), e.g. ';CACHE_SIZE=262144'
#   BENCH_PG_ANALYZE (1)                     VACUUM ANALYZE the unit tables after the import, as autovacuum would
#   BENCH_KEEP_DB (0)                        1 keeps the H2 database file of a run (some GB)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
OUT=$BENCH_DIR/out
WHAT=${1:-all}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PGPASS=${PGPASSWORD:-}
PG_URL_PARAMS=${BENCH_PG_URL_PARAMS:-}
H2_URL_PARAMS=${BENCH_H2_URL_PARAMS:-}
PG_DB=${BENCH_PG_DATABASE:-harambee_bench}
SERVER_OPTS=${BENCH_SERVER_JAVA_OPTS:--Xmx4g}
PER_LEVEL=${BENCH_PER_LEVEL:-70}
LATENCY_MAX_S=${BENCH_LATENCY_MAX_S:-240}
IMPORT_TIMEOUT_S=${BENCH_IMPORT_TIMEOUT_S:-600}
ADMIN=admin
ADMIN_PASSWORD="bench-$(date +%s)-pass"
SERVER_PID=

case "$WHAT" in
  h2) DATABASES=(h2) ;;
  postgresql) DATABASES=(postgresql) ;;
  all) DATABASES=(h2 postgresql) ;;
  *) echo "usage: $0 [h2|postgresql|all]" >&2; exit 2 ;;
esac

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a > 0) printf "%.1f", a / b; else printf "n/a" }'; }
kv() { sed -n "s/^$1=//p" "$2" | head -n 1; }
# CPU counters: the machine's (total ticks, idle+iowait, iowait, steal) and a process's (user+system ticks).
cpu_machine() { awk '/^cpu / { print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6, $6, $9 }' /proc/stat; }
cpu_process() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
cpu_report() { # "machine counters before" "server ticks before" "machine counters after" "server ticks after"
  awk -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" -v b="$1" -v bp="$2" -v a="$3" -v ap="$4" 'BEGIN {
    split(b, x, " "); split(a, y, " "); t = y[1] - x[1]; if (t <= 0) t = 1
    printf "machine busy %.0f%% of %d cores (iowait %.0f%%, steal %.0f%%); ", 100 * (t - (y[2] - x[2])) / t, cores,
      100 * (y[3] - x[3]) / t, 100 * (y[4] - x[4]) / t
    printf "server JVM %.1f CPU-seconds (%.0f%% of the machine)", (ap - bp) / hz, 100 * (ap - bp) / t }'
}

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT INT TERM

mkdir -p "$OUT"

# --- the server jar and the JDBC drivers inside it -------------------------------------------------------------------
JAR=${BENCH_JAR:-}
if [[ -z "$JAR" ]]; then
  JAR=$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
  if [[ -z "$JAR" || ${BENCH_REBUILD:-0} == 1 ]]; then
    log "building the server jar (./mvnw package)"
    (cd "$REPO" && ./mvnw -q -B -DskipTests package)
    JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
  fi
fi
mkdir -p "$OUT/lib"
if ! ls "$OUT"/lib/h2-*.jar "$OUT"/lib/postgresql-*.jar >/dev/null 2>&1 || [[ "$JAR" -nt "$OUT/lib" ]]; then
  rm -f "$OUT"/lib/*.jar
  (cd "$OUT/lib" && jar tf "$JAR" | grep -E '^BOOT-INF/lib/(h2|postgresql)-[0-9][^/]*\.jar$' | xargs jar xf "$JAR" \
    && mv BOOT-INF/lib/*.jar . && rm -rf BOOT-INF && touch .)
fi
CP="$(ls "$OUT"/lib/h2-*.jar | head -n 1):$(ls "$OUT"/lib/postgresql-*.jar | head -n 1)"

# --- the hierarchy, generated once ---------------------------------------------------------------------------------
if [[ ! -s "$OUT/units.csv" || ! -s "$OUT/generate.txt" || "$BENCH_DIR/GenerateHierarchy.java" -nt "$OUT/units.csv" ]]
then
  log "generating the hierarchy"
  java "$BENCH_DIR/GenerateHierarchy.java" "$OUT" | tee "$OUT/generate.txt"
fi
JAR_REV=$(git -C "$(dirname "$JAR")" rev-parse --short HEAD 2>/dev/null || echo '?')
if [[ $JAR_REV != '?' ]] && (($(git -C "$(dirname "$JAR")" log -1 --format=%ct) > $(stat -c %Y "$JAR"))); then
  JAR_REV="$JAR_REV, but the jar is older than that commit (BENCH_REBUILD=1 rebuilds it)"
  log "warning: $JAR is older than the last commit; BENCH_REBUILD=1 rebuilds it"
fi
CSV=$OUT/hierarchy.csv
UNITS=$OUT/units.csv

# --- the machine ---------------------------------------------------------------------------------------------------
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, \
$(java -version 2>&1 | head -n 1), $(uname -sr)"

# --- one database --------------------------------------------------------------------------------------------------
run_db() {
  local db=$1 ts run url user pass
  ts=$(date +%Y%m%d-%H%M%S)
  run=$OUT/$db-$ts
  mkdir -p "$run"
  local dbversion
  if [[ $db == h2 ]]; then
    url="jdbc:h2:file:$run/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE$H2_URL_PARAMS"
    url="$url;AUTO_SERVER=TRUE"
    user=sa
    pass=
    dbversion="H2 $(basename "$(ls "$OUT"/lib/h2-*.jar | head -n 1)" .jar | sed 's/^h2-//') (embedded, file)"
  else
    if ! psql -X -q -d postgres -c 'select 1' >/dev/null 2>&1; then
      echo "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (set PGHOST/PGPORT/PGUSER/PGPASSWORD)" >&2
      return 1
    fi
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $PG_DB" -c "create database $PG_DB"
    url="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB$PG_URL_PARAMS"
    user=$PGUSER
    pass=$PGPASS
    dbversion="$(psql -X -At -d "$PG_DB" -c 'show server_version' | cut -d' ' -f1) (shared_buffers \
$(psql -X -At -d "$PG_DB" -c 'show shared_buffers'), max_wal_size $(psql -X -At -d "$PG_DB" -c 'show max_wal_size'), \
collation $(psql -X -At -d "$PG_DB" -c 'select datcollate from pg_database where datname = current_database()'))"
    dbversion="PostgreSQL $dbversion"
  fi
  log "[$db] run folder $run"

  # The server.
  log "[$db] starting the server on port $PORT"
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$user SPRING_DATASOURCE_PASSWORD=$pass \
    HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $SERVER_OPTS "-Xlog:gc:file=$run/gc.log:timemillis" -jar "$JAR" \
    --server.port="$PORT" --server.address=127.0.0.1 \
    --harambee.demo-data.enabled=false --harambee.work-dir="$run/work" >"$run/server.log" 2>&1 &
  SERVER_PID=$!
  local up=0
  for _ in $(seq 1 240); do
    if curl -sf "$BASE/readyz" >/dev/null 2>&1; then up=1; break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.5
  done
  if [[ $up != 1 ]]; then
    echo "the server did not come up; see $run/server.log:" >&2
    tail -n 30 "$run/server.log" >&2
    return 1
  fi

  # The import, profiled with Flight Recorder when the JDK has jcmd.
  local jfr=0
  if command -v jcmd >/dev/null && command -v jfr >/dev/null; then
    jcmd "$SERVER_PID" JFR.start name=import settings=profile >"$run/jfr-start.txt" 2>&1 && jfr=1
  fi
  # The watcher starts first and waits for the job id, so that its start-up overlaps the upload.
  java -cp "$CP" "$BENCH_DIR/WatchImport.java" "$BASE" "$ADMIN" "$ADMIN_PASSWORD" "@$run/job.id" "@$run/upload.start" \
    "$url" "$user" "$pass" "$run/job" "$IMPORT_TIMEOUT_S" >"$run/watch.txt" &
  local watcher=$!
  sleep 3
  log "[$db] uploading $(du -h "$CSV" | cut -f1) ($CSV)"
  local t0 t1 code id cpu0 cpu0p cpu1 cpu1p
  cpu0=$(cpu_machine); cpu0p=$(cpu_process "$SERVER_PID")
  t0=$(now_ms)
  echo "$t0" >"$run/upload.start"
  code=$(curl -sS -u "$ADMIN:$ADMIN_PASSWORD" -F "file=@$CSV;type=text/csv" -o "$run/submit.json" -w '%{http_code}' \
    "$BASE/api/v1/units/imports" || true)
  t1=$(now_ms)
  if [[ $code != 202 ]]; then
    echo none >"$run/job.id"
    wait "$watcher" || true
    echo "upload answered HTTP $code:" >&2
    cat "$run/submit.json" >&2 || true
    return 1
  fi
  id=$(sed -E 's/.*"id":"([^"]+)".*/\1/' "$run/submit.json")
  echo "$id" >"$run/job.id.tmp" && mv "$run/job.id.tmp" "$run/job.id"
  log "[$db] job $id queued after $(secs $((t1 - t0))) s; following it"
  wait "$watcher"
  cpu1=$(cpu_machine); cpu1p=$(cpu_process "$SERVER_PID")
  cpu_report "$cpu0" "$cpu0p" "$cpu1" "$cpu1p" >"$run/cpu.txt"
  if [[ $jfr == 1 ]]; then
    jcmd "$SERVER_PID" JFR.stop name=import filename="$run/import.jfr" >"$run/jfr-stop.txt" 2>&1 || jfr=0
  fi
  local status wall
  status=$(kv status "$run/watch.txt")
  wall=$(kv wall_ms "$run/watch.txt")
  log "[$db] import $status in $(secs "$wall") s (upload start to SUCCEEDED)"
  sed -n 's/^change=/    /p' "$run/watch.txt"

  # Latency, on what the import wrote.
  if [[ $status == SUCCEEDED ]]; then
    if [[ $db == postgresql && ${BENCH_PG_ANALYZE:-1} == 1 ]]; then
      local a0
      a0=$(now_ms)
      psql -X -q -d "$PG_DB" -c 'vacuum analyze geo_unit' -c 'vacuum analyze geo_unit_name'
      log "[$db] vacuum analyze took $(secs $(($(now_ms) - a0))) s"
    fi
    log "[$db] measuring latency (up to ${LATENCY_MAX_S}s)"
    java -cp "$CP" "$BENCH_DIR/Latency.java" "$BASE" "$ADMIN" "$ADMIN_PASSWORD" "$UNITS" "$url" "$user" "$pass" \
      "$run/latency.md" "$PER_LEVEL" 7 "$LATENCY_MAX_S" >"$run/latency.txt"
  else
    log "[$db] import did not succeed: no latency measured; problems in $run/job.json, stack traces in server.log"
    grep -n -A 30 -E 'ERROR|Exception' "$run/server.log" | head -n 80 >"$run/server-errors.txt" || true
  fi
  stop_server

  # Where the import thread spent its time, from the Flight Recorder samples.
  if [[ $jfr == 1 && -s "$run/import.jfr" ]]; then
    jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 "$run/import.jfr" \
      | awk -f "$BENCH_DIR/profile.awk" >"$run/profile.txt" || true
  fi
  # GC pauses during the import (gc.log lines start with [epoch-ms]).
  local gc_end gc
  gc_end=$((t0 + $(kv wall_ms "$run/watch.txt")))
  gc=$(awk -v from="$t0" -v to="$gc_end" '/Pause/ { t = substr($1, 2) + 0; if (t >= from && t <= to) {
      n++; if (match($0, /[0-9.]+ms$/)) { ms = substr($0, RSTART, RLENGTH - 2) + 0; s += ms; if (ms > m) m = ms } } }
    END { printf "%d pauses, %.1f s in all, longest %.0f ms", n, s / 1000, m }' "$run/gc.log")

  # The baselines, on the same database once the server is down.
  local baselines bl_url
  if [[ $db == h2 ]]; then
    baselines=${BENCH_BASELINES_H2:-batch copy-late-index}
    bl_url="jdbc:h2:file:$run/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE$H2_URL_PARAMS"
  else
    baselines=${BENCH_BASELINES_POSTGRESQL:-copy batch copy-late-index}
    bl_url=$url
  fi
  local mode
  for mode in $baselines; do
    [[ $mode == none ]] && continue
    log "[$db] baseline: $mode"
    java -cp "$CP" "$BENCH_DIR/Baseline.java" "$bl_url" "$user" "$pass" "$UNITS" "$mode" >"$run/baseline-$mode.txt"
    log "[$db] baseline $mode: $(kv seconds "$run/baseline-$mode.txt") s"
  done

  write_results "$db" "$run" "$dbversion" "$baselines" "$((t1 - t0))" "$gc"
  if [[ $db == h2 && ${BENCH_KEEP_DB:-0} != 1 ]]; then
    rm -f "$run"/harambee.*.db # some GB after the baselines; BENCH_KEEP_DB=1 keeps it
  fi
}

write_results() {
  local db=$1 run=$2 dbversion=$3 baselines=$4 upload_ms=$5 gc=$6
  local md=$OUT/results-$db.md wall status
  wall=$(kv wall_ms "$run/watch.txt")
  status=$(kv status "$run/watch.txt")
  local import_s
  import_s=$(secs "$wall")
  {
    echo "# Harambee bench on $db: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $MACHINE; load average before the run: $LOAD_BEFORE"
    echo "- Database: $dbversion"
    echo "- Server: $(basename "$JAR") built at commit $JAR_REV, JVM options: $SERVER_OPTS"
    echo "- Data: $(sed -n 's/^generated //p' "$OUT/generate.txt" 2>/dev/null | cut -d: -f1)"
    echo "- Run folder: $run"
    echo
    echo "## Import"
    echo
    echo "| what | seconds | import / this |"
    echo "|---|---:|---:|"
    echo "| **import through the API** (upload start to SUCCEEDED seen; status $status) | **$import_s** | |"
    echo "| of which the upload (curl until 202) | $(secs "$upload_ms") | |"
    echo "| server side: job startedAt to finishedAt | $(awk -v s="$(kv started_at "$run/watch.txt")" \
      -v f="$(kv finished_at "$run/watch.txt")" 'BEGIN {
        split(s, a, /[T:Z]/); split(f, b, /[T:Z]/);
        printf "%.1f", (b[2] * 3600 + b[3] * 60 + b[4]) - (a[2] * 3600 + a[3] * 60 + a[4]) }') | |"
    local mode bs
    for mode in $baselines; do
      [[ $mode == none ]] && continue
      bs=$(kv seconds "$run/baseline-$mode.txt")
      echo "| baseline \`$mode\` ($(baseline_words "$db" "$mode")) | $bs | $(ratio "$import_s" "$bs") |"
    done
    echo
    echo "Phases (job polled every 200 ms; ms since the upload started, status, phase, units written):"
    echo
    echo '```'
    sed -n 's/^change=//p' "$run/watch.txt"
    echo "units written in $(secs "$(kv units_ms "$run/watch.txt")") s," \
      "then the names (and the commit) in $(secs "$(kv names_ms "$run/watch.txt")") s"
    echo "GC during the import: $gc"
    echo "CPU during the import: $(cat "$run/cpu.txt")"
    echo '```'
    if [[ -s "$run/profile.txt" ]]; then
      echo
      echo "Where the import thread was (Flight Recorder samples during the import, profile.txt):"
      echo
      echo '```'
      head -n 40 "$run/profile.txt"
      echo '```'
    fi
    echo
    echo "## Latency"
    echo
    if [[ -s "$run/latency.md" ]]; then
      sed '/^p[0-9][0-9]*\./d' "$run/latency.md"
      local c s d h a4 a1 sc ss
      c=$(kv p95.children "$run/latency.md"); s=$(kv p95.subtree "$run/latency.md")
      d=$(kv p95.detail "$run/latency.md"); h=$(kv p95.health "$run/latency.md")
      a4=$(kv p95.api-auth-404 "$run/latency.md"); a1=$(kv p95.api-401 "$run/latency.md")
      sc=$(kv p95.sql-children "$run/latency.md"); ss=$(kv p95.sql-subtree "$run/latency.md")
      echo "Ratios of p95: children / sql-children $(ratio "$c" "$sc"), subtree / sql-subtree $(ratio "$s" "$ss"),"
      echo "children / health $(ratio "$c" "$h"), children / api-auth-404 $(ratio "$c" "$a4"),"
      echo "api-auth-404 / api-401 $(ratio "$a4" "$a1") (the password check)."
    else
      echo "Not measured (the import did not succeed)."
    fi
  } >"$md"
  cp "$md" "$run/results.md"
  log "[$db] results in $md"
}

baseline_words() {
  case "$1:$2" in
    postgresql:copy) echo "COPY FROM STDIN into indexed twins of geo_unit and geo_unit_name" ;;
    h2:copy) echo "INSERT ... SELECT FROM CSVREAD into indexed twins" ;;
    *:batch) echo "JDBC batches of 1,000 inserts into indexed twins, as the server sends them" ;;
    *:batch-chunked) echo "the same batches, committed every 10,000 rows" ;;
    postgresql:copy-late-index) echo "COPY, then the secondary indexes built" ;;
    h2:copy-late-index) echo "CSVREAD insert, then the secondary indexes built" ;;
    *) echo "$2" ;;
  esac
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "machine: $MACHINE"
for db in "${DATABASES[@]}"; do
  run_db "$db"
done

echo
for db in "${DATABASES[@]}"; do
  if [[ -s "$OUT/results-$db.md" ]]; then
    echo "=== $db ==="
    sed -n '/^## Import/,/^Phases/p' "$OUT/results-$db.md" | grep '^|'
    sed -n '/^| kind | n |/,/^$/p' "$OUT/results-$db.md"
  fi
done
