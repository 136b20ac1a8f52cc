#!/usr/bin/env python3
"""Lines up the slow saves of an answer-load run with GC pauses and with each other.

usage: bench/slow-vs-gc.py bench/out/answer-load-STAMP

Reads slow.log (saves over 25 ms: "epoch-ms latency-ms db client workload"), gc-<db>.log (the server's
-Xlog:gc, wall-clock times) and gc-load-<db>-<http|jdbc>.log (the load generator's), and prints, per
database / client / workload:
  - how many slow saves were in flight during a GC pause of the server, or of the load generator
    (give or take 2 ms);
  - how they bunch: slow saves less than 200 ms apart are one "stall"; many saves slow at the same moment
    point at something that stopped everything (a pause, a disk flush, a busy machine), not at queueing.
"""
import collections
import datetime
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
PAUSE = re.compile(r"\[([^\]]+)\]\[\d+ms\] GC\(\d+\) (Pause \S+).* ([\d.]+)ms$")


def pauses(log):
    found = []
    if log.exists():
        for line in log.read_text().splitlines():
            m = PAUSE.match(line.strip())
            if m:
                end = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000
                found.append((end - float(m.group(3)), end, float(m.group(3))))
    return found


def overlapping(saves, found):
    return [s for s in saves if any(start - 2 <= s[0] + s[1] and s[0] <= end + 2 for start, end, _ in found)]


def describe(found, saves):
    first, last = min(s[0] for s in saves), max(s[0] + s[1] for s in saves)
    during = [p for p in found if first - 1000 <= p[0] <= last + 1000]
    if not during:
        return "no pause"
    return f"{len(during)} pauses, longest {max(p[2] for p in during):.1f} ms"


slow = collections.defaultdict(list)
slow_log = out / "slow.log"
if slow_log.exists():
    for line in slow_log.read_text().splitlines():
        sent, latency, db, client, workload = line.split()
        slow[(db, client, workload)].append((float(sent), float(latency)))

for (db, client, workload), saves in sorted(slow.items()):
    saves.sort()
    server = pauses(out / f"gc-{db}.log") if client == "app-http" else []
    load = pauses(out / {"app-http": f"gc-load-{db}-http.log", "jdbc-limit": f"gc-load-{db}-jdbc-limit.log",
                         "jdbc-app-sql": f"gc-load-{db}-jdbc-app.log"}.get(client, "none"))
    stalls = [[saves[0]]]
    for s in saves[1:]:
        if s[0] - stalls[-1][-1][0] > 200:
            stalls.append([s])
        else:
            stalls[-1].append(s)
    sizes = sorted((len(x) for x in stalls), reverse=True)
    print(f"{db} {client} {workload}: {len(saves)} saves over 25 ms")
    if client == "app-http":
        print(f"    in flight during a server GC pause: {len(overlapping(saves, server))} "
              f"({describe(server, saves)} around them)")
    print(f"    in flight during a load-generator GC pause: {len(overlapping(saves, load))} "
          f"({describe(load, saves)} around them)")
    if workload != "closed":  # in the closed loop nearly every save waits; bunching says nothing there
        print(f"    bunched in {len(stalls)} stalls; the biggest: {sizes[:8]}")
