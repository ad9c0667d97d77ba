#!/usr/bin/env bash
# The soak (issue 15): Load.java's mixed workload (facilitators syncing meetings and sending referrals, officers acting
# on their inboxes, coordinators reading dashboards and lists) for SOAK_MINUTES on PostgreSQL with the jar, the server
# sampled every SOAK_SAMPLE_S seconds: heap after a full GC, resident memory, live threads, the connection pool, open
# file descriptors, requests/s, p99 and errors. Writes bench/out/soak-<time>/soak.csv (the samples) and soak.md (the
# first minutes against the last, as ratios within stated bands). See bench/README.md, "Soak".
#
#   bench/soak.sh                                   # 30 minutes
#   SOAK_MINUTES=2 SOAK_WARMUP_S=20 SOAK_SAMPLE_S=10 bench/soak.sh   # a smoke of it
#
# Needs a JDK 17+ (java, javac, jcmd), curl and psql, and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_soak)              dropped and created afresh by every run
#   BENCH_PORT (18088) BENCH_MANAGEMENT_PORT (18089)   the server's ports on 127.0.0.1
#   BENCH_JAR (target/harambee-*.jar)     built with ./mvnw when missing (BENCH_REBUILD=1: always)
#   BENCH_SERVER_JAVA_OPTS (-Xmx2g -XX:+ExitOnOutOfMemoryError)
#   BENCH_SERVER_ARGS ()                  more arguments for the server
#   SOAK_MINUTES (30) SOAK_CLIENTS (16) SOAK_READERS (2) SOAK_THINK_MS (100) SOAK_SAMPLE_S (30) SOAK_WARMUP_S (60)
#   SOAK_WINDOW_MIN (5)
#   LOAD_DISTRICTS (4) LOAD_FACILITATORS (4) LOAD_COMMUNITIES (8) LOAD_SYNC_BATCH (5) LOAD_CLIENT_TIMEOUT_S (10)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-18088}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18089}
BASE=http://127.0.0.1:$PORT
DB=${BENCH_DB:-harambee_soak}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$BENCH_DIR/out/soak-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

for tool in java javac jcmd curl psql; do
  command -v "$tool" >/dev/null || { echo "bench/soak.sh needs $tool" >&2; exit 2; }
done
# shellcheck source=bench/server.sh
source "$BENCH_DIR/server.sh"
bench_jar

javac -nowarn -d "$RUN/classes" "$BENCH_DIR/Load.java" "$BENCH_DIR/Soak.java"

bench_fresh_db

log "starting the server on $BASE (metrics on port $MANAGEMENT_PORT), log in $RUN/server.log"
bench_start_server --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); server $(basename "$JAR")"
# the machine's load average beside the samples: a shared machine measures its neighbours too
( while kill -0 "$SERVER_PID" 2>/dev/null; do echo "$(date +%s) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 30; done \
  >"$RUN/loadavg.txt" ) &
java -cp "$RUN/classes" Soak "$BASE" "$ADMIN_PASSWORD" "$RUN" "http://127.0.0.1:$MANAGEMENT_PORT" "$SERVER_PID"
echo "- Machine: $(nproc) cores; load average 1 min over the run: $(awk '{s+=$2; if ($2>m) m=$2; n++}
  END {if (n) printf "mean %.1f, highest %.1f", s/n, m}' "$RUN/loadavg.txt")" | tee -a "$RUN/soak.md"
errors=$(grep -c -E '"level":"ERROR"' "$RUN/server.log" || true)
echo "- Server log: $errors ERROR lines" | tee -a "$RUN/soak.md"
echo "samples: $RUN/soak.csv; report: $RUN/soak.md"
