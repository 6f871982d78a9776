#!/usr/bin/env bash
# Sensor-data benchmarks, each side by side with its baseline on the same database in one run:
#  1. ingest: one year at 15 minutes for SENSORS sensors (35,040 values each) posted through
#     POST /api/v3_0/sensors/(id)/data, one request per sensor-year, against psql's \copy of the
#     same number of rows into the same table (for as many other sensors);
#  2. read: one sensor-year through GET /api/v3_0/sensors/(id)/data resampled to 1 hour, against
#     the bare SQL (most recent belief per event, then date_bin hourly means).
# The server runs with -Xmx512m; its peak heap is read from its GC log.
#   mvn -B -DskipTests package && bootstrap/bench/sensor-data.sh [SENSORS] [READS]
# Needs psql (Debian: postgresql-client), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/gridflex.jar
SENSORS=${1:-100}
READS=${2:-20}
PORT=18767
WORK=$(mktemp -d)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

source bootstrap/bench/server.sh
start_server
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
API="http://127.0.0.1:$PORT/api/v3_0"
TOKEN=$(bench_token)
now_ms() { date +%s%3N; }
ROWS=35040

# 2 × SENSORS sensors: half are posted to through the API, half are loaded by \copy.
ASSET=$(curl -s -X POST "$API/assets" -H "Authorization: $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name": "bench site", "generic_asset_type_id": 5}' | sed 's/^{"id":\([0-9]*\).*/\1/')
"${PSQL[@]}" -c "INSERT INTO sensor (generic_asset_id, name, unit, event_resolution_seconds, timezone, knowledge_horizon_fnc)
  SELECT $ASSET, 'bench ' || i, 'kW', 900, 'UTC', 'ex_post' FROM generate_series(1, 2 * $SENSORS) i" > /dev/null
mapfile -t IDS < <("${PSQL[@]}" -c "SELECT id FROM sensor WHERE generic_asset_id = $ASSET ORDER BY id")

# One payload: a year of 15-minute values (a daily sine-ish profile), posted as kW.
awk -v n=$ROWS 'BEGIN { printf "{\"values\": ["; for (i = 0; i < n; i++) { printf "%s%.3f", (i ? "," : ""), 5 + 4 * sin(i / 15.28); }
  printf "], \"start\": \"2025-01-01T00:00:00Z\", \"duration\": \"PT%dM\", \"unit\": \"kW\", \"prior\": \"2026-01-01T00:00:00Z\"}", n * 15 }' \
  > "$WORK/year.json"

t0=$(now_ms)
for i in $(seq 0 $((SENSORS - 1))); do
  code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -X POST "$API/sensors/${IDS[$i]}/data" -H "Authorization: $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/year.json")
  [ "$code" = 200 ] || { echo "post failed ($code): $(cat "$WORK/answer.json")" >&2; exit 1; }
done
api_ms=$(( $(now_ms) - t0 ))

SOURCE=$("${PSQL[@]}" -c "SELECT id FROM data_source LIMIT 1")
for i in $(seq "$SENSORS" $((2 * SENSORS - 1))); do
  awk -v s="${IDS[$i]}" -v src="$SOURCE" -v n=$ROWS 'BEGIN { for (k = 0; k < n; k++) {
      t = 1735689600 + k * 900; printf "%d,%s,2026-01-01 00:00:00+00,%d,0.5,%.3f\n", s, strftime("%Y-%m-%d %H:%M:%S+00", t, 1), src, 5 + 4 * sin(k / 15.28) } }'
done > "$WORK/copy.csv"
t0=$(now_ms)
"${PSQL[@]}" -c "\\copy timed_belief (sensor_id, event_start, belief_time, source_id, cumulative_probability, event_value) FROM '$WORK/copy.csv' CSV"
copy_ms=$(( $(now_ms) - t0 ))
total=$((SENSORS * ROWS))
"${PSQL[@]}" -c "ANALYZE timed_belief" > /dev/null

READ_SENSOR=${IDS[0]}
PATH_READ="$API/sensors/$READ_SENSOR/data?start=2025-01-01T00:00:00Z&duration=PT8760H&unit=kW&resolution=PT1H"
BARE="SELECT date_bin('1 hour', event_start, '2025-01-01 00:00:00+00') AS slot, avg(event_value) FROM (
  SELECT DISTINCT ON (event_start) event_start, event_value FROM timed_belief
  WHERE sensor_id = $READ_SENSOR AND event_start >= '2025-01-01 00:00:00+00' AND event_start < '2026-01-01 00:00:00+00'
  ORDER BY event_start, belief_time DESC) latest GROUP BY slot ORDER BY slot;"
