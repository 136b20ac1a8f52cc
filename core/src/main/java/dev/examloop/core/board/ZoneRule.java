package dev.examloop.core.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The zone rule, checked in this order (see {@code docs/zones.md}):
 *
 * <ol>
 *   <li><b>Red</b> when any of: at least {@value #RED_MISSES} misses among the last {@value #WINDOW} outcomes;
 *       confidence at most {@value #RED_CONFIDENCE}; retrievability below {@value #RED_RETRIEVABILITY}.
 *   <li><b>Green</b> when all of: at least {@value #WINDOW} outcomes, the last {@value #WINDOW} all right;
 *       confidence at least {@value #GREEN_CONFIDENCE}; reviewed, with stability of at least
 *       {@value #GREEN_STABILITY_DAYS} days and retrievability at least {@value #GREEN_RETRIEVABILITY}.
 *   <li><b>Yellow</b> otherwise, with what is still missing for green as the reason.
 * </ol>
 *
 * Every reason names the evidence, so a zone never changes without a reason the card can show.
 */
public final class ZoneRule {
    static final int WINDOW = 3;
    static final int RED_MISSES = 2;
    static final int RED_CONFIDENCE = 2;
    /** Below this probability of recall a card is red, whatever else it shows. */
    public static final double RED_RETRIEVABILITY = 0.70;

    static final int GREEN_CONFIDENCE = 4;
    static final double GREEN_RETRIEVABILITY = 0.90;
    static final double GREEN_STABILITY_DAYS = 21;

    private ZoneRule() {}

    public static ZoneDecision decide(CardEvidence card) {
        List<Boolean> recent = card.outcomes()
                .subList(
                        Math.max(0, card.outcomes().size() - WINDOW),
                        card.outcomes().size());
        long misses = recent.stream().filter(right -> !right).count();

        List<String> weak = new ArrayList<>();
        if (misses >= RED_MISSES) {
            weak.add(misses + " misses in the last " + recent.size() + " answers");
        }
        if (card.confidence() <= RED_CONFIDENCE) {
            weak.add("confidence " + card.confidence() + " of 5");
        }
        if (card.retrievability() != null && card.retrievability() < RED_RETRIEVABILITY) {
            weak.add("recall probability " + percent(card.retrievability()) + ", below " + percent(RED_RETRIEVABILITY));
        }
        if (!weak.isEmpty()) {
            return new ZoneDecision(Zone.RED, capitalise(String.join("; ", weak)));
        }

        List<String> missing = new ArrayList<>();
        if (card.outcomes().size() < WINDOW) {
            missing.add("only " + card.outcomes().size() + " of " + WINDOW + " answers so far");
        } else if (misses > 0) {
            missing.add(misses + " miss in the last " + WINDOW + " answers");
        }
        if (card.confidence() < GREEN_CONFIDENCE) {
            missing.add("confidence " + card.confidence() + " of 5 (green needs " + GREEN_CONFIDENCE + ")");
        }
        if (card.stabilityDays() == null || card.retrievability() == null) {
            missing.add("not reviewed yet");
        } else {
            if (card.stabilityDays() < GREEN_STABILITY_DAYS) {
                missing.add(String.format(
                        Locale.ROOT,
                        "memory stable for %.0f days (green needs %.0f)",
                        card.stabilityDays(),
                        GREEN_STABILITY_DAYS));
            }
            if (card.retrievability() < GREEN_RETRIEVABILITY) {
                missing.add("recall probability " + percent(card.retrievability()) + " (green needs "
                        + percent(GREEN_RETRIEVABILITY) + ")");
            }
        }
        if (missing.isEmpty()) {
            return new ZoneDecision(
                    Zone.GREEN,
                    String.format(
                            Locale.ROOT,
                            "Last %d answers right, confidence %d of 5, memory stable for %.0f days",
                            WINDOW,
                            card.confidence(),
                            card.stabilityDays()));
        }
        return new ZoneDecision(Zone.YELLOW, capitalise(String.join("; ", missing)));
    }

    /**
     * Red, when memory has faded below {@value #RED_RETRIEVABILITY} since the card's zone was last decided; empty
     * otherwise (and before the first review, when {@code retrievability} is null). This is the one part of the
     * rule that changes with time alone, so a reader can apply it to a stored zone without the card's outcomes.
     */
    public static Optional<ZoneDecision> faded(Double retrievability) {
        if (retrievability == null || retrievability >= RED_RETRIEVABILITY) {
            return Optional.empty();
        }
        return Optional.of(new ZoneDecision(
                Zone.RED,
                capitalise(
                        "recall probability " + percent(retrievability) + ", below " + percent(RED_RETRIEVABILITY))));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * value);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
