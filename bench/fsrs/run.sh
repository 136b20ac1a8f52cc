#!/usr/bin/env bash
# Side-by-side benchmark of Examloop's FSRS optimiser and the reference optimiser fsrs-rs (npm package
# @open-spaced-repetition/binding), on histories of simulated learners (ts-fsrs) and on every real review log in
# ../shared/corpora/revlogs/ (relative to the repository; there may be none). See README.md here.
#
# usage: bench/fsrs/run.sh
# settings (environment): SIZES (reviews per simulated log, default 1000,10000,100000; add 1000000 for the large
#   run, which takes minutes), LEARNERS (default 1,2), REVLOGS (folder of real logs), JAVA_HOME.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../lib.sh"

command -v node >/dev/null || { echo "bench: Node.js 20 or newer is needed" >&2; exit 3; }
if [ ! -d "$here/node_modules/@open-spaced-repetition/binding" ] || [ ! -d "$here/node_modules/ts-fsrs" ]; then
  # npm install, not npm ci: the lock file leaves out the binding's optional packages for other platforms,
  # which npm ci (npm 11) counts as out of step; npm install still takes the locked versions.
  echo "bench: installing the npm packages (npm install)…" >&2
  (cd "$here" && npm install --no-audit --no-fund >&2)
fi
jdk="$(bench_jdk)"
ensure_app_jar
out="$here/out/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
jar="$(snapshot_jar "$out")"
{
  machine_summary "$jdk"
  echo "node: $(node --version); binding $(node -p "require('$here/node_modules/@open-spaced-repetition/binding/package.json').version"); ts-fsrs $(node -p "require('$here/node_modules/ts-fsrs/package.json').version")"
  jar_summary
} | tee "$out/machine.txt"
echo "bench: CPU busy before the run: $(wait_quiet)%" | tee -a "$out/machine.txt"
JAVA_HOME="$jdk" node "$here/bench.mjs" --examloop "$root/examloop" --jar "$jar" --out "$out" \
  --sizes "${SIZES:-1000,10000,100000}" --learners "${LEARNERS:-1,2}" \
  --revlogs "${REVLOGS:-$root/../shared/corpora/revlogs}" | tee "$out/summary.txt"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
echo "raw: $out/results.jsonl"
