package dev.examloop.core.board;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the zone rule looks at for one card.
 *
 * @param outcomes right (true) or wrong (false) for each answer and review of the card's topic, oldest first
 * @param confidence the learner's confidence from 1 (none) to 5 (certain)
 * @param retrievability the probability of recall now from the scheduler, or {@code null} before the first review
 * @param stabilityDays the scheduler's stability in days, or {@code null} before the first review
 */
public record CardEvidence(
        List<Boolean> outcomes,
        int confidence,
        @Nullable Double retrievability,
        @Nullable Double stabilityDays) {
    public CardEvidence {
        outcomes = List.copyOf(outcomes);
        if (confidence < 1 || confidence > 5) {
            throw new IllegalArgumentException("confidence must be from 1 to 5, was " + confidence);
        }
        if (retrievability != null && (retrievability < 0 || retrievability > 1)) {
            throw new IllegalArgumentException("retrievability must lie in [0, 1], was " + retrievability);
        }
        if (stabilityDays != null && stabilityDays < 0) {
            throw new IllegalArgumentException("stability must not be negative, was " + stabilityDays);
        }
    }
}
