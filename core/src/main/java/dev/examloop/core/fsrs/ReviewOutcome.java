package dev.examloop.core.fsrs;

import java.util.Objects;

/**
 * The result of one review: the card as it is afterwards, and the log entry of the review.
 *
 * @param card the reviewed card, with its new memory state and due time
 * @param log what happened in the review
 */
public record ReviewOutcome(Card card, ReviewLog log) {
    public ReviewOutcome {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(log, "log");
    }
}
