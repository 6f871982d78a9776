#!/usr/bin/env bash
# Community registry benchmark, each figure side by side with its baseline on the same database:
#  1. import: a generated bundle of MEMBERS members (each with a delivery point on a feeder, a PV
#     plant and a meter) over a NODES-node radial grid (1 primary substation, 100 secondary
#     substations, 1,000 transformers, feeders for the rest), posted to POST /admin/import, against
#     psql's \copy of the same rows into the same tables (under another community);
#  2. grid queries through the API (kept-alive connection, QUERIES feeders each): downstream of a
#     feeder and path to the root, against the bare SQL's execution time (EXPLAIN ANALYZE) of the
#     statements the adapter runs.
# The server runs with -Xmx512m; its peak heap is read from its GC log.
#   mvn -B -DskipTests package && bootstrap/bench/community.sh [MEMBERS] [NODES] [QUERIES]
# Needs psql (Debian: postgresql-client), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/gridflex.jar
MEMBERS=${1:-10000}
NODES=${2:-100000}
QUERIES=${3:-200}
PORT=18768
WORK=$(mktemp -d)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f "$JAR" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }

source bootstrap/bench/server.sh
start_server
PSQL=(psql -X -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres)
TOKEN=$(bench_token)
now_ms() { date +%s%3N; }

# The bundle, and the same rows as CSV files for \copy (community id 1000000, made below).
python3 - "$MEMBERS" "$NODES" "$WORK" <<'PY'
import json, sys
members, nodes, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
topology = [{"id": "AC001", "type": "primary_substation", "name": "Primary"}]
secondaries = [f"SS{i:03d}" for i in range(100)]
transformers = [f"TR{i:04d}" for i in range(1000)]
topology += [{"id": s, "type": "secondary_substation", "name": s, "parent": "AC001"} for s in secondaries]
topology += [{"id": t, "type": "transformer", "name": t, "parent": secondaries[i % 100]} for i, t in enumerate(transformers)]
feeders = [f"F{i:06d}" for i in range(nodes - len(topology))]
topology += [{"id": f, "type": "feeder", "name": f, "parent": transformers[i % 1000]} for i, f in enumerate(feeders)]
people = {}
for i in range(members):
    key = f"m{i:05d}"
    pod = f"IT001E{i:08d}"
    people[key] = {"user_id": f"user{i:05d}", "name": f"Member {i}", "role": "prosumer", "area": "north", "status": "active",
                   "delivery_points": [{"id": pod, "type": "pod", "active": True, "topology_node": feeders[i % len(feeders)]}],
                   "assets": {"pv": {f"pv-{key}": {"name": "PV", "rated_power": 6.0}},
                              "meter": {f"meter-{key}": {"name": "Meter", "sensor_id": f"S{i:06d}", "meter_type": "bidirectional",
                                                         "pod": pod}}}}
bundle = {"version": "1.0", "schema_version": "0.7", "community": {"id": "bench_rec", "name": "Bench REC",
          "areas": {"north": {"name": "North", "boundary": {"source": "gse_cabine_primarie", "id": "AC001"}, "topology": ["AC001"]}},
          "topology": topology}, "members": people}
json.dump({"bundle": bundle, "dry_run": False, "force": False}, open(f"{work}/bundle.json", "w"))
with open(f"{work}/nodes.csv", "w") as out:
    for o, n in enumerate(topology):
        out.write(f"1000000,{o},{n['id']},{n['type']},{n['name']},,{n.get('parent', '')}\n")
with open(f"{work}/members.csv", "w") as m, open(f"{work}/points.csv", "w") as p, open(f"{work}/assets.csv", "w") as a:
    for key, v in people.items():
        m.write(f"1000000,{key},{v['user_id']}x,,{v['name']},,prosumer,north,active\n")
        d = v["delivery_points"][0]
        p.write(f"1000000,{key},0,{d['id']},pod,,,,true,{d['topology_node']}\n")
        a.write(f"1000000,pv-{key},pv,PV,{key},,,\"{{\"\"rated_power\"\": 6.0}}\"\n")
        a.write(f"1000000,meter-{key},meter,Meter,{key},{v['assets']['meter']['meter-' + key]['sensor_id']}x,{d['id']},"
                f"\"{{\"\"meter_type\"\": \"\"bidirectional\"\", \"\"pod\"\": \"\"{d['id']}\"\"}}\"\n")
