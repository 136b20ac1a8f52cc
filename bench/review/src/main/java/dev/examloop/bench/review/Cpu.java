package dev.examloop.bench.review;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much CPU other processes used while a variant was measured (Linux /proc): the machine's busy time minus
 * this JVM and, on PostgreSQL, the backend serving it. On a shared 2-core machine this tells whether a figure
 * was taken in quiet or under someone else's build or benchmark.
 */
final class Cpu {
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long nanos, long busyTicks, long selfNanos, long backendTicks) {}

    private final long backendPid;

    Cpu(long backendPid) {
        this.backendPid = backendPid;
    }

    Snapshot snapshot() {
        long busy = -1;
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            busy = total - Long.parseLong(f[4]) - Long.parseLong(f[5]); // minus idle and iowait
        } catch (Exception e) {
            // not Linux
        }
        long backend = 0;
        if (backendPid > 0) {
            try {
                String stat = Files.readString(Path.of("/proc/" + backendPid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                backend = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                backend = 0;
            }
        }
        long self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Snapshot(System.nanoTime(), busy, self, backend);
    }

    /** Cores used by everybody else between two snapshots (1.0 = one CPU busy all the time); NaN off Linux. */
    static double othersCores(Snapshot a, Snapshot b) {
        if (a.busyTicks() < 0 || b.busyTicks() < 0) {
            return Double.NaN;
        }
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        double busy = (b.busyTicks() - a.busyTicks()) / TICKS_PER_SECOND;
        double mine = (b.selfNanos() - a.selfNanos()) / 1e9 + (b.backendTicks() - a.backendTicks()) / TICKS_PER_SECOND;
        return Math.max(0, busy - mine) / seconds;
    }

    /** Waits, up to {@code maxSeconds}, for a second in which others used less than {@code cores}. */
    double awaitQuiet(double cores, double maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        double others;
        do {
            Snapshot a = snapshot();
            Thread.sleep(1000);
            others = othersCores(a, snapshot());
        } while (others >= cores && System.nanoTime() < deadline);
        return others;
    }
}
