package dev.examloop.exam.internal;

/** A row of {@code attempt_question}: one question of an attempt with the learner's saved answer. */
public record ItemRow(
        int position,
        String questionId,
        String domainId,
        String snapshot,
        String selected,
        boolean flagged,
        boolean guessed,
        boolean checked,
        Long answeredAt,
        long timeSpentMs,
        Boolean correct) {}
