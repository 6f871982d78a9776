#!/usr/bin/env bash
# Asset listing benchmark: 10,000 assets, listed through GET /api/v3_0/assets with page, per_page
# and filter, side by side with the same two SQL statements (count + page) run bare through psql
# on the same database. The server runs with -Xmx512m; its peak heap is read from its GC log.
#   mvn -B -DskipTests package && bootstrap/bench/asset-listing.sh [REPEATS]
# Needs psql (Debian: postgresql-client) and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/gridflex.jar
REPEATS=${1:-30}
PORT=18766
WORK=$(mktemp -d)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

source bootstrap/bench/server.sh
start_server
PSQL=(psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)

# 10,000 assets of the admin's account; every tenth has "solar" in its name.
"${PSQL[@]}" -c "INSERT INTO generic_asset (name, generic_asset_type_id, account_id)
  SELECT 'asset ' || i || CASE WHEN i % 10 = 0 THEN ' solar' ELSE '' END, 1 + i % 13, 1 FROM generate_series(1, 10000) i;
  ANALYZE generic_asset;"
TOKEN=$(bench_token)


api_ms() { # path -> median ms over REPEATS (after 5 warm-up calls)
  for _ in $(seq 1 5); do curl -s -o /dev/null -H "Authorization: $TOKEN" "http://127.0.0.1:$PORT$1"; done
  for _ in $(seq 1 "$REPEATS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: $TOKEN" "http://127.0.0.1:$PORT$1"
  done | awk '{print $1 * 1000}' | median
}

sql_ms() { # per_page offset filter -> median ms of the two statements the listing runs, bare
  local perpage=$1 offset=$2 filter=$3 script="$WORK/q.sql"
  : > "$script"
  echo '\timing on' >> "$script"
  for _ in $(seq 1 $((REPEATS + 5))); do
    cat >> "$script" <<SQL
SELECT count(*), count(*) FILTER (WHERE COALESCE(g.name, '') ILIKE '%$filter%' OR COALESCE(a.name, '') ILIKE '%$filter%') FROM generic_asset g LEFT JOIN account a ON a.id = g.account_id WHERE (g.account_id = ANY('{1}'::bigint[]));
SELECT g.* FROM generic_asset g LEFT JOIN account a ON a.id = g.account_id WHERE (g.account_id = ANY('{1}'::bigint[])) AND (COALESCE(g.name, '') ILIKE '%$filter%' OR COALESCE(a.name, '') ILIKE '%$filter%') ORDER BY g.id ASC NULLS FIRST, g.id ASC LIMIT $perpage OFFSET $offset;
SQL
  done
  "${PSQL[@]}" -f "$script" | grep -o 'Time: [0-9.]*' | awk '{print $2}' | paste - - | awk '{print $1 + $2}' \
    | tail -n "$REPEATS" | median
}

printf '%-48s %10s %10s %7s\n' "request (10,000 assets)" "API ms" "SQL ms" "ratio"
for case in "10 1 solar" "100 1 solar" "1000 1 solar" "10 50 solar" "1000 1 asset"; do
  read -r perpage page filter <<< "$case"
  path="/api/v3_0/assets?page=$page&per_page=$perpage&filter=$filter"
  api=$(api_ms "$path")
  sql=$(sql_ms "$perpage" $(( (page - 1) * perpage )) "$filter")
  printf '%-48s %10.2f %10.2f %7.1f\n' "$path" "$api" "$sql" "$(awk -v a="$api" -v b="$sql" 'BEGIN {print a / b}')"
done
echo "peak heap (MiB, -Xmx512m): $(peak_heap)"
