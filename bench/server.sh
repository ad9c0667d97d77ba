# Sourced by the benchmarks that run the jar on a fresh PostgreSQL database with the demo country (load.sh, sync.sh).
# Expects REPO, RUN, PORT, BASE, DB and ADMIN_PASSWORD set, and a log function.

# The server jar: BENCH_JAR, else target/harambee-*.jar, built when missing (BENCH_REBUILD=1: always).
bench_jar() {
  JAR=${BENCH_JAR:-$(ls "$REPO"/target/harambee-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
  if [[ -z "$JAR" || ${BENCH_REBUILD:-0} == 1 ]]; then
    log "building the server jar (./mvnw package)"
    (cd "$REPO" && ./mvnw -q -B -DskipTests package)
    JAR=$(ls "$REPO"/target/harambee-*.jar | grep -v -- '-plain' | head -n 1)
  fi
}

# A fresh database $DB.
bench_fresh_db() {
  if ! psql -X -q -d postgres -c 'select 1' >/dev/null 2>&1; then
    echo "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (set PGHOST/PGPORT/PGUSER/PGPASSWORD)" >&2
    exit 1
  fi
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB" -c "create database $DB"
}

# Starts the jar on $DB with the demo country and the given extra arguments, waits until it is ready and the demo
# country is loaded; the server stops when the script exits.
bench_start_server() {
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-} HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java ${BENCH_SERVER_JAVA_OPTS:--Xmx2g -XX:+ExitOnOutOfMemoryError} -jar "$JAR" \
    --server.port="$PORT" --server.address=127.0.0.1 "$@" \
    --harambee.demo-data.enabled=true --harambee.work-dir="$RUN/work" \
    --harambee.referrals.key-file="$RUN/referral-keys.properties" ${BENCH_SERVER_ARGS:-} >"$RUN/server.log" 2>&1 &
  SERVER_PID=$!
  trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
  local up=0
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
}
