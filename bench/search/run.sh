#!/usr/bin/env bash
# The search and map benchmark: GET /api/search over 100,000 documents of one learner, on SQLite (FTS5) and on
# PostgreSQL (tsvector + GIN), and the map page with about 2,000 nodes drawn in headless Chromium.
# See docs/performance.md ("Search and the map").
#
# For each database:
#   1. a fresh data folder in $TMPDIR (SQLite) or a fresh schema search_bench_<pid> (PostgreSQL);
#   2. the application started once on it, so that its own Flyway migrations make the schema (and it indexes
#      the bundled packs' questions), then stopped;
#   3. DOCS synthetic documents written for account 'local' (search_document and search_tag; the FTS5 triggers
#      or the stored tsvector index them as they do the application's writes): titles and bodies of exam words
#      with a Zipf-like skew, two tags each from 2,000 tags in clusters of five (so that the map has about 2,000
#      nodes and 4,000 co-occurrence relations);
#   4. the application started again; GET /api/search timed over HTTP for a fixed mix of queries (one common
#      word, two words, rare words, phrases, prefixes, filters, stemmed forms), ITERATIONS requests one after
#      another after 300 warm-up requests: p50, p95, p99, max;
#   5. /map opened MAP_RUNS times in headless Chromium: how long /api/map takes on the server, and how long the
#      browser takes from its response to the first frame of the drawn map;
#   6. the server stopped, the folder removed / the schema dropped (also on Ctrl-C).
# Output: bench/search/out/<time>/ (logs, results.tsv).
#
# usage: bench/search/run.sh
# settings (environment): DBS="sqlite postgres" DOCS=100000 ITERATIONS=2000 MAP_RUNS=5
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres JAVA_HOME (default: the newest JDK 21+)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/bench/lib.sh"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA_HOME="$(bench_jdk)"
export JAVA_HOME
java="$JAVA_HOME/bin/java"
dbs="${DBS:-sqlite postgres}"
docs="${DOCS:-100000}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
pg_user="${PG_USER:-postgres}"
out="$here/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

ensure_app_jar
echo "search-bench: building bench/search…" >&2
mvn -q -B -f "$here/pom.xml" package -DskipTests >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
bench_jar="$here/target/search-bench.jar"
work="$(mktemp -d "${TMPDIR:-/tmp}/examloop-search-bench.XXXXXX")"
app="$(snapshot_jar "$work")"
{ machine_summary "$JAVA_HOME"; jar_summary; } | tee "$out/machine.txt"

server=""
schema="search_bench_$$"
cleanup() {
  [ -n "$server" ] && stop_pid "$server"
  if [[ " $dbs " == *" postgres "* ]] && command -v psql >/dev/null; then
    psql -q -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

base=""
start_server() { # $1 data folder, $2 JDBC URL, $3 log; sets server (its pid) and base (its address)
  local port; port="$(free_port)"
  "$java" -jar "$app" serve --port "$port" --data "$1" --db "$2" >"$3" 2>&1 &
  server=$!
  base="http://127.0.0.1:$port"
  wait_200 "$base/actuator/health" 180 "$server"
}

for db in $dbs; do
  data="$work/$db"
  mkdir -p "$data"
  if [ "$db" = sqlite ]; then
    url="jdbc:sqlite:$data/examloop.db"; load_url="$url"; load_user=""
  else
    psql -q -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -c "CREATE SCHEMA $schema" >/dev/null
    url="$pg_url?user=$pg_user&currentSchema=$schema"; load_url="$pg_url?currentSchema=$schema"; load_user="$pg_user"
  fi
  echo "search-bench: $db: migrating…" >&2
  start_server "$data" "$url" "$out/$db-server-1.log"
  stop_pid "$server"; server=""
  echo "search-bench: $db: loading $docs documents…" >&2
  "$java" -jar "$bench_jar" load "$load_url" "$load_user" "$docs" | tee "$out/$db-load.log" >&2
  start_server "$data" "$url" "$out/$db-server-2.log"
  echo "search-bench: $db: busy CPU before measuring: $(wait_quiet)%" >&2
  "$java" -jar "$bench_jar" query "$base" "${ITERATIONS:-2000}" | sed "s/^RESULT\t/RESULT\t$db\tsearch /" | tee "$out/$db-query.log"
  "$java" -jar "$bench_jar" map "$base" "${MAP_RUNS:-5}" | sed "s/^RESULT\t/RESULT\t$db\t/" | tee "$out/$db-map.log"
  stop_pid "$server"; server=""
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
cat "$out"/*-query.log "$out"/*-map.log | grep '^RESULT' >"$out/results.tsv" || true
echo "search-bench: results in $out/results.tsv" >&2
