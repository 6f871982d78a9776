#!/usr/bin/env bash
# Legacy API v1.1 against v3, side by side on the same database in one run: per round (each on a
# fresh day, 15-minute values),
#  a. one POST /api/v1_1/postMeterData of CONNECTIONS connections × 96 values (one group per
#     connection, each with its own values): one message, one transaction;
#  b. the same rows through v3: CONNECTIONS POSTs of 96 values to /api/v3_0/sensors/(id)/data for
#     as many other sensors, one after another over one kept-alive connection (one curl, a config file of
#     transfers separated by next);
#  c. the same number of rows by psql's \copy into timed_belief for a third set of sensors (the
#     physical baseline).
# a and b alternate their order from round to round; c comes last. WARMUP unmeasured rounds first
# (the JIT: the first rounds take twice as long). Both APIs store the same rows (v3 is given
# "horizon": "PT0H", what a meter-data message without a horizon means: each value known at its
# event's end); the harness checks so, counts the rows, and reads one connection back through
# getMeterData. The server runs with -Xmx512m; its peak heap is read from its GC log.
#   mvn -B -DskipTests package && bootstrap/bench/legacy-api.sh [ROUNDS] [CONNECTIONS] [WARMUP]
# Needs psql (Debian: postgresql-client), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/gridflex.jar
ROUNDS=${1:-20}
N=${2:-100}
WARMUP=${3:-5}
[ "$WARMUP" -ge 1 ] || { echo "WARMUP must be at least 1 (it creates the data source COPY uses)" >&2; exit 1; }
VALUES=96
PORT=18769
WORK=$(mktemp -d)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
command -v psql >/dev/null || { echo "needs psql (Debian: postgresql-client)" >&2; exit 1; }

source bootstrap/bench/server.sh
start_server
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
BASE="http://127.0.0.1:$PORT/api"
TOKEN=$(bench_token)
now_ms() { date +%s%3N; }

# 3 × N power sensors (MW, 15 minutes, UTC) on one asset of the admin's account: the first N are
# the v1.1 connections, the next N are posted to through v3, the last N are loaded by \copy.
ASSET=$(curl -s -X POST "$BASE/v3_0/assets" -H "Authorization: $TOKEN" -H 'Content-Type: application/json' \
  -d '{"name": "bench legacy site", "generic_asset_type_id": 5}' | sed 's/^{"id":\([0-9]*\).*/\1/')
[[ "$ASSET" =~ ^[0-9]+$ ]] || { echo "asset not created: $ASSET" >&2; exit 1; }
ACCOUNT=$("${PSQL[@]}" -c "SELECT account_id FROM generic_asset WHERE id = $ASSET")
"${PSQL[@]}" -c "INSERT INTO sensor (generic_asset_id, name, unit, event_resolution_seconds, timezone, knowledge_horizon_fnc)
  SELECT $ASSET, 'meter ' || i, 'MW', 900, 'UTC', 'ex_post' FROM generate_series(1, 3 * $N) i" > /dev/null
"${PSQL[@]}" -c "SELECT id FROM sensor WHERE generic_asset_id = $ASSET ORDER BY id" > "$WORK/ids"
[ "$(wc -l < "$WORK/ids")" -eq $((3 * N)) ] || { echo "expected $((3 * N)) sensors" >&2; exit 1; }

# The connections' addresses as getConnection gives them (ea1.<since>.<domain>:<account>:<sensor>).
code=$(curl -s -o "$WORK/connections.json" -w '%{http_code}' -H "Authorization: $TOKEN" "$BASE/v1_1/getConnection")
[ "$code" = 200 ] || { echo "getConnection failed ($code): $(cat "$WORK/connections.json")" >&2; exit 1; }

