package dev.examloop.core.fsrs.revlog;

import dev.examloop.core.fsrs.ReviewLog;
import dev.examloop.core.fsrs.State;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One review of a review log as the scheduler replayed it.
 *
 * @param cardId the card reviewed
 * @param log what the scheduler made of the review: the memory state after it, the retrievability before it
 *     and the next due time
 */
public record ReplayedReview(long cardId, ReviewLog log) {
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    public ReplayedReview {
        Objects.requireNonNull(log, "log");
    }

    /** The stability after the review, in days. */
    public double stability() {
        return log.memory().stability();
    }

    /** The difficulty after the review, 1 to 10. */
    public double difficulty() {
        return log.memory().difficulty();
    }

    /** The predicted probability of recall at the review, before it; empty for a card's first review. */
    public OptionalDouble retrievabilityBefore() {
        return log.state() == State.NEW ? OptionalDouble.empty() : OptionalDouble.of(log.retrievability());
    }

    /** The time from the review to the next due time, in days: fractional for the short (re)learning steps. */
    public double intervalDays() {
        return log.interval().toMillis() / MILLIS_PER_DAY;
    }
}
