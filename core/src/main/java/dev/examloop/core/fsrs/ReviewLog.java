package dev.examloop.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened in one review: enough to export the standard FSRS review log and to check the scheduler.
 *
 * @param rating the learner's answer
 * @param reviewedAt when the review happened
 * @param state the card's state before the review (the {@code review_state} of the FSRS review log)
 * @param elapsedDays days since the previous review, counted as UTC calendar days; 0 for a new card
 * @param retrievability the predicted probability of recall at the review, before it; 0 for a new card
 * @param memory the memory state after the review
 * @param due when the card is next due
 */
public record ReviewLog(
        Rating rating,
        Instant reviewedAt,
        State state,
        long elapsedDays,
        double retrievability,
        MemoryState memory,
        Instant due) {
    public ReviewLog {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(due, "due");
    }

    /** The time until the card is next due. */
    public Duration interval() {
        return Duration.between(reviewedAt, due);
    }
}