# All payloads, written before any timing: per round r (day r after 2015-01-01; round 0 is the
# warm-up rounds) the v1.1 message, the v3 bodies and a curl config posting them, and the COPY rows.
# Sensor i of each set gets the same values: v1.1 connection i, v3 sensor i and COPY sensor i.
python3 - "$WORK" "$((WARMUP + ROUNDS))" "$N" "$VALUES" "$TOKEN" "$BASE" "$ACCOUNT" <<'EOF'
import json, math, sys, datetime as dt
work, rounds, n, count, token, base, account = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
ids = [int(line) for line in open(f"{work}/ids") if line.strip()]
v11, v3, copy = ids[:n], ids[n:2 * n], ids[2 * n:]
listed = json.load(open(f"{work}/connections.json"))["connections"]
address = {int(a.rsplit(":", 1)[1]): a for a in listed}
missing = [i for i in v11 if i not in address]
if missing:
    sys.exit(f"getConnection does not list sensors {missing[:5]}…")
if not all(address[i].endswith(f":{account}:{i}") for i in v11):
    sys.exit(f"unexpected address form: {address[v11[0]]}")
def values(r, i):
    return [round(1 + 0.01 * i + 0.5 * math.sin((k + 7 * i + 3 * r) / 15.28), 3) for k in range(count)]
day0 = dt.datetime(2015, 1, 1, tzinfo=dt.timezone.utc)
for r in range(rounds):
    start = day0 + dt.timedelta(days=r)
    iso = start.strftime("%Y-%m-%dT%H:%M:%SZ")
    message = {"type": "PostMeterDataRequest",
               "groups": [{"connections": [address[s]], "values": values(r, i)} for i, s in enumerate(v11)],
               "start": iso, "duration": "PT24H", "unit": "MW"}
    json.dump(message, open(f"{work}/v11-{r}.json", "w"))
    with open(f"{work}/v3-{r}.curl", "w") as config:
        for i, s in enumerate(v3):
            body = f"{work}/v3-{r}-{i}.json"
            json.dump({"values": values(r, i), "start": iso, "duration": "PT24H", "unit": "MW", "horizon": "PT0H"}, open(body, "w"))
            if i:
                config.write("next\n")
            config.write(f'url = "{base}/v3_0/sensors/{s}/data"\nheader = "Authorization: {token}"\n'
                         f'header = "Content-Type: application/json"\ndata-binary = "@{body}"\noutput = "/dev/null"\n'
                         'write-out = "%{http_code} %{num_connects}\\n"\nsilent\n')
    with open(f"{work}/copy-{r}.csv", "w") as rows:
        for i, s in enumerate(copy):
            for k, value in enumerate(values(r, i)):
                t = start + dt.timedelta(minutes=15 * k)
                rows.write(f"{s},{t:%Y-%m-%d %H:%M:%S}+00,{t + dt.timedelta(minutes=15):%Y-%m-%d %H:%M:%S}+00,SOURCE,0.5,{value}\n")
EOF
mapfile -t IDS < "$WORK/ids"
V11_FIRST=${IDS[0]}; V3_FIRST=${IDS[$N]}; COPY_FIRST=${IDS[$((2 * N))]}; LAST=${IDS[$((3 * N - 1))]}
[ $((LAST - V11_FIRST)) -eq $((3 * N - 1)) ] || { echo "sensor ids not consecutive" >&2; exit 1; }  # the checks below count on it

post_v11() {  # prints the message's wall time in ms
  local t0 code
  t0=$(now_ms)
  code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -X POST "$BASE/v1_1/postMeterData" -H "Authorization: $TOKEN" \
    -H 'Content-Type: application/json' --data-binary "@$WORK/v11-$1.json")
  echo $(( $(now_ms) - t0 ))
  if [ "$code" != 200 ] || ! grep -q '"status":"PROCESSED"' "$WORK/answer.json"; then
    echo "postMeterData (round $1) failed ($code): $(cat "$WORK/answer.json")" >&2; exit 1
  fi
}
post_v3() {  # prints the wall time of the N posts in ms; all must be 200 over one connection
  local t0 ms
  t0=$(now_ms)
  curl --config "$WORK/v3-$1.curl" > "$WORK/v3.out"
  ms=$(( $(now_ms) - t0 ))
  local ok connects
  ok=$(grep -c '^200 ' "$WORK/v3.out" || true)
  connects=$(awk '{s += $2} END {print s}' "$WORK/v3.out")
  [ "$ok" -eq "$N" ] || { echo "v3 posts (round $1): only $ok of $N answered 200: $(sort "$WORK/v3.out" | uniq -c)" >&2; exit 1; }
  echo "$ms $connects"
}
copy_rows() {  # prints the wall time of psql's \copy in ms (psql's start and log-in included)
  local t0
  sed "s/,SOURCE,/,$SOURCE,/" "$WORK/copy-$1.csv" > "$WORK/copy.csv"
  t0=$(now_ms)
  "${PSQL[@]}" -c "\\copy timed_belief (sensor_id, event_start, belief_time, source_id, cumulative_probability, event_value) FROM '$WORK/copy.csv' CSV" > /dev/null
  echo $(( $(now_ms) - t0 ))
}

