#!/usr/bin/env bash
# The answer-save load benchmark (issue 2): N simulated candidates on loopback save answers to their own
# exam attempts, on SQLite and on PostgreSQL, beside "the limit": the same database write done with plain
# JDBC from as many threads, against the same database, in the same run. See docs/performance.md.
#
# For each database:
#   1. starts `examloop serve` (java -jar, a private copy of app/target/examloop.jar) on a fresh data
#      folder (SQLite) or a fresh schema (PostgreSQL), on a free port;
#   2. app-http: CANDIDATES candidates each POST /api/attempts {"pack":"MLS-C01","mode":"exam"}, all at
#      once, then PUT /api/attempts/{id}/answers/{n} {"selected":["a"],"flagged":false} for n = 1, 2, ...
#      first PREWARM s of them back to back, not measured (the server's JIT warms up), then the workloads:
#        closed: back to back (each candidate sends its next save as soon as the last one is answered)
#        think:  with an exponential think time of mean THINK_MS between a save's answer and the next save
#      each for WARMUP s (not measured) + DURATION s (measured);
#   3. stops the server;
#   4. jdbc-limit: the same workloads with plain JDBC from CANDIDATES threads on the attempts of step 2
#      (read the attempt row, UPDATE attempt_question, commit), on a pool of the application's size;
#   5. removes the data folder / drops the schema.
# Then prints the tables. Everything is bounded: about 2 x (PREWARM + 4 x (WARMUP + DURATION) + 30) s (~6 min).
# "CPU: others" is CPU time of every other process, kernel I/O threads included (fsync-heavy runs show some).
# On a shared machine the load generator waits for quiet before each workload (up to 15 s) and, with RETRIES=1,
# runs a workload again when other processes used more than 0.4 cores meanwhile (which run is kept never
# depends on its latencies); a row still above that gets a warning under the tables.
#
# usage: bench/answer-load.sh
# settings (environment): CANDIDATES=200 PREWARM=30 WARMUP=10 DURATION=20 THINK_MS=1000 DBS="sqlite postgresql"
#   PG_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres"   (a schema bench_* is created in it, then dropped)
#   PSQL="psql -h 127.0.0.1 -U postgres test"                     (how to create and drop that schema)
#   SERVER_JAVA_OPTS=""                                             (JVM options of the server)
#   LOAD_JAVA_OPTS="-Xms1g -Xmx1g"                                  (JVM options of the load generator)
#   WORKLOADS="closed,think"  LIMIT=1                               (LIMIT=0 skips the plain-JDBC baseline)
#   LIMIT_SQL="limit"     "limit app" also runs, over plain JDBC, every statement Attempts.answer runs today
#                         (jdbc-app-sql: + the no-op UPDATE locking the attempt row, + the read of the question row)
#   RETRIES=0                                                       (runs again of a disturbed workload)
#   NEIGHBOUR=""     a CPU-bound neighbour run beside the server for the whole run, e.g. NEIGHBOUR="stress-ng --cpu 1"
#                    (issue 16: the p99 of saves with a busy neighbour; prerequisite: apt-get install stress-ng)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

candidates="${CANDIDATES:-200}"
warmup="${WARMUP:-10}"
duration="${DURATION:-20}"
think_ms="${THINK_MS:-1000}"
prewarm="${PREWARM:-30}"
dbs="${DBS:-sqlite postgresql}"
workloads="${WORKLOADS:-closed,think}"
with_limit="${LIMIT:-1}"
retries="${RETRIES:-0}"
limit_sql="${LIMIT_SQL:-limit}"
# The load generator's own GC pauses would show up as latency: a fixed 1 GiB heap makes them rare.
load_java_opts="${LOAD_JAVA_OPTS:--Xms1g -Xmx1g}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
psql_cmd="${PSQL:-psql -h 127.0.0.1 -U postgres test}"

jdk="$(bench_jdk)"
export JAVA_HOME="$jdk"
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
fi

# The application jar, and the load generator (bench/load, its own Maven project).
ensure_app_jar
load_jar="$bench_dir/load/target/examloop-load.jar"
if [ ! -f "$load_jar" ] || [ -n "$(find "$bench_dir/load/pom.xml" "$bench_dir/load/src" -newer "$load_jar" -type f -print -quit)" ]; then
  echo "bench: building the load generator (bench/load)…" >&2
  (cd "$bench_dir/load" && mvn -B -q -DskipTests package)
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$bench_dir/out/answer-load-$stamp"
mkdir -p "$out"
results="$out/results.tsv"
: >"$results"
work="$(mktemp -d "${TMPDIR:-/tmp}/examloop-load.XXXXXX")"
jar="$(snapshot_jar "$work")"

