package dev.examloop.bench;

import java.util.Locale;

/**
 * How the database connection pool was used in the measured window: how many times a connection was taken,
 * how long it was held (borrowed until returned: the whole transaction and whatever runs inside it), and how
 * long the takers waited for it. From Hikari's metrics for the application (via /actuator/metrics), from the
 * load generator's own pool for the plain-JDBC baseline.
 */
final class Pool {
    record Snapshot(double uses, double heldSeconds, double waitedSeconds) {}

    /** busyPercent: the share of the window the pool's connections were held (100 = all of them, all the time). */
    record Usage(double busyPercent, double meanHeldMs, double meanWaitMs) {
        static final Usage NONE = new Usage(Double.NaN, Double.NaN, Double.NaN);

        String human() {
            return Double.isNaN(busyPercent)
                    ? "pool: -"
                    : String.format(
                            Locale.ROOT,
                            "pool: connections held %.0f%% of the time, %.2f ms per use, %.2f ms mean wait for one",
                            busyPercent,
                            meanHeldMs,
                            meanWaitMs);
        }
    }

    interface Meter {
        Snapshot snapshot();
    }

    private Pool() {}

    static Usage between(Snapshot a, Snapshot b, double seconds, int size) {
        if (a == null || b == null || b.uses() <= a.uses()) {
            return Usage.NONE;
        }
        double uses = b.uses() - a.uses();
        double held = b.heldSeconds() - a.heldSeconds();
        double waited = b.waitedSeconds() - a.waitedSeconds();
        return new Usage(100.0 * held / (seconds * size), 1000.0 * held / uses, 1000.0 * waited / uses);
    }
}