# Warm-up (days 0 to WARMUP - 1, not measured); it also creates the admin's data source that COPY uses.
post_v11 0 > /dev/null
post_v3 0 > /dev/null
SOURCE=$("${PSQL[@]}" -c "SELECT DISTINCT source_id FROM timed_belief WHERE sensor_id = $V11_FIRST")
[[ "$SOURCE" =~ ^[0-9]+$ ]] || { echo "no single data source: $SOURCE" >&2; exit 1; }
copy_rows 0 > /dev/null
for r in $(seq 1 $((WARMUP - 1))); do post_v11 "$r" > /dev/null; post_v3 "$r" > /dev/null; copy_rows "$r" > /dev/null; done

: > "$WORK/v11.ms"; : > "$WORK/v3.ms"; : > "$WORK/copy.ms"; : > "$WORK/psql.ms"; : > "$WORK/connects"
for r in $(seq "$WARMUP" $((WARMUP + ROUNDS - 1))); do
  if [ $(((r - WARMUP) % 2)) -eq 0 ]; then
    post_v11 "$r" >> "$WORK/v11.ms"
    post_v3 "$r" > "$WORK/v3.last"
  else
    post_v3 "$r" > "$WORK/v3.last"
    post_v11 "$r" >> "$WORK/v11.ms"
  fi
  read -r ms connects < "$WORK/v3.last"
  echo "$ms" >> "$WORK/v3.ms"; echo "$connects" >> "$WORK/connects"
  copy_rows "$r" >> "$WORK/copy.ms"
  t0=$(now_ms); "${PSQL[@]}" -c "SELECT 1" > /dev/null; echo $(( $(now_ms) - t0 )) >> "$WORK/psql.ms"
done

# Checks: N × 96 rows per round and side; v1.1 and v3 stored the same rows (value, event, belief
# time: each event's end) for sensor i of each set; getMeterData gives back what was posted.
"${PSQL[@]}" -c "SELECT count(*) FILTER (WHERE n <> $((N * VALUES))), count(*) FROM (
  SELECT (sensor_id - $V11_FIRST) / $N AS side, date_trunc('day', event_start) AS day, count(*) AS n FROM timed_belief
  WHERE sensor_id BETWEEN $V11_FIRST AND $LAST AND event_start >= '2015-01-01 00:00:00+00'::timestamptz + interval '$WARMUP days' GROUP BY 1, 2) per_day" > "$WORK/counts"
IFS='|' read -r wrong groups < "$WORK/counts"
[ "$wrong" = 0 ] && [ "$groups" = $((3 * ROUNDS)) ] \
  || { echo "row counts: $wrong of $groups (side, day) groups differ from $((N * VALUES)); expected $((3 * ROUNDS)) groups" >&2; exit 1; }
