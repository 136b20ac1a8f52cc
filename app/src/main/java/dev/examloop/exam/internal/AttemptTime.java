package dev.examloop.exam.internal;

/** The rules of an attempt's clock: the grace after the deadline, and the time that counts toward a question. */
public final class AttemptTime {
    /** Answers that arrive this long after the deadline are still taken: they were given in time, in flight. */
    public static final long GRACE_MS = 2_000;

    /** In untimed modes one look at a question counts for this long at most (the learner may have walked away). */
    static final long UNTIMED_VISIT_CAP_MS = 15 * 60_000;

    private AttemptTime() {}

    /** Whether the attempt is in progress with its time run out, grace included, at {@code now}. */
    public static boolean expired(AttemptRow row, long now) {
        return row.inProgress() && row.deadlineAt() != null && now > row.deadlineAt() + GRACE_MS;
    }

    /** The time spent on the current question up to {@code now}: within the deadline, or capped when untimed. */
    public static long onCurrent(AttemptRow row, long now) {
        if (row.currentPosition() == null || row.currentSince() == null) {
            return 0;
        }
        if (row.deadlineAt() != null) {
            return Math.max(0, Math.min(now, row.deadlineAt()) - row.currentSince());
        }
        return Math.min(UNTIMED_VISIT_CAP_MS, Math.max(0, now - row.currentSince()));
    }

    /** Whole seconds left (rounded up) while a timed attempt runs; null otherwise. */
    public static Long remainingSeconds(AttemptRow row, long now) {
        if (row.deadlineAt() == null || !row.inProgress()) {
            return null;
        }
        return Math.max(0, (row.deadlineAt() - now + 999) / 1000);
    }
}
