#!/usr/bin/env bash
# Insights on PostgreSQL: the generated country (GenerateHierarchy.java, 650,231 units), 650,000 communities and
# 10,000,000 referral transitions made with set-based SQL (insights-data.sql); the rebuild (--insights-rebuild) timed;
# then GET /api/v1/insights/{pcode}?period=2026-Q3 for the country and a district (p50/p95 over BENCH_ROUNDS requests)
# beside the same figures computed by GROUP BY over the raw tables (insights-groupby.sql, psql \timing).
# Writes bench/out/insights-<time>/insights.md.
#   BENCH_JAR, BENCH_PORT (18083), BENCH_ROUNDS (200), BENCH_COMMUNITIES (650000), BENCH_REFERRALS (2500000: four
#   transitions each), BENCH_DB (harambee_insights, dropped and created), PGHOST/PGPORT/PGUSER as for psql.
#   BENCH_REUSE=1 keeps the database of an earlier run (its data, not its facts: they are emptied) and goes straight to
#   the rebuild; BENCH_DATA_ONLY=1 stops once the data is generated; BENCH_READS_ONLY=1 keeps the database and its facts
#   as they are (a rebuild run by hand, timed apart) and measures the reads only.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
OUT=$BENCH_DIR/out
PORT=${BENCH_PORT:-18083}
BASE=http://127.0.0.1:$PORT
ROUNDS=${BENCH_ROUNDS:-200}
DB=${BENCH_DB:-harambee_insights}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$OUT/insights-$(date +%Y%m%d-%H%M%S)
REPORT=$RUN/insights.md
mkdir -p "$RUN"
log() { echo "[$(date +%H:%M:%S)] $*"; }

JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" ]]; then
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
  SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD
APP_ARGS=(--server.port="$PORT" --server.address=127.0.0.1 --harambee.demo-data.enabled=false
  --harambee.work-dir="$RUN/work" --harambee.referrals.key-file="$RUN/referral-keys.properties")
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

if [[ ! -s "$OUT/units.csv" ]]; then
  log "generating the hierarchy"
  java "$BENCH_DIR/GenerateHierarchy.java" "$OUT" | tee "$OUT/generate.txt"
fi

if [[ "${BENCH_READS_ONLY:-0}" == 1 ]]; then
  log "reads only, on $DB as it is"
  generated=0
elif [[ "${BENCH_REUSE:-0}" != 1 ]]; then
  log "fresh database $DB: schema by an empty rebuild"
  psql -X -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
  java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" --insights-rebuild >"$RUN/schema.log" 2>&1

  log "loading the units"
  COUNTRY=$(sed -n 2p "$OUT/units.csv" | cut -d, -f2)
  q -c "insert into geo_country (id, pcode, created_at) values ('$COUNTRY', 'ZB', now())"
  q -c "create table bench_units (id uuid, country_id uuid, pcode varchar(32), parent_id uuid, depth int,
    path varchar(1200), name varchar(200), search_name varchar(200))"
  q -c "\\copy bench_units from '$OUT/units.csv' with (format csv, header true)"
  q -c "insert into geo_unit (id, country_id, pcode, parent_id, depth, path, name, search_name, created_at, updated_at)
    select id, country_id, pcode, parent_id, depth, path, name, search_name, now(), now() from bench_units order by depth"
  q -c "drop table bench_units"
  q -c "vacuum analyze geo_unit"

  log "generating ${BENCH_COMMUNITIES:-650000} communities and ${BENCH_REFERRALS:-2500000} referrals"
  start=$(date +%s.%N)
  q -v communities="${BENCH_COMMUNITIES:-650000}" -v referrals="${BENCH_REFERRALS:-2500000}" \
    -f "$BENCH_DIR/insights-data.sql" >"$RUN/data.log"
  generated=$(echo "$(date +%s.%N) - $start" | bc)

else
  log "reusing $DB: its facts emptied"
  # a quick command of the jar applies its migrations (the bench database has no audit lines to verify)
  java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" --audit-verify >"$RUN/schema.log" 2>&1 || true
  q -c "truncate insight_community_month, insight_unit_period, insight_community, insight_agreement_community,
    insight_agreement_cluster, insight_partner_adoption, insight_partner_unit, insight_future, insight_delta,
    insight_rebuild_step, insight_rebuild_community" -c "update insight_fold set paused_by = null, paused_at = null"
  generated=0
