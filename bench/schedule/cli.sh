#!/usr/bin/env bash
# Times the whole `examloop schedule today` command (launcher, JVM start, reading and replaying the log, the plan,
# the output) on a 10,000-review log of 1,000 cards, RUNS times each without and with an exam date. The first run
# of a command records its AOT cache (JDK 25+) and is not timed. Prints each run's wall time and the median, with
# the load average. usage: bench/schedule/cli.sh   (RUNS=7, REVIEWS=10000, CARDS=1000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-7}"
mkdir -p "$here/out"
log="$here/out/revlog-${REVIEWS:-10000}.csv"
[ -f "$log" ] || python3 "$here/make-revlog.py" "${REVIEWS:-10000}" "${CARDS:-1000}" "$log"
common=(schedule today --revlog "$log" --today 2027-03-01 --minutes 30 --seconds-per-review 8 --json)
time_runs() { # label, extra args...
  local label="$1"; shift
  "$root/examloop" "${common[@]}" "$@" > "$here/out/answer-$label.json"
  sleep 2
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$root/examloop" "${common[@]}" "$@" > /dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo "$label: runs ${times[*]} ms; median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms;" \
    "$(grep -o '"[0-9]*"' "$here/out/answer-$label.json" | wc -l) cards listed"
}
echo "# $(date -u +%FT%TZ) load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$log") lines in $log"
time_runs due
time_runs exam --exam-at 2027-03-21T09:00:00Z
time_runs exam-easy --exam-at 2027-03-21T09:00:00Z --easy-days sat,sun
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
