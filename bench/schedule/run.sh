#!/usr/bin/env bash
# The closed-loop schedule simulator (see README.md and docs/schedule.md). Compiles the core, then runs
# ScheduleSimulation.java with the given key=value settings, e.g.
#   bench/schedule/run.sh examDay=60 minutes=25 learners=8
#   bench/schedule/run.sh noExam=true easyDays=sat,sun examDay=120 minutes=60 policies=FSRS,EXAMLOOP
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PATH="$JAVA_HOME/bin:$PATH"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd "$root" && mvn -B -q -o -pl core compile)
fi
echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -XX:+UseSerialGC -cp "$root/core/target/classes" "$here/ScheduleSimulation.java" "$@"
