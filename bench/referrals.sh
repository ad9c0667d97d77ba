#!/usr/bin/env bash
# What referrals cost through the API against a trivial signed-in call in the same run: the demo country (Zedland) on
# H2, one district with a community, a service point, its officer and a pathway route; the inbox filled with sent
# referrals. Writes bench/out/referrals-<time>/referrals.md.
#   BENCH_JAR (target/harambee-*.jar, built when missing), BENCH_PORT (18082), BENCH_ROUNDS (200), BENCH_PREFILL (1000)
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$BENCH_DIR")
PORT=${BENCH_PORT:-18082}
BASE=http://127.0.0.1:$PORT
ADMIN_PASSWORD=bench-admin-password-2026
RUN=$BENCH_DIR/out/referrals-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN"

JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [[ -z "$JAR" ]]; then
  (cd "$REPO" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
fi

HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  SPRING_DATASOURCE_URL="jdbc:h2:file:$RUN/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE" \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --harambee.demo-data.enabled=true \
  --harambee.work-dir="$RUN/work" --harambee.referrals.key-file="$RUN/referral-keys.properties" \
  >"$RUN/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
for _ in $(seq 1 240); do
  curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/units/ZZ0101" >/dev/null 2>&1 && break; sleep 0.5
done

java "$BENCH_DIR/ReferralLatency.java" "$BASE" "$ADMIN_PASSWORD" ZZ0101 "$RUN/referrals.md" \
  "${BENCH_ROUNDS:-200}" "${BENCH_PREFILL:-1000}"
echo "report: $RUN/referrals.md"