fi
counts=$(q -At -c "select (select count(*) from community) || ' communities, ' || (select count(*) from referral)
  || ' referrals, ' || (select count(*) from referral_transition) || ' referral transitions, '
  || (select count(*) from community_meeting) || ' meetings'")
if [[ "${BENCH_DATA_ONLY:-0}" == 1 ]]; then
  log "data: $counts"
  exit 0
fi

if [[ "${BENCH_READS_ONLY:-0}" == 1 ]]; then
  rebuild=0
  rebuilt="(not run: reads only)"
else
  log "rebuild"
  start=$(date +%s.%N)
  java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" --insights-rebuild | tee "$RUN/rebuild.log" | grep -i "rebuilt" || true
  rebuild=$(echo "$(date +%s.%N) - $start" | bc)
  rebuilt=$(grep -i "rebuilt" "$RUN/rebuild.log" || echo "(no summary line: see rebuild.log)")
fi

log "server"
java -Xmx2g -jar "$JAR" "${APP_ARGS[@]}" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
# a first start on a national database spends minutes preparing the search words before it is ready
for _ in $(seq 1 1200); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.5; done

# a national coordinator with a personal API token reads the figures (the administrator sees no aggregates)
field() { python3 -c "import sys, json; print(json.load(sys.stdin)['$1'])"; }
api() { curl -sf -H 'Content-Type: application/json' "$@"; }
# a new account each run: a database kept from an earlier run (BENCH_REUSE, BENCH_READS_ONLY) has that run's one
READER=bench-national-$(date +%s)
TEMPORARY=$(api -u "admin:$ADMIN_PASSWORD" -d '{"username":"'"$READER"'","displayName":"Bench national",
  "roles":[{"role":"NATIONAL_COORDINATOR","units":["ZB"]}]}' "$BASE/api/v1/accounts" | field temporaryPassword)
api -u "$READER:$TEMPORARY" -o /dev/null \
  -d "{\"currentPassword\":\"$TEMPORARY\",\"newPassword\":\"bench-national-password\"}" "$BASE/api/v1/account/password"
TOKEN=$(api -u "$READER:bench-national-password" -d '{"name":"bench","days":1}' "$BASE/api/v1/tokens" \
  | field secret)
AUTH="Authorization: Bearer $TOKEN"

read -r DISTRICT DISTRICT_PATH < <(q -At -F ' ' -c "select pcode, path from geo_unit where depth = 2 order by pcode limit 1")
NATION_PATH=$(q -At -c "select path from geo_unit where depth = 0")

latency() { # pcode → "status p50 p95" in ms over ROUNDS requests after 20 warm-up requests
  local url="$BASE/api/v1/insights/$1?period=2026-Q3" status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$url")
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "$AUTH" "$url"; done
  for _ in $(seq 1 "$ROUNDS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "$AUTH" "$url"
  done | sort -n | awk -v s="$status" '{t[NR] = $1 * 1000} END {
    printf "%s %.1f %.1f\n", s, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)] }'
}
groupby() { # path depth → total ms of the GROUP BY statements
  q -v prefix="$1" -v child=$((2 + 37 * ($2 + 1))) -f "$BENCH_DIR/insights-groupby.sql" \
    | awk '/^Time:/ {sum += $2} END {printf "%.0f\n", sum}'
}

log "latency and GROUP BY: country"
read -r n_status n_p50 n_p95 < <(latency ZB)
n_sql=$(groupby "$NATION_PATH" 0)
log "latency and GROUP BY: district $DISTRICT"
read -r d_status d_p50 d_p95 < <(latency "$DISTRICT")
d_sql=$(groupby "$DISTRICT_PATH" 2)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f×", a / b; else print "-" }'; }
cat >"$REPORT" <<MD
# Insights on PostgreSQL ($(date -u +%Y-%m-%d), $(git -C "$REPO" rev-parse --short HEAD))

Data: $counts (generated in ${generated%.*} s).

Rebuild: ${rebuild%.*} s wall time with JVM start; $rebuilt

| unit | API status | API p50 ms | API p95 ms | GROUP BY ms | GROUP BY ÷ API p95 |
|---|---|---|---|---|---|
| country ZB | $n_status | $n_p50 | $n_p95 | $n_sql | $(ratio "$n_sql" "$n_p95") |
| district $DISTRICT | $d_status | $d_p50 | $d_p95 | $d_sql | $(ratio "$d_sql" "$d_p95") |

$ROUNDS requests per unit, one client, curl's time_total; GROUP BY: psql \\timing summed over insights-groupby.sql.
MD
cat "$REPORT"