with open(f"{work}/feeders.txt", "w") as out:
    out.write("\n".join(feeders[:min(members, len(feeders)):max(1, min(members, len(feeders)) // 1000)]))
PY
echo "bundle: $MEMBERS members, $NODES nodes, $(du -m "$WORK/bundle.json" | cut -f1) MB of JSON"

t0=$(now_ms)
code=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/admin/import" -H "Authorization: $TOKEN" \
  -H 'Content-Type: application/json' --data-binary "@$WORK/bundle.json")
import_ms=$(( $(now_ms) - t0 ))
[ "$code" = 200 ] || { echo "import failed ($code): $(head -c 500 "$WORK/report.json")" >&2; exit 1; }

"${PSQL[@]}" -c "INSERT INTO community (id, key, name, settings, details, metadata) VALUES (1000000, 'copy_rec', 'Copy', '{}', '{}', '{}');
  INSERT INTO community_area VALUES (1000000, 0, 'north', 'North', 'AC001', NULL, NULL)" > /dev/null
t0=$(now_ms)
"${PSQL[@]}" -c "\\copy topology_node (community_id, ordinal, id, type, name, operator_id, parent) FROM '$WORK/nodes.csv' CSV"
"${PSQL[@]}" -c "\\copy community_member (community_id, key, user_id, did, name, type, role, area, status) FROM '$WORK/members.csv' CSV"
"${PSQL[@]}" -c "\\copy delivery_point (community_id, member_key, ordinal, point_id, type, description, address, tariff, active, topology_node) FROM '$WORK/points.csv' CSV"
"${PSQL[@]}" -c "\\copy community_asset (community_id, key, asset_type, name, owner, sensor_id, pod, properties) FROM '$WORK/assets.csv' CSV"
copy_ms=$(( $(now_ms) - t0 ))
"${PSQL[@]}" -c "ANALYZE" > /dev/null

echo "import through the API: ${import_ms} ms (goal ≤ 10,000 ms); \\copy of the same rows: ${copy_ms} ms; ratio $(awk -v a=$import_ms -v b=$copy_ms 'BEGIN { printf "%.2f", a / b }')×"

# Grid queries over one kept-alive connection, QUERIES feeders each; medians in ms.
python3 -u - "$PORT" "$TOKEN" "$WORK/feeders.txt" "$QUERIES" <<'PY'
import http.client, sys, time, json, statistics
port, token, feeders, n = int(sys.argv[1]), sys.argv[2], open(sys.argv[3]).read().split(), int(sys.argv[4])
conn = http.client.HTTPConnection("127.0.0.1", port)
def timed(path):
    t = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": token})
    r = conn.getresponse(); body = r.read()
    assert r.status == 200, (r.status, body[:300])
    return (time.perf_counter() - t) * 1000, json.loads(body)
for f in feeders[:20]:
    timed(f"/admin/communities/bench_rec/topology/{f}/downstream")  # warm-up
down = []; path = []
for i in range(n):
    f = feeders[i % len(feeders)]
    ms, body = timed(f"/admin/communities/bench_rec/topology/{f}/downstream"); down.append(ms)
    assert body["totals"]["pv"]["count"] >= 1, body
    ms, body = timed(f"/admin/communities/bench_rec/topology/{f}/path"); path.append(ms)
    assert len(body) == 4, body
tr, _ = timed("/admin/communities/bench_rec/topology/TR0001/downstream")
print(f"downstream of a feeder through the API: median {statistics.median(down):.2f} ms, p95 {sorted(down)[int(0.95 * n)]:.2f} ms (goal ≤ 5 ms)")
print(f"path to the root through the API: median {statistics.median(path):.2f} ms")
print(f"downstream of a transformer (its ~99 feeders and what hangs there): {tr:.2f} ms")
PY
FEEDER=$(sed -n 2p "$WORK/feeders.txt")
# The same three statements the adapter runs (subtree, its delivery points, the assets at them), bare.
POINT=$("${PSQL[@]}" -c "SELECT point_id FROM delivery_point WHERE community_id = 1000000 AND topology_node = '$FEEDER'" | head -1)
OWNER=$("${PSQL[@]}" -c "SELECT member_key FROM delivery_point WHERE community_id = 1000000 AND topology_node = '$FEEDER'" | head -1)
sql_ms=$(for i in $(seq 1 20); do
  for q in "WITH RECURSIVE below AS (SELECT id, type, name, operator_id, parent, ordinal, 0 AS depth FROM topology_node
      WHERE community_id = 1000000 AND id = '$FEEDER' UNION ALL SELECT n.id, n.type, n.name, n.operator_id, n.parent, n.ordinal,
      below.depth + 1 FROM below JOIN topology_node n ON n.community_id = 1000000 AND n.parent = below.id)
      SELECT * FROM below ORDER BY depth, ordinal" \
    "SELECT * FROM delivery_point WHERE community_id = 1000000 AND topology_node = ANY('{$FEEDER}') ORDER BY point_id" \
    "SELECT * FROM community_asset a WHERE community_id = 1000000 AND (pod = ANY('{$POINT}') OR (pod IS NULL AND owner = ANY('{$OWNER}')
      AND (SELECT count(*) FROM delivery_point q WHERE q.community_id = a.community_id AND q.member_key = a.owner) = 1)) ORDER BY key"; do
    "${PSQL[@]}" -c "EXPLAIN (ANALYZE, FORMAT JSON) $q" | grep -o '"Execution Time": [0-9.]*' | awk '{print $3}'
  done | awk '{s += $1} END {print s}'
done | median)
echo "bare SQL of the same downstream (its three statements' execution time, no client, no auth): median ${sql_ms} ms"
echo "peak heap (MiB, -Xmx512m): $(peak_heap)"