server_pid=""
schema=""
neighbour_pid=""
cleanup() {
  [ -n "$server_pid" ] && stop_pid "$server_pid"
  [ -n "$neighbour_pid" ] && kill "$neighbour_pid" 2>/dev/null

  if [ -n "$schema" ]; then
    $psql_cmd -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 \
      || echo "bench: could not drop schema $schema; drop it by hand" >&2
  fi
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

{
  machine_summary "$jdk"
  jar_summary
  echo "postgresql: $($psql_cmd -Atq -c 'select version()' 2>/dev/null | cut -d, -f1 || echo 'not reachable')"
  echo "neighbour: ${NEIGHBOUR:-none}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "settings: CANDIDATES=$candidates PREWARM=$prewarm WARMUP=$warmup DURATION=$duration THINK_MS=$think_ms DBS=\"$dbs\" WORKLOADS=$workloads LIMIT=$with_limit LIMIT_SQL=\"$limit_sql\" RETRIES=$retries SERVER_JAVA_OPTS=\"${SERVER_JAVA_OPTS:-}\" LOAD_JAVA_OPTS=\"$load_java_opts\""
} | tee "$out/machine.txt"
echo

if [ -n "${NEIGHBOUR:-}" ]; then
  command -v "${NEIGHBOUR%% *}" >/dev/null || { echo "bench: ${NEIGHBOUR%% *} is not installed (apt-get install stress-ng)" >&2; exit 2; }
  # shellcheck disable=SC2086
  $NEIGHBOUR >/dev/null 2>&1 &
  neighbour_pid=$!
fi

for db in $dbs; do
  data_dir="$(mktemp -d "$work/data-$db.XXXXXX")"
  case "$db" in
    sqlite)
      db_url="jdbc:sqlite:$data_dir/examloop.db"
      serve_db=()
      ;;
    postgresql)
      schema="bench_$(date +%s)_$$"
      $psql_cmd -q -c "CREATE SCHEMA $schema" >/dev/null
      db_url="$pg_url&currentSchema=$schema"
      serve_db=(--db "$db_url")
      ;;
    *) echo "bench: unknown database '$db' (sqlite or postgresql)" >&2; exit 2 ;;
  esac
  echo "== $db: the machine is $(QUIET_WAIT="${QUIET_WAIT:-30}" wait_quiet)% busy before the run"
  port="$(free_port)"
  # shellcheck disable=SC2086
  # The GC log (a line per collection, with wall-clock time) lets slow saves (slow.log) be lined up with pauses.
  # Exposing /actuator/metrics (Hikari's pool timers are recorded anyway) lets the load generator report how
  # the connection pool was used; it changes nothing else.
  "$jdk/bin/java" "-Xlog:gc:file=$out/gc-$db.log:time,uptimemillis" \
      -Dmanagement.endpoints.web.exposure.include=health,metrics ${SERVER_JAVA_OPTS:-} -jar "$jar" \
      serve --port "$port" --data "$data_dir" "${serve_db[@]}" >"$out/server-$db.log" 2>&1 &
  server_pid=$!
  wait_200 "http://127.0.0.1:$port/" 120 "$server_pid" || { cat "$out/server-$db.log" >&2; exit 1; }

  # shellcheck disable=SC2086
  "$jdk/bin/java" "-Xlog:gc:file=$out/gc-load-$db-http.log:time,uptimemillis" $load_java_opts -jar "$load_jar" http --base "http://127.0.0.1:$port" --db "$db" --candidates "$candidates" \
      --prewarm "$prewarm" --warmup "$warmup" --duration "$duration" --think-ms "$think_ms" --workloads "$workloads" \
      --server-pid "$server_pid" --results "$results" --slow-log "$out/slow.log" --slow-ms 25 --retries "$retries" | tee -a "$out/log.txt"

  stop_pid "$server_pid"
  server_pid=""

  if [ "$with_limit" = "1" ]; then
    for statements in $limit_sql; do
      # shellcheck disable=SC2086
      "$jdk/bin/java" "-Xlog:gc:file=$out/gc-load-$db-jdbc-$statements.log:time,uptimemillis" $load_java_opts \
          -jar "$load_jar" jdbc --url "$db_url" --db "$db" --threads "$candidates" --statements "$statements" \
          --warmup "$warmup" --duration "$duration" --think-ms "$think_ms" --workloads "$workloads" \
          --results "$results" --slow-log "$out/slow.log" --slow-ms 25 --retries "$retries" | tee -a "$out/log.txt"
    done
  fi

  rm -rf "$data_dir"
  if [ -n "$schema" ]; then
    $psql_cmd -q -c "DROP SCHEMA $schema CASCADE" >/dev/null
    schema=""
  fi
  echo
done

# The tables (markdown), also written to $out/table.md.
{
  echo "| database | client | workload | workers | pool | saves/s | p50 ms | p90 ms | p99 ms | max ms | errors | p99 < 25 ms |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  awk -F'\t' '{
    workload = $3 == "closed" ? "closed loop" : "think " '"$think_ms"' " ms"
    met = ($11 + 0 < 25 && $7 == 0) ? "yes" : "**no**"
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
      $1, $2, workload, $4, $5, $8, $9, $10, $11, $12, $7, met
  }' "$results"
  echo
  echo "Where the time went (CPU in cores: 2.00 = both CPUs of a 2-CPU machine; pool: share of the window the"
  echo "connections were held, mean hold per save, mean wait for a connection):"
  echo
  echo "| database | client | workload | CPU: server | CPU: postgres | CPU: load generator | CPU: others | iowait | pool held | hold ms | wait ms |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{
    workload = $3 == "closed" ? "closed loop" : "think " '"$think_ms"' " ms"
    server = $15 == "NaN" ? "–" : $15
    postgres = $1 == "postgresql" ? $17 : "–"
    busy = $19 == "NaN" ? "–" : $19 "%"
    held = $20 == "NaN" ? "–" : $20
    wait = $21 == "NaN" ? "–" : $21
    printf "| %s | %s | %s | %s | %s | %s | %s | %s%% | %s | %s | %s |\n",
      $1, $2, workload, server, postgres, $16, $18, $14, busy, held, wait
  }' "$results"
} | tee "$out/table.md"
awk -F'\t' '$18 + 0 > 0.4 { printf "warning: %s %s %s: other processes used %s cores meanwhile; the machine was shared, the figures are disturbed\n", $1, $2, $3, $18 }' "$results" | tee -a "$out/table.md"
echo
echo "results: $out (results.tsv, table.md, log.txt, slow.log: saves over 25 ms, gc-*.log, server-*.log)"
echo "slow saves against GC pauses: bench/slow-vs-gc.py $out"
