#!/usr/bin/env bash
# The daily-queue benchmark: how long Cards.queue()'s reads take for one learner with 50,000 cards and
# 1,000,000 logged reviews, on SQLite and on PostgreSQL. See docs/performance-review.md.
#
# For each database:
#   1. a fresh SQLite file in $TMPDIR, or a fresh schema queue_bench_<pid> in PostgreSQL;
#   2. the schema made by the application's Flyway migrations (app/src/main/resources/db/migration);
#   3. bulk-loaded data: account 'local' with CARDS cards, REVIEWS review_log rows over 90 days and one
#      card_outcome per review plus the mistakes that made the cards; 2 other accounts with a tenth of that;
#   4. the SQL of CardStore and the steps of Cards.queue() (checked verbatim against the sources first), timed
#      as variants (see QueueBench): app (as in the working tree); app-no-v4 (without V4's partial index
#      card_due_reviewed); and the diagnostic fresh-exact (fresh()'s exact LIMIT), cache-64mb (SQLite, 64 MB
#      page cache), fewer-trips (settings cached, both counts in one statement) and app-again (app once
#      more, last: the control for the order of the variants). Each is
#      warmed up and timed over ITERATIONS queue reads (DIAG_ITERATIONS for the diagnostic ones),
#      p50/p99/max, with the CPU that other processes used meanwhile;
#   5. the file is removed / the schema dropped (also on Ctrl-C).
# Plans (PostgreSQL: EXPLAIN ANALYZE) go to bench/review/out/<time>/explain-<db>.txt, the full logs beside them.
# Everything is bounded: about 2 minutes per database on a quiet 2-core machine, plus the build.
#
# usage: bench/review/run.sh
# settings (environment): DBS="sqlite postgres" CARDS=50000 REVIEWS=1000000 ITERATIONS=1000 DIAG_ITERATIONS=300
#   BUDGET=45 (s per variant) JAVA_HOME (default: the Temurin 25 JDK)
#   PG_URL="jdbc:postgresql://127.0.0.1:5432/test" PG_USER=postgres
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ -z "${JAVA_HOME:-}" ]; then
  source "$root/bench/lib.sh"
  JAVA_HOME="$(bench_jdk)"
  export JAVA_HOME
fi
java="$JAVA_HOME/bin/java"
dbs="${DBS:-sqlite postgres}"
out="$here/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

echo "queue-bench: building bench/review (JDK: $JAVA_HOME)…" >&2
mvn -q -B -f "$here/pom.xml" package -DskipTests >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
jar="$here/target/queue-bench.jar"

{
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $("$java" -version 2>&1 | head -n1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true   # its shutdown hook removes the file / drops the schema
    wait "$pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

for db in $dbs; do
  echo "queue-bench: $db…" >&2
  "$java" -Xms1g -Xmx4g -jar "$jar" "$db" --repo "$root" --out "$out" \
      --cards "${CARDS:-50000}" --reviews "${REVIEWS:-1000000}" \
      --iterations "${ITERATIONS:-1000}" --diag-iterations "${DIAG_ITERATIONS:-300}" \
      --budget-seconds "${BUDGET:-45}" \
      --pg-url "${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}" --pg-user "${PG_USER:-postgres}" \
      >"$out/$db.log" 2>"$out/$db.err" &
  pid=$!
  if ! wait "$pid"; then
    echo "queue-bench: $db failed, see $out/$db.err:" >&2
    tail -n 20 "$out/$db.err" >&2
  fi
  pid=""
  grep -v '^RESULT' "$out/$db.log" >&2 || true
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

cat "$out"/*.log | grep '^RESULT' >"$out/results.tsv" || true
echo
echo "One queue() read (settings, red, due, introducedSince, fresh, countDue, countRed), ms; target p99 < 10 ms:"
printf '%-8s %-14s %6s %8s %8s %8s  %-7s %-6s  %s\n' db variant n p50 p99 max target others p50/p99-per-statement
awk -F'\t' '$1 == "RESULT" {
  met = ($6 + 0 < 10) ? "met" : "NOT met"
  printf "%-8s %-14s %6d %8.2f %8.2f %8.2f  %-7s %-6s  %s\n", $2, $3, $4, $5, $6, $7, met, $11, $9
}' "$out/results.tsv"
echo
echo "(others = cores used by other processes while measuring; above ~0.3 the figures are disturbed)"
echo "plans: $out/explain-*.txt   logs: $out/"
