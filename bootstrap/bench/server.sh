# Shared by the benchmark harnesses (sourced, not run): the server under test and how to read it.
# Expects JAR, PORT and WORK to be set.

# Starts the runnable jar on its embedded default in $WORK/data with -Xmx512m and a GC log, and
# waits until it is ready. Sets SERVER (its pid) and PGPORT (its embedded PostgreSQL's port).
start_server() {
  GRIDFLEX_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT=$PORT GRIDFLEX_ADMIN_EMAIL=bench@example.org \
    GRIDFLEX_ADMIN_PASSWORD=bench-password java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://127.0.0.1:$PORT/api/v3_0/health/ready" >/dev/null 2>&1; do sleep 0.1; done
  PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
  # psql needs the embedded database's password (kept in the data folder; servers before issue 12 trusted anyone)
  PGPASSWORD=$(cat "$WORK/data/postgres-password" 2>/dev/null || echo postgres)
  export PGPASSWORD
}

# A token of the benchmark's admin.
bench_token() {
  curl -s -X POST "http://127.0.0.1:$PORT/api/requestAuthToken" -H 'Content-Type: application/json' \
    -d '{"email": "bench@example.org", "password": "bench-password"}' | sed 's/.*"auth_token":"\([^"]*\)".*/\1/'
}

# The server's peak heap in MiB: the largest heap before a GC, or the heap in use now.
peak_heap() {
  local before_gc used
  before_gc=$(grep -oE '[0-9]+M->' "$WORK/gc.log" 2>/dev/null | tr -dc '0-9\n' | sort -n | tail -1)
  used=$(jstat -gc "$SERVER" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
  echo $(( ${before_gc:-0} > used ? ${before_gc:-0} : used ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
