#!/usr/bin/env bash
# What the scope check costs per request: the demo country (Zedland) on H2, the same unit requests as the
# administrator and as a district coordinator scoped to one district. Writes bench/out/scope-<time>/scope.md.
#   BENCH_JAR (target/harambee-*.jar, built when missing), BENCH_PORT (18081), BENCH_ROUNDS (40)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-18081}
BASE=http://127.0.0.1:$PORT
ROUNDS=${BENCH_ROUNDS:-40}
ADMIN_PASSWORD=bench-admin-password-2026
COORDINATOR_PASSWORD=bench-coordinator-password-2026
RUN=$BENCH_DIR/out/scope-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"

JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" ]]; then
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi

HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  SPRING_DATASOURCE_URL="jdbc:h2:file:$RUN/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE" \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --harambee.demo-data.enabled=true \
  --harambee.work-dir="$RUN/work" >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
# the demo country is loaded in the background after the start
for _ in $(seq 1 240); do
  curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/units/ZZ0101" >/dev/null 2>&1 && break; sleep 0.5
done

TEMP=$(curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/accounts" -d \
  '{"username":"bench-coordinator","displayName":"Bench coordinator","roles":[{"role":"DISTRICT_COORDINATOR","units":["ZZ0101"]}]}' \
  | sed -E 's/.*"temporaryPassword":"([^"]+)".*/\1/')
curl -sf -u "bench-coordinator:$TEMP" -H 'Content-Type: application/json' "$BASE/api/v1/account/password" \
  -d "{\"currentPassword\":\"$TEMP\",\"newPassword\":\"$COORDINATOR_PASSWORD\"}"

PCODES=$(curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/units?parent=ZZ0101&size=10" \
  | grep -oE '"pcode":"[A-Z0-9]+"' | cut -d'"' -f4 | tr '\n' ' ')
java "$BENCH_DIR/ScopeLatency.java" "$BASE" "$ADMIN_PASSWORD" bench-coordinator "$COORDINATOR_PASSWORD" \
  "$RUN/scope.md" ZZ0101 $PCODES -- "$ROUNDS"
echo "report: $RUN/scope.md"
