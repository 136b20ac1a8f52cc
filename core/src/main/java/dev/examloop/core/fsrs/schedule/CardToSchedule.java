package dev.examloop.core.fsrs.schedule;

import dev.examloop.core.fsrs.Card;
import java.util.Objects;

/**
 * A card as its review log leaves it: its id, as the caller names it (the review log's {@code card_id}), and its
 * FSRS scheduling state.
 */
public record CardToSchedule(String id, Card card) {
    public CardToSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(card, "card");
    }
}