differ=$("${PSQL[@]}" -c "SELECT count(*) FROM
  (SELECT sensor_id + $N AS twin, event_start, belief_time, event_value FROM timed_belief
   WHERE sensor_id BETWEEN $V11_FIRST AND $((V3_FIRST - 1))) a FULL JOIN
  (SELECT sensor_id, event_start, belief_time, event_value FROM timed_belief
   WHERE sensor_id BETWEEN $V3_FIRST AND $((COPY_FIRST - 1))) b
  ON b.sensor_id = a.twin AND b.event_start = a.event_start AND b.belief_time = a.belief_time AND b.event_value = a.event_value
  WHERE a.twin IS NULL OR b.sensor_id IS NULL")
[ "$differ" = 0 ] || { echo "v1.1 and v3 stored different rows: $differ unmatched" >&2; exit 1; }
at_end=$("${PSQL[@]}" -c "SELECT count(*) FROM timed_belief WHERE sensor_id BETWEEN $V11_FIRST AND $LAST
  AND belief_time <> event_start + interval '15 minutes'")
[ "$at_end" = 0 ] || { echo "$at_end rows not believed at their event's end" >&2; exit 1; }
total=$("${PSQL[@]}" -c "SELECT count(*) FROM timed_belief WHERE sensor_id BETWEEN $V11_FIRST AND $LAST")

READ_ADDRESS=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["groups"][0]["connections"][0])' "$WORK/v11-$((WARMUP + ROUNDS - 1)).json")
READ_START=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["start"])' "$WORK/v11-$((WARMUP + ROUNDS - 1)).json")
code=$(curl -s -o "$WORK/read.json" -w '%{http_code}' -G "$BASE/v1_1/getMeterData" -H "Authorization: $TOKEN" \
  --data-urlencode type=GetMeterDataRequest --data-urlencode "connection=$READ_ADDRESS" \
  --data-urlencode "start=$READ_START" --data-urlencode duration=PT24H --data-urlencode unit=MW)
[ "$code" = 200 ] || { echo "getMeterData failed ($code): $(cat "$WORK/read.json")" >&2; exit 1; }
python3 - "$WORK/read.json" "$WORK/v11-$((WARMUP + ROUNDS - 1)).json" <<'EOF' || exit 1
import json, sys
read, posted = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))["groups"][0]["values"]
got = read.get("values", [])
if len(got) != len(posted) or any(abs(a - b) > 1e-9 for a, b in zip(got, posted)):
    sys.exit(f"getMeterData gave {len(got)} values, not the {len(posted)} posted: {got[:4]}… vs {posted[:4]}…")
EOF

v11=$(median < "$WORK/v11.ms"); v3=$(median < "$WORK/v3.ms"); copy=$(median < "$WORK/copy.ms"); psql_ms=$(median < "$WORK/psql.ms")
rows=$((N * VALUES))
echo "$ROUNDS rounds of $rows rows after $WARMUP warm-up rounds ($N connections × $VALUES values at 15 min, each round a fresh day; medians)"
echo "  v1.1 postMeterData, one message:                ${v11} ms = $(awk -v r=$rows -v m="$v11" 'BEGIN {printf "%d", r * 1000 / m}') rows/s"
echo "  v3, $N POSTs over $(sort -u "$WORK/connects" | tr '\n' ' ')connection(s): ${v3} ms = $(awk -v r=$rows -v m="$v3" 'BEGIN {printf "%d", r * 1000 / m}') rows/s ($(awk -v m="$v3" -v n=$N 'BEGIN {printf "%.1f", m / n}') ms a request)"
echo "  psql \\copy (start and log-in included):         ${copy} ms = $(awk -v r=$rows -v m="$copy" 'BEGIN {printf "%d", r * 1000 / m}') rows/s (a bare psql SELECT 1: ${psql_ms} ms)"
echo "  v1.1 / v3: $(awk -v a="$v11" -v b="$v3" 'BEGIN {printf "%.2f", a / b}')   v1.1 / COPY: $(awk -v a="$v11" -v b="$copy" 'BEGIN {printf "%.2f", a / b}')   v3 / COPY: $(awk -v a="$v3" -v b="$copy" 'BEGIN {printf "%.2f", a / b}')"
echo "  per round (ms), v1.1: $(tr '\n' ' ' < "$WORK/v11.ms")"
echo "  per round (ms), v3:   $(tr '\n' ' ' < "$WORK/v3.ms")"
echo "  per round (ms), COPY: $(tr '\n' ' ' < "$WORK/copy.ms")"
echo "checks: $rows rows per round and side ($total rows in all, warm-up included); v1.1 and v3 rows identical; getMeterData of $READ_ADDRESS gave the $VALUES values posted"
echo "peak heap (MiB, -Xmx512m): $(peak_heap)"
echo "load: $(uptime | sed 's/.*load average: //')"
