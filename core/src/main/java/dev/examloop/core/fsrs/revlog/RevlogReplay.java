package dev.examloop.core.fsrs.revlog;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Replays a review log through a {@link Scheduler}: each card starts as a new card at its first review and is
 * reviewed with each of its ratings in time order, as if the scheduler had seen every review as it happened.
 *
 * <p>The log's {@code review_state} and {@code review_duration} play no part: the states are the scheduler's
 * own. The result lists the reviews by card, then by time, the order {@link RevlogWriter} writes them in.
 */
public final class RevlogReplay {
    private RevlogReplay() {}

    /** Every review of {@code rows}, with what {@code scheduler} made of it. */
    public static List<ReplayedReview> replay(Scheduler scheduler, List<RevlogRow> rows) {
        Objects.requireNonNull(scheduler, "scheduler");
        List<ReplayedReview> replayed = new ArrayList<>(rows.size());
        Card card = null;
        long cardId = 0;
        for (RevlogRow row : rows.stream().sorted(RevlogRow.BY_CARD_THEN_TIME).toList()) {
            if (card == null || row.cardId() != cardId) {
                cardId = row.cardId();
                card = Card.newCard(row.reviewTime());
            }
            ReviewOutcome outcome = scheduler.review(card, row.rating(), row.reviewTime());
            card = outcome.card();
            replayed.add(new ReplayedReview(cardId, outcome.log()));
        }
        return replayed;
    }

    /** Each card of {@code rows} as the scheduler leaves it after its last review, by card id. */
    public static Map<Long, Card> cards(Scheduler scheduler, List<RevlogRow> rows) {
        Objects.requireNonNull(scheduler, "scheduler");
        Map<Long, Card> cards = new TreeMap<>();
        Card card = null;
        long cardId = 0;
        for (RevlogRow row : rows.stream().sorted(RevlogRow.BY_CARD_THEN_TIME).toList()) {
            if (card == null || row.cardId() != cardId) {
                if (card != null) {
                    cards.put(cardId, card);
                }
                cardId = row.cardId();
                card = Card.newCard(row.reviewTime());
            }
            card = scheduler.review(card, row.rating(), row.reviewTime()).card();
        }
        if (card != null) {
            cards.put(cardId, card);
        }
        return cards;
    }
}
