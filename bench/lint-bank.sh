#!/usr/bin/env bash
# Lints a generated bank of N questions (default 20,000) with the core pack reader and prints the time it took,
# with the load average (the machine may be shared). Decision 0066; figures in docs/performance.md.
# usage: bench/lint-bank.sh [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
source "$here/lib.sh"
JAVA_HOME="$(bench_jdk)"
export JAVA_HOME
(cd "$root" && mvn -q -B -pl core compile >/dev/null)
yaml_jar="$(ls ~/.m2/repository/org/snakeyaml/snakeyaml-engine/*/snakeyaml-engine-*.jar | grep -v sources | tail -n1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$root/core/target/classes:$yaml_jar" "$here/lint/LintBank.java" "${1:-20000}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
