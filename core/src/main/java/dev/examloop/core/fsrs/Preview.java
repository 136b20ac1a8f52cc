package dev.examloop.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What each of the four ratings would do to a card at one moment: for buttons that show the next interval.
 *
 * @param again the outcome of rating Again
 * @param hard the outcome of rating Hard
 * @param good the outcome of rating Good
 * @param easy the outcome of rating Easy
 */
public record Preview(ReviewOutcome again, ReviewOutcome hard, ReviewOutcome good, ReviewOutcome easy) {
    public Preview {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    /** The outcome of {@code rating}. */
    public ReviewOutcome outcome(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }

    /** When the card would next be due after {@code rating}. */
    public Instant due(Rating rating) {
        return outcome(rating).card().due();
    }

    /** The interval {@code rating} would give, from the review to the next due time. */
    public Duration interval(Rating rating) {
        return outcome(rating).log().interval();
    }
}
