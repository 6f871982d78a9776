#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to a 200 from /api/v3_0/health/ready, side by side with
# the baseline it contains (the embedded PostgreSQL alone, started from the same jar), on the same
# warm data folder, alternating, ROUNDS times each. The server runs with -Xmx512m; its peak heap
# during start-up is the largest of: the heap before each GC (from -Xlog:gc) and the heap in use
# once ready (one jstat call, after the clock has stopped).
#   mvn -B -DskipTests package && bootstrap/bench/startup.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/gridflex.jar
ROUNDS=${1:-5}
PORT=18765
WORK=$(mktemp -d)
trap 'pkill -f "$WORK" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

now_ms() { date +%s%3N; }

baseline_once() {
  local t0 t1 pid
  t0=$(now_ms)
  java -Xmx512m -cp "$JAR" io.gridflex.bootstrap.EmbeddedDatabase "$WORK/data/postgres" > "$WORK/db.log" 2>&1 &
  pid=$!
  until grep -q '^ready ' "$WORK/db.log" 2>/dev/null; do sleep 0.02; done
  t1=$(now_ms)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $((t1 - t0))
}

server_once() {
  local t0 t1 pid before_gc used
  rm -f "$WORK/gc.log"
  t0=$(now_ms)
  GRIDFLEX_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT=$PORT GRIDFLEX_ADMIN_EMAIL=bench@example.org \
    GRIDFLEX_ADMIN_PASSWORD=bench-password java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" > "$WORK/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/api/v3_0/health/ready" >/dev/null 2>&1; do sleep 0.02; done
  t1=$(now_ms)
  used=$(jstat -gc "$pid" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
  before_gc=$(grep -oE '[0-9]+M->' "$WORK/gc.log" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$((t1 - t0)) $(( ${before_gc:-0} > used ? ${before_gc:-0} : used ))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

server_once > /dev/null   # first start: initdb and migrations, not measured
: > "$WORK/base"; : > "$WORK/srv"; : > "$WORK/heap"
for _ in $(seq 1 "$ROUNDS"); do
  baseline_once >> "$WORK/base"
  read -r ms heap < <(server_once)
  echo "$ms" >> "$WORK/srv"; echo "$heap" >> "$WORK/heap"
done
base=$(median < "$WORK/base"); srv=$(median < "$WORK/srv"); heap=$(sort -n "$WORK/heap" | tail -1)
echo "rounds:                         $ROUNDS"
echo "embedded PostgreSQL alone (ms): $(tr '\n' ' ' < "$WORK/base")-> median $base"
echo "gridflex to ready (ms):         $(tr '\n' ' ' < "$WORK/srv")-> median $srv"
echo "ratio gridflex / baseline:      $(awk -v a="$srv" -v b="$base" 'BEGIN {printf "%.2f", a/b}')"
echo "peak heap during start (MiB):   $heap (of -Xmx512m)"
