#!/usr/bin/env bash
# Cold start of `examloop serve` to the first page served: from the start of the process to the first
# GET / that answers 200, polled every 50 ms. Each run gets a fresh --data folder (so Flyway creates the
# SQLite schema: a true first start) and a free port; the jar is built before the first run and not timed.
#
# Three ways to start, interleaved run by run so that a disturbance of the machine hits all of them:
#   jar                  $JDK/bin/java -jar examloop.jar serve ...   (a private copy of app/target/examloop.jar)
#   launcher             examloop serve ...    with JAVA_HOME unset (it probes every JDK under /usr/lib/jvm)
#   launcher+JAVA_HOME   examloop serve ...    with JAVA_HOME set to that JDK (it probes only that one)
#
# The launcher runs from a private mirror of the tree: the ./examloop script, pom.xml, core/, app/ and packs/
# (sources only, their times kept) and the same jar, made newer than every source. So it does all it does on
# an up-to-date checkout (find a JDK, look for a changed source) but never rebuilds because someone edits the
# real tree meanwhile. A run in which it rebuilt anyway is void and done again.
#
# Before each run it waits (up to QUIET_WAIT=15 s) for the machine to be quiet (< QUIET_BUSY=20 % CPU busy)
# and prints how busy it was, and after it how much CPU other processes used during it (a run that others
# disturbed shows it; none is dropped).
#
# Then, as the launcher's own cost is small beside a start of the server and drowns in its variance, it times
# `examloop --version` the three ways (RUNS times each, interleaved): the difference is what the launcher adds.
#
# usage: bench/startup.sh            (RUNS=5 by default: 16 starts, about 4-5 min on a 2-CPU machine)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

runs="${RUNS:-5}"
mkdir -p "$bench_dir/out"
log_file="$bench_dir/out/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
exec > >(tee "$log_file") 2>&1
jdk="$(bench_jdk)"
ensure_app_jar
work="$(mktemp -d "${TMPDIR:-/tmp}/examloop-startup.XXXXXX")"
jar="$(snapshot_jar "$work")"
mirror="$work/tree"
mkdir -p "$mirror/app/target"
cp -p "$root/examloop" "$mirror/examloop"
(cd "$root" && tar -cf - --exclude=target pom.xml core app packs) | (cd "$mirror" && tar -xpf -)
# The jar and, beside it, what the build unpacked with the AOT cache of its training run (app/pom.xml): times kept,
# since the cache fits only the jars it was made from, and the launcher uses the unpacking only if it is newer.
cp -p "$root/app/target/examloop.jar" "$mirror/app/target/examloop.jar"
if [ -d "$root/app/target/app" ]; then cp -a "$root/app/target/app" "$mirror/app/target/app"; fi
machine_summary "$jdk"
jar_summary
probed=0
for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
  [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] && probed=$((probed + 1))
done
echo "without JAVA_HOME the launcher probes $probed JDK folder(s) here (one 'java -XshowSettings' each)"
echo

variants=(jar launcher launcher+JAVA_HOME)
declare -A times cpus
server_pid=""
data_dir=""
cleanup() {
  [ -n "$server_pid" ] && stop_pid "$server_pid"
  [ -n "$data_dir" ] && rm -rf "$data_dir"
  rm -rf "$work"
  return 0
}
trap cleanup EXIT

