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
cp_file="$(mktemp)"
(cd "$root" && mvn -q -B -pl core dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file" >/dev/null)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$root/core/target/classes:$(cat "$cp_file")" "$here/lint/LintBank.java" "${1:-20000}"
rm -f "$cp_file"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
