package dev.examloop.exam.internal;

/** A row of {@code attempt}; times are epoch milliseconds, nullable columns are boxed. */
public record AttemptRow(
        String id,
        String accountId,
        String packCode,
        String packVersion,
        String mode,
        AttemptStatus status,
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

    /** An attempt started now: in progress, nothing answered, timed when it has a duration. */
    public static AttemptRow started(
            String id,
            String accountId,
            String packCode,
            String packVersion,
            String mode,
            int questionCount,
            Integer durationSeconds,
            long now,
            String domainsFilter,
            String drawNotes,
            String blueprint) {
        return new AttemptRow(
                id,
                accountId,
                packCode,
                packVersion,
                mode,
                AttemptStatus.IN_PROGRESS,
                questionCount,
                durationSeconds,
                now,
                durationSeconds == null ? null : now + durationSeconds * 1000L,
                null,
                null,
                null,
                null,
                null,
                domainsFilter,
                drawNotes,
                blueprint);
    }

    public boolean inProgress() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public boolean abandoned() {
        return status == AttemptStatus.ABANDONED;
    }
}
