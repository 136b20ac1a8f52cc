package dev.examloop.review;

import java.time.Instant;
import java.util.List;

/**
 * A card as the board and the review session show it.
 *
 * @param number the card's integer id in FSRS review-log files
 * @param kind "topic" (a sub-concept) or "question" (one missed question, re-asked)
 * @param workflow the board column: {@code to-study}, {@code reviewing} or {@code mastered}
 * @param state the FSRS state: new, learning, review or relearning
 * @param retrievability the probability of recall now, {@code null} before the first review
 * @param history the outcomes of the card's topic, oldest first
 */
public record CardView(
        String id,
        long number,
        String kind,
        String topic,
        String packCode,
        String questionId,
        String title,
        String domainId,
        String domainTitle,
        List<String> tags,
        List<String> links,
        String note,
        int confidence,
        String workflow,
        String zone,
        String zoneReason,
        String state,
        Double stability,
        Double difficulty,
        Double retrievability,
        Instant due,
        Instant lastReview,
        int mistakes,
        List<Outcome> history) {

    /** One answer or review of the card's topic. */
    public record Outcome(Instant at, boolean correct, String source, String detail) {}
}
