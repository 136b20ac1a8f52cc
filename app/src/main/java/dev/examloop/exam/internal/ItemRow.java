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
        Boolean correct) {

    /** A question just drawn for an attempt: nothing selected, flagged or checked, no time spent. */
    public static ItemRow unanswered(int position, String questionId, String domainId, String snapshot) {
        return new ItemRow(position, questionId, domainId, snapshot, null, false, false, false, null, 0, null);
    }
}
