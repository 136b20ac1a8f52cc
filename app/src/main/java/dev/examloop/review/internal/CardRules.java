package dev.examloop.review.internal;

import dev.examloop.common.Tag;
import dev.examloop.core.board.CardEvidence;
import dev.examloop.core.board.Zone;
import dev.examloop.core.board.ZoneDecision;
import dev.examloop.core.board.ZoneRule;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.review.CardView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The review module's rules, apart from FSRS itself (in core): a card's zone (the core's {@link ZoneRule} over its
 * outcomes, confidence and memory), what a rating says about confidence, the board's order, the typical review time.
 * No state: every input is an argument.
 */
public final class CardRules {
    /** Weakest first: red, yellow, green, then by recall, lowest first, then by number. */
    public static final Comparator<CardView> WEAKEST_FIRST = Comparator.comparingInt(
                    (CardView c) -> List.of(Zone.RED, Zone.YELLOW, Zone.GREEN).indexOf(ZoneNames.of(c.zone())))
            .thenComparingDouble(c -> c.retrievability() == null ? 0 : c.retrievability())
            .thenComparingLong(CardView::number);

    private CardRules() {}

    /** The probability of recalling the card at {@code at}; null before its first review. */
    public static Double retrievability(CardRow row, Scheduler scheduler, Instant at) {
        return row.isNew() ? null : scheduler.retrievability(row.fsrsCard(), at);
    }

    /** The zone the rule gives the card with these outcomes (oldest first) and this probability of recall. */
    public static ZoneDecision zone(CardRow row, List<Boolean> outcomes, Double retrievability) {
        return ZoneRule.decide(
                new CardEvidence(outcomes, row.confidence(), retrievability, row.isNew() ? null : row.stability()));
    }

    /** The card with the zone the rule gives for these outcomes (oldest first) at {@code now}, not stored. */
    public static CardRow zoned(CardRow row, List<Boolean> outcomes, Scheduler scheduler, long now) {
        ZoneDecision decision = zone(row, outcomes, retrievability(row, scheduler, Instant.ofEpochMilli(now)));
        return row.withZone(decision.zone(), decision.reason(), now);
    }

    /** A rating is a word on confidence: Again at most 2, Hard and Good at least 3, Easy at least 4. */
    public static int confidenceAfter(Rating rating, int confidence) {
        return switch (rating) {
            case AGAIN -> Math.min(confidence, 2);
            case HARD, GOOD -> Math.max(confidence, 3);
            case EASY -> Math.max(confidence, 4);
        };
    }

    /** The median of the latest review durations (ms) in seconds: 45 s until 20 are timed; kept within 10–300 s. */
    public static double secondsPerReview(List<Long> durations) {
        if (durations.size() < 20) {
            return 45;
        }
        List<Long> sorted = durations.stream().sorted().toList();
        return Math.max(10, Math.min(300, sorted.get(sorted.size() / 2) / 1000.0));
    }

    /** The topic of a card made by hand without one: its title's slug, or "card". */
    public static String topicOf(String title) {
        String slug = Tag.slug(title);
        return slug.isEmpty() ? "card" : slug;
    }

    /** A title made of a topic: "tcp-handshake" is "Tcp handshake". */
    public static String titleOf(String topic) {
        String words = topic.replace('-', ' ');
        return words.isEmpty() ? topic : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
