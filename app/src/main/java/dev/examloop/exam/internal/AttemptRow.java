package dev.examloop.exam.internal;

/** A row of {@code attempt}; times are epoch milliseconds, nullable columns are boxed. */
public record AttemptRow(
        String id,
        String accountId,
        String packCode,
        String packVersion,
        String mode,
        String status,
        int questionCount,
        Integer durationSeconds,
        long startedAt,
        Long deadlineAt,
        Long submittedAt,
        String submitReason,
        Integer correctCount,
        Integer currentPosition,
        Long currentSince,
        String domainsFilter,
        String drawNotes,
        String blueprint) {

    public static final String IN_PROGRESS = "in_progress";
    public static final String SUBMITTED = "submitted";
    /** Given up by the learner before the end: not scored, no result. */
    public static final String ABANDONED = "abandoned";

    public boolean inProgress() {
        return IN_PROGRESS.equals(status);
    }

    public boolean abandoned() {
        return ABANDONED.equals(status);
    }
}
