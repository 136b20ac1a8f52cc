# Helpers shared by the benchmark scripts of bench/ (sourced, not run).
# shellcheck shell=bash

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
app_jar="$root/app/target/examloop.jar"

java_major() { # the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1 | cut -d. -f1 || echo 0
}

# The JDK the benchmarks run with: JAVA_HOME when it is 21 or newer, otherwise the newest JDK 21+ under
# /usr/lib/jvm, which is what ./examloop picks too (the java on PATH may be older).
bench_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_version=0 dir version
  for dir in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ] || continue
    version="$(java_major "$dir/bin/java")"
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best="$dir"; best_version="$version"
    fi
  done
  if [ -z "$best" ]; then
    echo "bench: no JDK 21 or newer found (set JAVA_HOME)" >&2
    exit 3
  fi
  echo "$best"
}

# Sources newer than the application jar, as ./examloop sees them (it rebuilds when there is one).
stale_source() {
  find "$root/pom.xml" "$root/core" "$root/app" "$root/packs" -newer "$app_jar" \
      -not -path '*/target/*' -type f -print -quit 2>/dev/null
}

# Builds app/target/examloop.jar with ./examloop build unless it is there and up to date. When the build fails
# (a tree in the middle of someone's change) and a jar is there, the benchmark goes on with that jar and says so.
ensure_app_jar() {
  if [ ! -f "$app_jar" ] || [ -n "$(stale_source)" ]; then
    echo "bench: building the application jar (./examloop build)…" >&2
    if ! "$root/examloop" build >"${TMPDIR:-/tmp}/examloop-bench-build.log" 2>&1; then
      if [ -f "$app_jar" ]; then
        echo "bench: warning: the build failed (see ${TMPDIR:-/tmp}/examloop-bench-build.log); benchmarking the jar that is there, built $(date -u -r "$app_jar" '+%Y-%m-%d %H:%M:%S UTC')" >&2
        return 0
      fi
      cat "${TMPDIR:-/tmp}/examloop-bench-build.log" >&2
      echo "bench: the build failed and there is no jar to benchmark" >&2
      exit 1
    fi
  fi
  if [ -n "$(stale_source)" ]; then
    echo "bench: warning: $(stale_source) is still newer than the jar; ./examloop will rebuild on every start" >&2
  fi
}

# A TCP port nobody listens on now (the OS picks it).
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return
    fi
  done
}

now_ns() { if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME/./}000"; else date +%s%N; fi; }

# Waits until GET $1 answers 200, polling every 50 ms, for at most $2 seconds; fails when process $3 died.
# The poll costs next to no CPU (bash built-ins: /dev/tcp, read -t on a FIFO, EPOCHREALTIME), as a start of
# the server is CPU-bound and a curl process every 50 ms would take half a CPU of a 2-CPU machine from it.
wait_200() {
  local url="$1" limit_s="$2" pid="${3:-}"
  if [ -z "${EPOCHREALTIME:-}" ] || [[ ! "$url" =~ ^http://([^/:]+):([0-9]+)(/.*)?$ ]]; then
    wait_200_curl "$@"; return
  fi
  local host="${BASH_REMATCH[1]}" port="${BASH_REMATCH[2]}" path="${BASH_REMATCH[3]:-/}"
  local fifo fd sleep_fd line deadline
  fifo="$(mktemp -u "${TMPDIR:-/tmp}/examloop-bench-sleep.XXXXXX")"
  mkfifo "$fifo"
  exec {sleep_fd}<>"$fifo"
  rm -f "$fifo"
  deadline=$(( ${EPOCHREALTIME/./} + limit_s * 1000000 ))
  while :; do
    if { exec {fd}<>"/dev/tcp/$host/$port"; } 2>/dev/null; then
      printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$host" >&"$fd"
      line=""
      read -r -t 5 -u "$fd" line || true
      if [[ "$line" == "HTTP/1."?" 200"* ]]; then
        cat <&"$fd" >/dev/null  # the whole page, as a browser would get it
        exec {fd}>&-
        exec {sleep_fd}>&-
        return 0
      fi
      exec {fd}>&-
    fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: the server (pid $pid) exited before answering $url" >&2
      exec {sleep_fd}>&-
      return 1
    fi
    if [ "${EPOCHREALTIME/./}" -gt "$deadline" ]; then
      echo "bench: $url did not answer 200 within ${limit_s} s" >&2
      exec {sleep_fd}>&-
      return 1
    fi
    read -r -t 0.05 -u "$sleep_fd" _ || true
  done
}

# The same with curl (for a bash without EPOCHREALTIME).
wait_200_curl() {
  local url="$1" limit_s="$2" pid="${3:-}" deadline code
  deadline=$(( $(now_ns) + limit_s * 1000000000 ))
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null || true)"
    [ "$code" = "200" ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: the server (pid $pid) exited before answering $url" >&2
      return 1
    fi
    if [ "$(now_ns)" -gt "$deadline" ]; then
      echo "bench: $url did not answer 200 within ${limit_s} s" >&2
      return 1
    fi
    sleep 0.05
  done
}

# Stops the process $1 (the server we started): SIGTERM, then SIGKILL after 20 s.
stop_pid() {
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  echo "bench: pid $pid did not stop within 20 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# The median of the numbers on stdin.
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

machine_summary() {
  local jdk="$1"
  echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
  echo "jdk: $("$jdk/bin/java" -version 2>&1 | head -n2 | tail -n1)"
  echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Percent of the machine's CPU time that was busy (not idle, not iowait) over the next $1 seconds.
cpu_busy_percent() {
  local a b
  a="$(head -n1 /proc/stat)"
  sleep "${1:-1}"
  b="$(head -n1 /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x, " "); split(b, y, " "); total = 0
    for (i = 2; i <= 9 && i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%.0f\n", (total > 0 ? 100 * (total - idle) / total : 0) }'
}

# This machine may be shared: waits (at most QUIET_WAIT seconds, default 90) until less than QUIET_BUSY
# percent (default 20) of its CPU is busy, so that a measurement does not start in the middle of someone
# else's build. Prints the busy percent it saw last; never fails.
wait_quiet() {
  local limit="${QUIET_WAIT:-90}" threshold="${QUIET_BUSY:-20}" waited=0 busy
  while :; do
    busy="$(cpu_busy_percent 1)"
    if [ "$busy" -lt "$threshold" ] || [ "$waited" -ge "$limit" ]; then
      [ "$busy" -ge "$threshold" ] && echo "bench: warning: the machine is still ${busy}% busy after ${waited} s of waiting; measuring anyway" >&2
      echo "$busy"
      return 0
    fi
    waited=$((waited + 1))
  done
}

# A private copy of the application jar, so that a rebuild by someone else during the run cannot change it.
snapshot_jar() {
  local dir="$1"
  cp "$app_jar" "$dir/examloop.jar"
  echo "$dir/examloop.jar"
}

jar_summary() {
  echo "jar: $app_jar ($(du -h "$app_jar" | cut -f1), built $(date -u -r "$app_jar" '+%Y-%m-%d %H:%M:%S UTC'), sha256 $(sha256sum "$app_jar" | cut -c1-12))"
}
