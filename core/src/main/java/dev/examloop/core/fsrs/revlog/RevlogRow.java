package dev.examloop.core.fsrs.revlog;

import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One review in an FSRS review log: one row of the CSV.
 *
 * @param cardId the card reviewed ({@code card_id})
 * @param reviewTime when the review happened ({@code review_time}), to the millisecond
 * @param rating the rating given ({@code review_rating})
 * @param state the card's state before the review ({@code review_state}); empty when the file did not say
 * @param duration how long the review took ({@code review_duration}), to the millisecond; empty when the file
 *     did not say
 */
public record RevlogRow(
        long cardId, Instant reviewTime, Rating rating, Optional<State> state, Optional<Duration> duration) {
    /** By card id, then by review time: the order Examloop writes a log in and replays it in. */
    public static final Comparator<RevlogRow> BY_CARD_THEN_TIME =
            Comparator.comparingLong(RevlogRow::cardId).thenComparing(RevlogRow::reviewTime);

    public RevlogRow {
        Objects.requireNonNull(reviewTime, "reviewTime");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(duration, "duration");
        if (!reviewTime.truncatedTo(ChronoUnit.MILLIS).equals(reviewTime)) {
            throw new IllegalArgumentException(
                    "a review log keeps whole milliseconds; truncate the review time first, was " + reviewTime);
        }
        if (duration.isPresent()
                && (duration.get().isNegative()
                        || !duration.get().truncatedTo(ChronoUnit.MILLIS).equals(duration.get()))) {
            throw new IllegalArgumentException(
                    "a review duration is whole milliseconds, 0 or more, was " + duration.get());
        }
    }

    /** A review with its state before the review and its duration known. */
    public static RevlogRow of(long cardId, Instant reviewTime, Rating rating, State state, Duration duration) {
        return new RevlogRow(cardId, reviewTime, rating, Optional.of(state), Optional.of(duration));
    }

    /** A review with only the three columns every review log has: card, time and rating. */
    public static RevlogRow of(long cardId, Instant reviewTime, Rating rating) {
        return new RevlogRow(cardId, reviewTime, rating, Optional.empty(), Optional.empty());
    }
}
