#!/usr/bin/env python3
"""Lines up the slow saves of an answer-load run with the server's GC pauses.

usage: bench/slow-vs-gc.py bench/out/answer-load-STAMP

Reads slow.log (saves over 25 ms: "epoch-ms latency-ms db client workload") and gc-<db>.log (the server's
-Xlog:gc with wall-clock time), and prints, per database / client / workload, how many slow saves were in
flight during a GC pause of the server (give or take 2 ms), and the pauses themselves.
"""
import collections
import datetime
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
pause = re.compile(r"\[([^\]]+)\]\[\d+ms\] GC\(\d+\) (Pause \S+).* ([\d.]+)ms$")

pauses = {}
for log in out.glob("gc-*.log"):
    db = log.stem[len("gc-"):]
    found = []
    for line in log.read_text().splitlines():
        m = pause.match(line.strip())
        if m:
            end = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000
            found.append((end - float(m.group(3)), end, float(m.group(3))))
    pauses[db] = found

slow = collections.defaultdict(list)
slow_log = out / "slow.log"
if slow_log.exists():
    for line in slow_log.read_text().splitlines():
        sent, latency, db, client, workload = line.split()
        slow[(db, client, workload)].append((float(sent), float(latency)))

for (db, client, workload), saves in sorted(slow.items()):
    if client != "app-http":
        print(f"{db} {client} {workload}: {len(saves)} saves over 25 ms (no GC of the server involved)")
        continue
    overlapping = [s for s in saves
                   if any(start - 2 <= s[0] + s[1] and s[0] <= end + 2 for start, end, _ in pauses.get(db, []))]
    first, last = min(s[0] for s in saves), max(s[0] for s in saves)
    during = [p for p in pauses.get(db, []) if first - 1000 <= p[0] <= last + 1000]
    print(f"{db} {client} {workload}: {len(saves)} saves over 25 ms, {len(overlapping)} of them in flight during a "
          f"GC pause; {len(during)} pauses meanwhile, "
          f"longest {max((p[2] for p in during), default=0):.1f} ms, "
          f"mean {sum(p[2] for p in during) / max(1, len(during)):.1f} ms")
