#!/usr/bin/env bash
# JMH benchmarks of the FSRS-6 scheduler of examloop-core (Scheduler.review, preview, retrievability and
# the construction of a Scheduler) and of its optimiser (OptimizerBench: one epoch, one evaluation). See
# docs/performance-review.md and docs/performance.md.
#
# It benchmarks the examloop-core jar installed in ~/.m2 (from the root: mvn -pl core install), so install
# core first when its sources change; the build here never touches core/target.
#
# usage: bench/jmh/run.sh [extra JMH options, e.g. a benchmark regexp such as 'review']
# settings (environment): JMH_OPTS (default: -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc), JAVA_HOME (default: the
#   Temurin 25 JDK). About 2 minutes with the defaults.
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
out="$here/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

echo "jmh: building bench/jmh against $(ls ~/.m2/repository/dev/examloop/examloop-core/0.1.0-SNAPSHOT/*.jar 2>/dev/null | head -n1)…" >&2
mvn -q -B -f "$here/pom.xml" package -DskipTests >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
{
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $("$java" -version 2>&1 | head -n1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/machine.txt"

# shellcheck disable=SC2086
"$java" -jar "$here/target/benchmarks.jar" ${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc} \
    -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

echo
echo "Summary: throughput (JMH score = mean of the iterations, with its 99.9 % error), the median iteration (less"
echo "sensitive to an iteration still warming up with these short settings), one call = 1 / median, allocation per call:"
python3 - "$out/jmh.json" <<'EOF2' || true
import json, statistics, sys
rows = json.load(open(sys.argv[1]))
print(f"{'benchmark':<16} {'states':<11} {'mean ops/s':>12} {'± 99.9%':>11} {'median ops/s':>13} {'ns/op':>8} {'B/op':>6}")
for r in rows:
    if r["mode"] != "thrpt":  # the optimiser's benchmarks: time per operation
        m = r["primaryMetric"]
        print(f"{r['benchmark'].rsplit('.', 2)[1] + '.' + r['benchmark'].rsplit('.', 1)[1]:<28} "
              f"{str(r.get('params', {})):<40} {m['score']:>10.1f} ± {m['scoreError']:.1f} {m['scoreUnit']}")
        continue
    name = r["benchmark"].rsplit(".", 1)[1]
    states = r.get("params", {}).get("states", "-")
    m = r["primaryMetric"]
    median = statistics.median(v for fork in m["rawData"] for v in fork)
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    print(f"{name:<16} {states:<11} {m['score']:>12,.0f} {m['scoreError']:>11,.0f} {median:>13,.0f} "
          f"{1e9 / median:>8.1f} {'' if alloc is None else f'{alloc:.0f}':>6}")
EOF2
echo "raw: $out/jmh.txt, $out/jmh.json"
