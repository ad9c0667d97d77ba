#!/usr/bin/env bash
# Notifications (issue 19): 10,000 messages queued one per transaction through the notifications module's API (as
# 10,000 business actions would) and delivered by the background sender, to a null gateway and to GreenMail (a real
# SMTP server in-process), beside 10,000 plain inserts of the same outbox row one per transaction, in the same run and
# the same JVM. Runs the bench class OutboxBench through Maven on a PostgreSQL database of its own (or on H2 with
# BENCH_H2=1). Writes bench/out/notifications-<time>/notifications.md. See bench/README.md.
#
#   bench/notifications.sh
#
# Needs a JDK 17+ and psql (unless BENCH_H2=1), and a PostgreSQL reachable as below. Settings (environment):
#   PGHOST (127.0.0.1) PGPORT (5432) PGUSER (postgres) PGPASSWORD ()   the PostgreSQL to use
#   BENCH_DB (harambee_notifications)     dropped and created afresh by every run
#   NOTIFY_COUNT (10000) NOTIFY_WARMUP (1000) NOTIFY_BATCH (200, rows a sender pass claims)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DB=${BENCH_DB:-harambee_notifications}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
RUN=$BENCH_DIR/out/notifications-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

if [ "${BENCH_H2:-0}" != 1 ]; then
  command -v psql >/dev/null || { echo "bench/notifications.sh needs psql (or BENCH_H2=1)" >&2; exit 2; }
  psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  export HARAMBEE_TEST_POSTGRES_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"
  export HARAMBEE_TEST_POSTGRES_PASSWORD=${PGPASSWORD:-}
  PROFILE_ARGS=(-Dspring.datasource.url="$HARAMBEE_TEST_POSTGRES_URL" -Dspring.datasource.username="$PGUSER"
    -Dspring.datasource.password="${PGPASSWORD:-}")
else
  PROFILE_ARGS=()
fi

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$REPO"
./mvnw -B -ntp -q test -Dtest=OutboxBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dspotless.check.skip=true -Dharambee.bench.notifications=true -Dbench.out="$RUN/notifications.md" \
  -Dbench.count="${NOTIFY_COUNT:-10000}" -Dbench.warmup="${NOTIFY_WARMUP:-1000}" -Dbench.batch="${NOTIFY_BATCH:-200}" \
  "${PROFILE_ARGS[@]}" >"$RUN/maven.log" 2>&1 || { tail -n 40 "$RUN/maven.log"; exit 1; }
echo "- machine: $(nproc) cores, load average after the run $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RUN/notifications.md"
cat "$RUN/notifications.md"
echo "report: $RUN/notifications.md"
