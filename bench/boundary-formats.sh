#!/usr/bin/env bash
# Boundary files as OCHA publishes them, imported through the REST API of a server with a 1 GB heap (H2):
#  1. the same 200 units as a zipped shapefile of about 5 MB and as a CSV: wall time of each import, and their ratio
#     (target: the shapefile under 5 s);
#  2. a GeoJSON and a CSV of BENCH_LARGE_MB each (default 30; 300 is the largest file accepted): wall time and the
#     server's peak heap, read from its GC log (heap in use before each collection, the largest) and from jcmd.
# Writes bench/out/boundary-formats/results.md. Needs a JDK 17+ and curl. Settings: BENCH_PORT (18081),
# BENCH_LARGE_MB, BENCH_SERVER_JAVA_OPTS (-Xmx1g -XX:+ExitOnOutOfMemoryError), BENCH_JAR.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/out/boundary-formats"
PORT=${BENCH_PORT:-18081}
BASE="http://127.0.0.1:$PORT"
LARGE_MB=${BENCH_LARGE_MB:-30}
SERVER_OPTS=${BENCH_SERVER_JAVA_OPTS:--Xmx1g -XX:+ExitOnOutOfMemoryError}
ADMIN_PASSWORD="bench-$(date +%s)-pass"
SERVER_PID=

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
stop_server() { if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" || true; fi; }
trap stop_server EXIT

cd "$ROOT"
JAR=${BENCH_JAR:-$(ls target/harambee-*.jar 2>/dev/null | head -n 1 || true)}
if [[ -z $JAR || ! -f target/test-classes/org/harambee/geography/ShapefileZip.class ]]; then
  log "building the jar and the test classes"
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
  ./mvnw -q test-compile
  JAR=$(ls target/harambee-*.jar | head -n 1)
fi

rm -rf "$OUT" && mkdir -p "$OUT/work"
log "generating the files"
java -cp target/test-classes "$BENCH_DIR/GenerateBoundaryFiles.java" "$OUT" "$LARGE_MB" "$LARGE_MB" | tee "$OUT/generate.txt"

log "starting the server ($SERVER_OPTS)"
# shellcheck disable=SC2086
HARAMBEE_ADMIN_PASSWORD=$ADMIN_PASSWORD java $SERVER_OPTS "-Xlog:gc:file=$OUT/gc.log:uptimemillis" -jar "$JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 --harambee.demo-data.enabled=false \
  --spring.datasource.url="jdbc:h2:file:$OUT/db/harambee;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE" \
  --harambee.work-dir="$OUT/work" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$OUT/server.log" >&2; exit 1; }
  sleep 0.5
done

# Imports a file (kind BOUNDARIES) and prints "<ms> <status> <created> <updated> <unchanged>".
import_file() {
  local file=$1 started id status json
  started=$(now_ms)
  id=$(curl -sS -u "admin:$ADMIN_PASSWORD" -F "file=@$file" "$BASE/api/v1/units/imports" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  while true; do
    json=$(curl -sS -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/units/imports/$id")
    status=$(sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p' <<<"$json")
    [[ $status == SUCCEEDED || $status == REJECTED || $status == FAILED ]] && break
    sleep 0.1
  done
  printf '%s %s %s %s %s\n' "$(( $(now_ms) - started ))" "$status" \
    "$(sed -n 's/.*"created":\([0-9]*\).*/\1/p' <<<"$json")" \
    "$(sed -n 's/.*"updated":\([0-9]*\).*/\1/p' <<<"$json")" \
    "$(sed -n 's/.*"unchanged":\([0-9]*\).*/\1/p' <<<"$json")"
}

# The largest heap in use before a collection since the given uptime (ms), in MB, from the GC log.
peak_heap_since() {
  awk -v since="$1" '{ t = $1; gsub(/[^0-9]/, "", t); if (t + 0 < since) next
    if (match($0, /[0-9]+M->[0-9]+M/)) { v = substr($0, RSTART, RLENGTH); sub(/M->.*/, "", v); if (v + 0 > max) max = v + 0 } }
    END { print max + 0 }' "$OUT/gc.log"
}
uptime_ms() { jcmd "$SERVER_PID" VM.uptime 2>/dev/null | awk 'NR==2 { printf "%d", $1 * 1000 }'; }

log "shapefile and CSV of the same 200 units"
csv=$(import_file "$OUT/shapes.csv")
log "  shapes.csv: $csv"
shp=$(import_file "$OUT/shapes.zip")
log "  shapes.zip: $shp"
again=$(import_file "$OUT/shapes.zip")
log "  shapes.zip again: $again"

log "large files ($LARGE_MB MB)"
t0=$(uptime_ms); geo=$(import_file "$OUT/large.geojson"); geo_peak=$(peak_heap_since "${t0:-0}")
log "  large.geojson: $geo, peak heap ${geo_peak} MB"
t0=$(uptime_ms); big=$(import_file "$OUT/large.csv"); csv_peak=$(peak_heap_since "${t0:-0}")
log "  large.csv: $big, peak heap ${csv_peak} MB"

read -r csv_ms _ <<<"$csv"; read -r shp_ms _ <<<"$shp"; read -r again_ms _ <<<"$again"
read -r geo_ms geo_status _ <<<"$geo"; read -r big_ms big_status _ <<<"$big"
cat >"$OUT/results.md" <<MD
# Boundary formats ($(date -u +%Y-%m-%d), $(nproc) cores, H2, $SERVER_OPTS)

$(cat "$OUT/generate.txt")

| import | wall time | result |
|---|---|---|
| shapes.csv (200 units, no boundaries) | $csv_ms ms | $csv |
| shapes.zip (the same 200 units with boundaries, $(du -m "$OUT/shapes.zip" | cut -f1) MB) | $shp_ms ms | $shp |
| shapes.zip again (unchanged) | $again_ms ms | $again |
| large.geojson ($LARGE_MB MB) | $geo_ms ms | $geo_status, peak heap $geo_peak MB |
| large.csv ($LARGE_MB MB) | $big_ms ms | $big_status, peak heap $csv_peak MB |

Shapefile against CSV: $(awk -v a="$shp_ms" -v b="$csv_ms" 'BEGIN { printf "%.1f", a / b }')×.
MD
cat "$OUT/results.md"