# What the adapter itself runs for that read (a plain series: one source, one belief per event, see
# V5__belief_series.sql, without gaps: its values in time order, placed in Java), bare in psql:
# splits the API's time into database and the rest.
OURS="SELECT array_agg(event_value ORDER BY event_start), min(event_start), max(event_start), count(*) FROM timed_belief
  WHERE sensor_id = $READ_SENSOR AND event_start >= '2025-01-01 00:00:00+00' AND event_start < '2026-01-01 00:00:00+00';"
# One psql session kept open, its queries interleaved with the API's requests: the machine's speed
# drifts over a run, and side by side each pair sees the same drift. The API is read twice: through
# one kept-alive HTTP connection (as the SQL goes through one kept-open session: the fair pair) and
# with a new connection per request (curl), which adds the server's connection set-up.
coproc SQLSESSION { "${PSQL[@]}" -o /dev/null; }
mkfifo "$WORK/http.in" "$WORK/http.out"
python3 -u -c '
import http.client, sys, time
host, port, token = sys.argv[1], int(sys.argv[2]), sys.argv[3]
connection = http.client.HTTPConnection(host, port)
for path in sys.stdin:
    t0 = time.perf_counter()
    connection.request("GET", path.strip(), headers={"Authorization": token})
    response = connection.getresponse()
    response.read()
    print("%.3f %d" % ((time.perf_counter() - t0) * 1000, response.status), flush=True)
' 127.0.0.1 "$PORT" "$TOKEN" < "$WORK/http.in" > "$WORK/http.out" &
exec {HTTP_IN}> "$WORK/http.in" {HTTP_OUT}< "$WORK/http.out"
http_ms() {
  echo "$1" >&"$HTTP_IN"
  local ms code
  read -r ms code <&"$HTTP_OUT"
  [ "$code" = 200 ] || { echo "read failed ($code)" >&2; exit 1; }
  echo "$ms"
}
echo '\timing on' >&"${SQLSESSION[1]}"
sql_ms() {
  echo "$1" >&"${SQLSESSION[1]}"
  local line
  while read -r line <&"${SQLSESSION[0]}"; do
    case "$line" in Time:*) echo "$line" | awk '{print $2}'; return ;; esac
  done
}
: > "$WORK/api.ms"; : > "$WORK/kept.ms"; : > "$WORK/sql.ms"; : > "$WORK/ours.ms"
READ_PATH=${PATH_READ#http://127.0.0.1:$PORT}
for i in $(seq 1 $((READS + 3))); do
  k=$(http_ms "$READ_PATH")
  a=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: $TOKEN" "$PATH_READ" | awk '{print $1 * 1000}')
  b=$(sql_ms "$BARE")
  o=$(sql_ms "$OURS")
  if [ "$i" -gt 3 ]; then echo "$a" >> "$WORK/api.ms"; echo "$k" >> "$WORK/kept.ms"; echo "$b" >> "$WORK/sql.ms"; echo "$o" >> "$WORK/ours.ms"; fi
done
api_read=$(median < "$WORK/api.ms")
kept_read=$(median < "$WORK/kept.ms")
sql_read=$(median < "$WORK/sql.ms")
ours_read=$(median < "$WORK/ours.ms")
echo '\q' >&"${SQLSESSION[1]}"
exec {HTTP_IN}>&- {HTTP_OUT}<&-
SMALL="$API/sensors/$READ_SENSOR/data?start=2025-01-01T00:00:00Z&duration=PT1H&unit=kW&resolution=PT1H"
small_read=$(for _ in $(seq 1 "$READS"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: $TOKEN" "$SMALL"; done \
  | awk '{print $1 * 1000}' | median)

echo "ingest: $total rows ($SENSORS sensor-years at 15 min)"
echo "  API  (POST /sensors/(id)/data, one request per sensor-year): ${api_ms} ms = $((total * 1000 / api_ms)) rows/s"
echo "  COPY (psql \\copy into timed_belief):                          ${copy_ms} ms = $((total * 1000 / copy_ms)) rows/s"
echo "  API / COPY throughput: $(awk -v a="$api_ms" -v c="$copy_ms" 'BEGIN {printf "%.0f %%", 100 * c / a}')"
echo "read: one sensor-year resampled to 1 h (median of $READS, API and SQL interleaved)"
echo "  API, kept-alive connection: ${kept_read} ms   bare SQL, kept-open session: ${sql_read} ms   ratio: $(awk -v a="$kept_read" -v b="$sql_read" 'BEGIN {printf "%.2f", a / b}')"
echo "  API, new connection per request (curl): ${api_read} ms   ratio: $(awk -v a="$api_read" -v b="$sql_read" 'BEGIN {printf "%.2f", a / b}')"
echo "  of which: the adapter's own SQL bare: ${ours_read} ms; a one-slot read through the API: ${small_read} ms"
echo "peak heap (MiB, -Xmx512m): $(peak_heap)"
