package dev.examloop.bench;

import java.util.Locale;

/**
 * The figures of one workload: saves completed that were sent inside the measured window, their latency
 * percentiles (nearest rank over the sorted latencies; no histogram), errors, and where the CPU went.
 */
record Result(
        String db,
        String client,
        String workload,
        int workers,
        String pool,
        long ops,
        long errors,
        double seconds,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double maxMs,
        Cpu.Usage cpu,
        Pool.Usage poolUsage) {

    static Result of(
            String db,
            String client,
            String workload,
            int workers,
            String pool,
            long[] latenciesNs,
            long errors,
            double seconds,
            Cpu.Usage cpu,
            Pool.Usage poolUsage) {
        java.util.Arrays.sort(latenciesNs);
        return new Result(
                db,
                client,
                workload,
                workers,
                pool,
                latenciesNs.length,
                errors,
                seconds,
                percentile(latenciesNs, 50),
                percentile(latenciesNs, 90),
                percentile(latenciesNs, 99),
                latenciesNs.length == 0 ? Double.NaN : latenciesNs[latenciesNs.length - 1] / 1e6,
                cpu,
                poolUsage);
    }

    /** Nearest-rank percentile of sorted values, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double throughput() {
        return ops / seconds;
    }

    String tsv() {
        return String.join(
                "\t",
                db,
                client,
                workload,
                String.valueOf(workers),
                pool,
                String.valueOf(ops),
                String.valueOf(errors),
                f("%.1f", throughput()),
                f("%.2f", p50Ms),
                f("%.2f", p90Ms),
                f("%.2f", p99Ms),
                f("%.2f", maxMs),
                f("%.0f", cpu.machineBusyPercent()),
                f("%.0f", cpu.machineIowaitPercent()),
                f("%.2f", cpu.serverCores()),
                f("%.2f", cpu.selfCores()),
                f("%.2f", cpu.postgresCores()),
                f("%.2f", cpu.otherCores()),
                f("%.0f", poolUsage.busyPercent()),
                f("%.2f", poolUsage.meanHeldMs()),
                f("%.2f", poolUsage.meanWaitMs()));
    }

    String human() {
        return f(
                        "%-10s %-9s %-6s workers=%d pool=%s  saves=%d (%.1f/s) errors=%d  p50=%.2f p90=%.2f p99=%.2f max=%.2f ms"
                                + "  cpu: machine %.0f%% busy, %.0f%% iowait; cores used by the server %.2f, postgres %.2f, load generator "
                                + "%.2f, others %.2f",
                        db,
                        client,
                        workload,
                        workers,
                        pool,
                        ops,
                        throughput(),
                        errors,
                        p50Ms,
                        p90Ms,
                        p99Ms,
                        maxMs,
                        cpu.machineBusyPercent(),
                        cpu.machineIowaitPercent(),
                        cpu.serverCores(),
                        cpu.postgresCores(),
                        cpu.selfCores(),
                        cpu.otherCores())
                + "\n    " + poolUsage.human();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
