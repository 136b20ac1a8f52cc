package dev.examloop.core.fsrs.schedule;

/**
 * The days around an interval that a review may fall on without mattering, as Anki's fuzz computes them (rslib
 * {@code scheduler/states/fuzz.rs}): none under 2.5 days; otherwise ±(1 day + 15 % of the part of the interval
 * between 2.5 and 7 days + 10 % of the part between 7 and 20 + 5 % of the part over 20), rounded.
 *
 * @param lowest the shortest interval in the range, in days
 * @param highest the longest interval in the range, in days
 */
record FuzzRange(int lowest, int highest) {
    /** The range around an interval of {@code interval} days (at least 1). */
    static FuzzRange around(int interval) {
        if (interval < 2.5) {
            return new FuzzRange(interval, interval);
        }
        double delta = 1.0
                + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0)
                + 0.05 * Math.max(interval - 20.0, 0);
        int lowest = (int) Math.max(2, Math.round(interval - delta));
        int highest = (int) Math.round(interval + delta);
        return new FuzzRange(Math.min(lowest, interval), Math.max(highest, interval));
    }
}
