package dev.examloop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU accounting from /proc (Linux): the whole machine, the server process, and this load generator. */
final class Cpu {
    /** Linux reports process times in USER_HZ ticks, 100 per second on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(
            long nanos,
            long machineTotal,
            long machineIdle,
            long machineIowait,
            long serverTicks,
            long postgresTicks,
            long selfNanos) {}

    /**
     * Where the CPU went, in cores (1.0 = one CPU busy all the time) except the machine percentages. {@code
     * otherCores} is what nobody of this benchmark used: the machine's busy time minus the server, the PostgreSQL
     * processes and this load generator (on a shared machine, someone else's build shows up here).
     */
    record Usage(
            double machineBusyPercent,
            double machineIowaitPercent,
            double serverCores,
            double postgresCores,
            double selfCores,
            double otherCores) {
        static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        /** On a run without PostgreSQL, whatever PostgreSQL did was someone else's work. */
        Usage withoutPostgres() {
            return Double.isNaN(postgresCores)
                    ? this
                    : new Usage(
                            machineBusyPercent,
                            machineIowaitPercent,
                            serverCores,
                            postgresCores,
                            selfCores,
                            otherCores + postgresCores);
        }
    }

    private Cpu() {}

    static Snapshot snapshot(long serverPid) {
        long total = -1, idle = -1, iowait = -1;
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            idle = Long.parseLong(f[4]);
            iowait = Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            // not Linux: no machine figures
        }
        long server = -1;
        if (serverPid > 0) {
            try {
                String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                server = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                server = -1;
            }
        }
        long self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Snapshot(System.nanoTime(), total, idle, iowait, server, postgresTicks(), self);
    }

    /** CPU ticks of every process named postgres (the server and its backends), or -1 without /proc. */
    private static long postgresTicks() {
        long sum = 0;
        try (var pids = Files.newDirectoryStream(
                Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path pid : pids) {
                try {
                    String stat = Files.readString(pid.resolve("stat"));
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    if (!stat.substring(open + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).trim().split("\\s+");
                    sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    static Usage between(Snapshot a, Snapshot b) {
        if (a == null || b == null) {
            return Usage.NONE;
        }
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        double busy = Double.NaN, io = Double.NaN;
        if (a.machineTotal() >= 0 && b.machineTotal() > a.machineTotal()) {
            double total = b.machineTotal() - a.machineTotal();
            busy = 100.0
                    * (total - (b.machineIdle() - a.machineIdle()) - (b.machineIowait() - a.machineIowait()))
                    / total;
            io = 100.0 * (b.machineIowait() - a.machineIowait()) / total;
        }
        double server = a.serverTicks() >= 0 && b.serverTicks() >= 0
                ? (b.serverTicks() - a.serverTicks()) / TICKS_PER_SECOND / seconds
                : Double.NaN;
        double self = (b.selfNanos() - a.selfNanos()) / 1e9 / seconds;
        // Postgres backends that ended between the snapshots are lost; good enough for a pool that stays open.
        double postgres = a.postgresTicks() >= 0 && b.postgresTicks() >= 0
                ? Math.max(0, b.postgresTicks() - a.postgresTicks()) / TICKS_PER_SECOND / seconds
                : Double.NaN;
        int cpus = Runtime.getRuntime().availableProcessors();
        double other = Double.isNaN(busy)
                ? Double.NaN
                : busy / 100.0 * cpus
                        - self
                        - (Double.isNaN(server) ? 0 : server)
                        - (Double.isNaN(postgres) ? 0 : postgres);
        return new Usage(busy, io, server, postgres, self, other);
    }
}
