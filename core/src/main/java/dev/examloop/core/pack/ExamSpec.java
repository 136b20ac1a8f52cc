package dev.examloop.core.pack;

import java.util.Set;

/**
 * How the real exam is sat: its length, time limit and scale.
 *
 * @param scoredCount how many of {@code questionCount} the real exam scores; the rest are unscored trial items
 */
public record ExamSpec(
        int durationMinutes,
        int questionCount,
        int scoredCount,
        int scaleMin,
        int scaleMax,
        int passingScore,
        Set<QuestionType> questionTypes) {
    public ExamSpec {
        questionTypes = Set.copyOf(questionTypes);
    }
}
