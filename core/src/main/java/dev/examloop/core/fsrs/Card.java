package dev.examloop.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The scheduling state of one card. Immutable: {@link Scheduler#review} returns a new card.
 *
 * <p>A {@link State#NEW} card has no memory state and no last review, and is at step 0; every other card has
 * both.
 *
 * @param state where the card is in its life
 * @param step the index of the current (re)learning step; 0 for new cards and after leaving the steps (a step
 *     of a day or more sends the card to Review with its step number kept, as in ts-fsrs)
 * @param memory stability and difficulty, empty while the card is new
 * @param due when the card should next be reviewed
 * @param lastReview when the card was last reviewed, empty while the card is new
 */
public record Card(State state, int step, Optional<MemoryState> memory, Instant due, Optional<Instant> lastReview) {
    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if (step < 0) {
            throw new IllegalArgumentException("step must be 0 or more, was " + step);
        }
        boolean isNew = state == State.NEW;
        if (isNew && (memory.isPresent() || lastReview.isPresent() || step != 0)) {
            throw new IllegalArgumentException("a new card has no memory state, no last review and step 0, was "
                    + memory + ", " + lastReview + ", step " + step);
        }
        if (!isNew && (memory.isEmpty() || lastReview.isEmpty())) {
            throw new IllegalArgumentException("a card in state " + state + " needs a memory state and a last review");
        }
    }

    /** A card never reviewed, due at {@code due} (usually the moment it was created). */
    public static Card newCard(Instant due) {
        return new Card(State.NEW, 0, Optional.empty(), due, Optional.empty());
    }

    /** A card that has been reviewed, with its memory state. */
    public static Card reviewed(State state, int step, MemoryState memory, Instant due, Instant lastReview) {
        return new Card(state, step, Optional.of(memory), due, Optional.of(lastReview));
    }

    /** The time from the last review to the due time: the interval the scheduler chose; zero for a new card. */
    public Duration interval() {
        return lastReview.map(last -> Duration.between(last, due)).orElse(Duration.ZERO);
    }
}
