package dev.examloop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU accounting from /proc (Linux): the whole machine, the server process, and this load generator. */
final class Cpu {
    /** Linux reports process times in USER_HZ ticks, 100 per second on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    record Snapshot(long nanos, long machineTotal, long machineIdle, long machineIowait, long serverTicks, long selfNanos) {}

    record Usage(double machineBusyPercent, double machineIowaitPercent, double serverCores, double selfCores) {
        static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private Cpu() {}

    static Snapshot snapshot(long serverPid) {
        long total = -1, idle = -1, iowait = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
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
        return new Snapshot(System.nanoTime(), total, idle, iowait, server, self);
    }

    static Usage between(Snapshot a, Snapshot b) {
        if (a == null || b == null) {
            return Usage.NONE;
        }
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        double busy = Double.NaN, io = Double.NaN;
        if (a.machineTotal() >= 0 && b.machineTotal() > a.machineTotal()) {
            double total = b.machineTotal() - a.machineTotal();
            busy = 100.0 * (total - (b.machineIdle() - a.machineIdle()) - (b.machineIowait() - a.machineIowait())) / total;
            io = 100.0 * (b.machineIowait() - a.machineIowait()) / total;
        }
        double server = a.serverTicks() >= 0 && b.serverTicks() >= 0
                ? (b.serverTicks() - a.serverTicks()) / TICKS_PER_SECOND / seconds : Double.NaN;
        double self = (b.selfNanos() - a.selfNanos()) / 1e9 / seconds;
        return new Usage(busy, io, server, self);
    }
}
