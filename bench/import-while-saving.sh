#!/usr/bin/env bash
# Long writes beside an exam (issue 16): on SQLite and on PostgreSQL,
#   1. import speed: a review log of IMPORT_ROWS (100,000) rows posted to /api/review/log on a fresh database,
#      timed from the POST to the background job saying "done";
#   2. saves during an import: CANDIDATES (200) candidates save answers to their exams (bench/load, "think"
#      workload: one save a second each) while a review log of BIG_ROWS (1,000,000) rows is imported; the
#      load generator's p99 and errors are reported with the import's time. The goal is p99 < 1 s, no error.
# Prints the load average before and after each part: the machine may be shared, the figures are taken as is.
#
# usage: bench/import-while-saving.sh
# settings (environment): DBS="sqlite postgresql" IMPORT_ROWS=100000 BIG_ROWS=1000000 CANDIDATES=200
#   DURATION=150 (s of measured saves; the import must end within it)
#   PG_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres"  PSQL="psql -h 127.0.0.1 -U postgres test"
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dbs="${DBS:-sqlite postgresql}"
import_rows="${IMPORT_ROWS:-100000}"
big_rows="${BIG_ROWS:-1000000}"
candidates="${CANDIDATES:-200}"
duration="${DURATION:-150}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
psql_cmd="${PSQL:-psql -h 127.0.0.1 -U postgres test}"

jdk="$(bench_jdk)"
export JAVA_HOME="$jdk"
export PATH="$JAVA_HOME/bin:$PATH"
ensure_app_jar
load_jar="$bench_dir/load/target/examloop-load.jar"
if [ ! -f "$load_jar" ] || [ -n "$(find "$bench_dir/load/pom.xml" "$bench_dir/load/src" -newer "$load_jar" -type f -print -quit)" ]; then
  (cd "$bench_dir/load" && mvn -B -q -DskipTests package)
fi
out="$bench_dir/out/import-while-saving-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/examloop-import.XXXXXX")"
jar="$(snapshot_jar "$work")"
server_pid=""
schema=""
cleanup() {
  [ -n "$server_pid" ] && stop_pid "$server_pid"
  [ -n "$schema" ] && $psql_cmd -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

# A log of $1 rows: cards of 20 reviews a day apart, every fifth one "Again", numbered from $2.
make_log() {
  awk -v rows="$1" -v first="$2" 'BEGIN {
    print "card_id,review_time,review_rating,review_state,review_duration"
    for (i = 0; i < rows; i++) {
      card = first + int(i / 20); k = i % 20
      printf "%d,%d,%d,%d,%d\n", card, 1700000000000 + k * 86400000 + card, (k % 5 == 4 ? 1 : 3), (k == 0 ? 0 : 2), 1000 + k
    }
  }'
}
make_log "$import_rows" 1000000 >"$work/import.csv"
make_log "$big_rows" 5000000 >"$work/big.csv"

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

# Posts the CSV $2 to server $1 and waits for the job; prints the seconds it took and the job's last state.
import_and_wait() {
  local base="$1" file="$2" start location job status
  start="$(now_ns)"
  location="$(curl -s -D - -o "$work/started.json" -H 'Content-Type: text/csv' --data-binary "@$file" \
      "$base/api/review/log" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  if [ -z "$location" ]; then
    echo "import: no job started: $(head -c 400 "$work/started.json")"; return 1
  fi
  for _ in $(seq 1 6000); do
    job="$(curl -s "$base$location")"
    status="$(printf '%s' "$job" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')"
    [ "$status" != "running" ] && break
    sleep 0.1
  done
  awk -v s="$start" -v e="$(now_ns)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }'
  echo " s; job: $job"
}

{
  machine_summary "$jdk"
  jar_summary
  echo "settings: DBS=\"$dbs\" IMPORT_ROWS=$import_rows BIG_ROWS=$big_rows CANDIDATES=$candidates DURATION=$duration"
} | tee "$out/machine.txt"

for db in $dbs; do
  data_dir="$(mktemp -d "$work/data-$db.XXXXXX")"
  serve_db=()
  if [ "$db" = postgresql ]; then
    schema="bench_$(date +%s)_$$"
    $psql_cmd -q -c "CREATE SCHEMA $schema" >/dev/null
    serve_db=(--db "$pg_url&currentSchema=$schema")
  fi
  port="$(free_port)"
  "$jdk/bin/java" -jar "$jar" serve --port "$port" --data "$data_dir" "${serve_db[@]}" >"$out/server-$db.log" 2>&1 &
  server_pid=$!
  wait_200 "http://127.0.0.1:$port/" 180 "$server_pid" || { cat "$out/server-$db.log" >&2; exit 1; }
  base="http://127.0.0.1:$port"

  echo "== $db: import of $import_rows reviews (load average $(load_avg))" | tee -a "$out/log.txt"
  echo "$db import $import_rows: $(import_and_wait "$base" "$work/import.csv" | cut -c1-300)" | tee -a "$out/log.txt"

  echo "== $db: $candidates candidates saving while $big_rows reviews are imported (load average $(load_avg))" | tee -a "$out/log.txt"
  "$jdk/bin/java" -Xms1g -Xmx1g -jar "$load_jar" http --base "$base" --db "$db" --candidates "$candidates" \
      --prewarm 10 --warmup 5 --duration "$duration" --think-ms 1000 --workloads think \
      --server-pid "$server_pid" --results "$out/results-$db.tsv" --slow-log "$out/slow-$db.log" --slow-ms 1000 \
      --retries 0 >"$out/load-$db.txt" 2>&1 &
  load_pid=$!
  sleep 20 # the candidates have started their exams and are saving, measured
  echo "$db import $big_rows during saves: $(import_and_wait "$base" "$work/big.csv" | cut -c1-300)" | tee -a "$out/log.txt"
  wait "$load_pid" || true
  tail -n 5 "$out/load-$db.txt" | tee -a "$out/log.txt"
  awk -F'\t' '{ printf "%s saves during the import: p50 %s ms, p99 %s ms, max %s ms, errors %s, saves/s %s\n", $1, $9, $11, $12, $7, $8 }' \
      "$out/results-$db.tsv" | tee -a "$out/log.txt"
  echo "load average after: $(load_avg)" | tee -a "$out/log.txt"

  stop_pid "$server_pid"
  server_pid=""
  if [ -n "$schema" ]; then
    $psql_cmd -q -c "DROP SCHEMA $schema CASCADE" >/dev/null
    schema=""
  fi
done
echo "results: $out"
