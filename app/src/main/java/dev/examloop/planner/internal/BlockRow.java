package dev.examloop.planner.internal;

/** A row of {@code study_block}: a planned block the learner started. */
public record BlockRow(
        String id,
        String accountId,
        String goalId,
        String day,
        String blockKey,
        String kind,
        String domainId,
        String sectionId,
        String title,
        int plannedMinutes,
        String status,
        long startedAt,
        Long runningSince,
        long seconds,
        Long finishedAt) {

    /** Seconds on the timer at {@code now}. */
    public long secondsAt(long now) {
        return seconds + (runningSince == null ? 0 : Math.max(0, (now - runningSince) / 1000));
    }
}