# Sets run_seconds (process start to the first 200 of GET /) and run_void (the launcher rebuilt).
one_run() {
  local variant="$1" port t0 t1 log
  port="$(free_port)"
  data_dir="$(mktemp -d "$work/data.XXXXXX")"
  log="$work/server.log"
  stat0="$(head -n1 /proc/stat)"
  t0="$(now_ns)"
  case "$variant" in
    jar) "$jdk/bin/java" -jar "$jar" serve --port "$port" --data "$data_dir" >"$log" 2>&1 & ;;
    launcher) env -u JAVA_HOME "$mirror/examloop" serve --port "$port" --data "$data_dir" >"$log" 2>&1 & ;;
    launcher+JAVA_HOME) JAVA_HOME="$jdk" "$mirror/examloop" serve --port "$port" --data "$data_dir" >"$log" 2>&1 & ;;
  esac
  server_pid=$!
  if ! wait_200 "http://127.0.0.1:$port/" 180 "$server_pid"; then
    sed 's/^/  server: /' "$log" >&2
    exit 1
  fi
  t1="$(now_ns)"
  stat1="$(head -n1 /proc/stat)"
  # CPU of the server process (and of its children, the launcher's JDK probes) from its start until now.
  own="$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$server_pid/stat" 2>/dev/null || echo 0)"
  run_others="$(awk -v a="$stat0" -v b="$stat1" -v own="$own" -v ns="$((t1 - t0))" 'BEGIN {
    split(a, x, " "); split(b, y, " "); busy = 0
    for (i = 2; i <= 9; i++) busy += y[i] - x[i]
    busy -= (y[5] - x[5]) + (y[6] - x[6])
    printf "%.2f", (busy - own) / 100 / (ns / 1e9) }')"
  run_own="$(awk -v own="$own" -v ns="$((t1 - t0))" 'BEGIN { printf "%.2f", own / 100 / (ns / 1e9) }')"
  run_cpu="$(awk -v own="$own" 'BEGIN { printf "%.1f", own / 100 }')"
  run_void=""
  grep -q "examloop: building" "$log" && run_void=yes
  stop_pid "$server_pid"
  server_pid=""
  rm -rf "$data_dir"
  data_dir=""
  run_seconds="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
}

# One start that is not counted: it brings the jar and the JDK into the page cache, as on any machine
# that has run the application before (a cold start of the process, not of the disk).
one_run jar
echo "warming the page cache (not counted): jar $run_seconds s"
one_run launcher # its first run also copies the application into the launcher's cache folder
echo "warming the page cache (not counted): launcher $run_seconds s"
for run in $(seq 1 "$runs"); do
  for variant in "${variants[@]}"; do
    for try in 1 2 3; do
      busy="$(QUIET_WAIT="${QUIET_WAIT:-15}" wait_quiet)"
      one_run "$variant"
      [ -z "$run_void" ] && break
      echo "run $run  $variant: the launcher rebuilt the application; void, again" >&2
    done
    [ -n "$run_void" ] && { echo "bench: the launcher rebuilt on every try" >&2; exit 1; }
    times[$variant]="${times[$variant]:-} $run_seconds"
    cpus[$variant]="${cpus[$variant]:-} $run_cpu"
    printf 'run %d  %-20s %6s s   CPU %5s s   (machine %s%% busy just before; during the run the server used %s cores, others %s)\n' \
        "$run" "$variant" "$run_seconds" "$run_cpu" "$busy" "$run_own" "$run_others"
  done
done

echo
echo "median of $runs runs, process start to first 200 of GET / (wall clock), and the CPU time the process"
echo "(JVM and, for the launcher, its JDK probes) used until then; the CPU time hardly depends on how busy"
echo "the machine is, the wall clock does:"
for variant in "${variants[@]}"; do
  m="$(echo "${times[$variant]}" | tr ' ' '\n' | sed '/^$/d' | median)"
  c="$(echo "${cpus[$variant]}" | tr ' ' '\n' | sed '/^$/d' | median)"
  printf '  %-20s %7s s   CPU %5s s   (runs:%s)\n' "$variant" "$m" "$c" "${times[$variant]}"
done

# The launcher's own cost: `--version` starts the JVM and the CLI but no server.
declare -A version_times
for run in $(seq 1 "$runs"); do
  for variant in "${variants[@]}"; do
    t0="$(now_ns)"
    case "$variant" in
      jar) "$jdk/bin/java" -jar "$jar" --version >/dev/null 2>&1 ;;
      launcher) env -u JAVA_HOME "$mirror/examloop" --version >/dev/null 2>&1 ;;
      launcher+JAVA_HOME) JAVA_HOME="$jdk" "$mirror/examloop" --version >/dev/null 2>&1 ;;
    esac
    t1="$(now_ns)"
    version_times[$variant]="${version_times[$variant]:-} $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  done
done
echo
echo "median of $runs runs of 'examloop --version' (JVM start and CLI, no server): the launcher's own cost"
jar_version="$(echo "${version_times[jar]}" | tr ' ' '\n' | sed '/^$/d' | median)"
for variant in "${variants[@]}"; do
  m="$(echo "${version_times[$variant]}" | tr ' ' '\n' | sed '/^$/d' | median)"
  printf '  %-20s %6s s   (+%s s over java -jar; runs:%s)\n' "$variant" "$m" \
      "$(awk -v a="$m" -v b="$jar_version" 'BEGIN { printf "%.3f", a - b }')" "${version_times[$variant]}"
done
echo
echo "output: $log_file"
