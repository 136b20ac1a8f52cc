package dev.examloop.review;

import java.time.Instant;
import java.util.List;

/**
 * A post-mortem entry as the review module sees it: a topic met in an attempt (or a mock taken elsewhere),
 * right or wrong, with the learner's explanation; it creates the topic's card or adds to it.
 *
 * @param correct whether the learner got it right (a flagged or guessed question can be right)
 * @param questionId the pack question, when there is one (for a question card)
 * @param newOutcome whether this is a new answer to count in the card's history (false when an entry is edited)
 */
public record Mistake(
        String topic,
        String title,
        String packCode,
        String questionId,
        String domainId,
        String domainTitle,
        List<String> tags,
        List<String> links,
        String explanation,
        int confidence,
        boolean correct,
        String source,
        String detail,
        Instant at,
        boolean newOutcome) {}
