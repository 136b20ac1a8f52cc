package dev.examloop.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One workload: {@code workers} threads each save in a loop, back to back ("closed") or with an exponential
 * think time between the end of one save and the start of the next ("think").
 *
 * <p>Time line: the workers start at t=0; saves sent before {@code warmup} are not measured; saves sent in
 * [warmup, warmup + duration) are measured until they complete, whenever that is (a slow save is never dropped);
 * no save is sent after warmup + duration. Throughput is measured saves / duration.
 */
final class Phase {
    /** Sends one save; true when it was acknowledged (HTTP 200 / committed). */
    interface Save {
        boolean save(int worker, long sequence) throws Exception;
    }

    /** The longest a run waits for the last saves in flight after the window closed. */
    private static final Duration DRAIN = Duration.ofSeconds(35);

    /** The slow saves of the last run, written to --slow-log only for the run that is kept. */
    private static volatile List<String> lastSlow = List.of();

    private Phase() {}

    /**
     * Runs a workload on a quiet machine: waits for quiet first, and runs it again when someone else's work
     * disturbed it (see {@link Load.Options#retries}). Which run is kept depends only on the CPU others used,
     * never on the latencies.
     */
    static Result undisturbed(Load.Options o, java.util.concurrent.Callable<Result> workload) throws Exception {
        for (int attempt = 0; ; attempt++) {
            awaitQuiet(o);
            Result r = workload.call();
            double others = r.cpu().otherCores();
            if (!(others > o.disturbedCores) || attempt >= o.retries) {
                if (o.slowLog != null) {
                    java.nio.file.Files.write(
                            o.slowLog,
                            lastSlow,
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                return r;
            }
            Load.log(String.format(
                    java.util.Locale.ROOT,
                    "  disturbed: other processes used %.2f cores meanwhile; " + "running this workload again",
                    others));
        }
    }

    /** Waits until less than quietBusyPercent of the machine's CPU is busy over a second, at most quietWaitMs. */
    private static void awaitQuiet(Load.Options o) throws Exception {
        long deadline = System.nanoTime() + o.quietWaitMs * 1_000_000L;
        double busy = Double.NaN;
        while (System.nanoTime() < deadline) {
            Cpu.Snapshot a = Cpu.snapshot(-1);
            Thread.sleep(1000);
            busy = Cpu.between(a, Cpu.snapshot(-1)).machineBusyPercent();
            if (Double.isNaN(busy) || busy < o.quietBusyPercent) {
                return;
            }
        }
        Load.log(String.format(
                java.util.Locale.ROOT,
                "  the machine is still %.0f%% busy after %d s; measuring anyway",
                busy,
                o.quietWaitMs / 1000));
    }

    static Result run(
            String db,
            String client,
            String workload,
            int workers,
            String poolLabel,
            boolean virtualThreads,
            Load.Options o,
            Pool.Meter poolMeter,
            int poolSize,
            Save save)
            throws Exception {
        long warmupMs = o.warmupMs, durationMs = o.durationMs, thinkMeanMs = o.thinkFor(workload);
        long serverPid = client.equals("app-http") ? o.serverPid : -1;
        long slowNs = o.slowMs * 1_000_000L;
        java.util.concurrent.ConcurrentLinkedQueue<String> slow = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long from = start + warmupMs * 1_000_000L;
        long to = from + durationMs * 1_000_000L;
        long[][] latencies = new long[workers][];
        int[] counts = new int[workers];
        long[] errors = new long[workers];
        long[] warmupErrors = new long[workers];
        AtomicReference<String> firstError = new AtomicReference<>();
        ThreadFactory threads = virtualThreads
                ? Thread.ofVirtual().name(client + "-", 0).factory()
                : Thread.ofPlatform().name(client + "-", 0).factory();
        Thread[] running = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            latencies[w] = new long[1024];
            running[w] = threads.newThread(() -> {
                SplittableRandom random = new SplittableRandom(0x5eed_0000L + worker);
                long sequence = 0;
                try {
                    if (thinkMeanMs > 0) {
                        // Candidates do not all click at the same instant: spread the first saves.
                        pause(exponential(random, thinkMeanMs), to);
                    }
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= to) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = save.save(worker, sequence++);
                        } catch (Exception e) {
                            ok = false;
                            firstError.compareAndSet(null, e.toString());
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= from) {
                            if (ok) {
                                if (counts[worker] == latencies[worker].length) {
                                    latencies[worker] = Arrays.copyOf(latencies[worker], counts[worker] * 2);
                                }
                                latencies[worker][counts[worker]++] = t1 - t0;
                                if (o.slowLog != null && t1 - t0 > slowNs) {
                                    long sentAt = System.currentTimeMillis() - (System.nanoTime() - t0) / 1_000_000L;
                                    slow.add(
                                            sentAt + " " + String.format(java.util.Locale.ROOT, "%.2f", (t1 - t0) / 1e6)
                                                    + " " + db + " " + client + " " + workload);
                                }
                            } else {
                                errors[worker]++;
                            }
                        } else if (!ok) {
                            warmupErrors[worker]++;
                        }
                        if (thinkMeanMs > 0) {
                            pause(exponential(random, thinkMeanMs), to);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (Thread t : running) {
            t.start();
        }
        sleepUntil(from);
        Cpu.Snapshot before = Cpu.snapshot(serverPid);
        Pool.Snapshot poolBefore = poolMeter == null ? null : poolMeter.snapshot();
        long poolFrom = System.nanoTime();
        sleepUntil(to);
        Cpu.Snapshot after = Cpu.snapshot(serverPid);
        Pool.Snapshot poolAfter = poolMeter == null ? null : poolMeter.snapshot();
        Pool.Usage pool = Pool.between(poolBefore, poolAfter, (System.nanoTime() - poolFrom) / 1e9, poolSize);
        long drainUntil = to + DRAIN.toNanos();
        int stuck = 0;
        for (Thread t : running) {
            long left = drainUntil - System.nanoTime();
            if (left <= 0 || !t.join(Duration.ofNanos(Math.max(1, left)))) {
                t.interrupt();
                stuck++;
            }
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            System.arraycopy(latencies[w], 0, all, at, counts[w]);
            at += counts[w];
        }
        lastSlow = List.copyOf(slow);
        long errorCount = Arrays.stream(errors).sum() + stuck;
        long warmupErrorCount = Arrays.stream(warmupErrors).sum();
        if (errorCount + warmupErrorCount > 0) {
            Load.log("  " + errorCount + " failed saves in the window (" + stuck + " still in flight after "
                    + DRAIN.toSeconds() + " s), " + warmupErrorCount + " in the warm-up; first: " + firstError.get());
        }
        Cpu.Usage cpu = Cpu.between(before, after);
        return Result.of(
                db,
                client,
                workload,
                workers,
                poolLabel,
                all,
                errorCount,
                durationMs / 1000.0,
                db.equals("postgresql") ? cpu : cpu.withoutPostgres(),
                pool);
    }

    /** An exponentially distributed pause with the given mean, in nanoseconds. */
    static long exponential(SplittableRandom random, long meanMs) {
        return (long) (-Math.log(1.0 - random.nextDouble()) * meanMs * 1_000_000L);
    }

    /** Sleeps {@code nanos}, but never past {@code deadline}. */
    private static void pause(long nanos, long deadline) throws InterruptedException {
        long until = Math.min(System.nanoTime() + nanos, deadline);
        sleepUntil(until);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
