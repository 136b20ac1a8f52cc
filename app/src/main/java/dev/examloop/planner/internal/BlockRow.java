package dev.examloop.planner.internal;

import dev.examloop.core.plan.BlockKind;
import dev.examloop.core.plan.PlannedBlock;

/** A row of {@code study_block}: a planned block the learner started. Change one with its withers. */
public record BlockRow(
        String id,
        String accountId,
        String goalId,
        String day,
        String blockKey,
        BlockKind kind,
        String domainId,
        String sectionId,
        String title,
        int plannedMinutes,
        BlockStatus status,
        long startedAt,
        Long runningSince,
        long seconds,
        Long finishedAt) {

    /** A block of the day's plan, started now: running from now, or done at once (finished without a timer). */
    public static BlockRow started(
            String id, String accountId, String goalId, String day, PlannedBlock block, boolean done, long now) {
        return new BlockRow(
                id,
                accountId,
                goalId,
                day,
                block.key(),
                block.kind(),
                block.domainId(),
                block.sectionId(),
                block.title(),
                block.minutes(),
                done ? BlockStatus.DONE : BlockStatus.RUNNING,
                now,
                done ? null : now,
                0,
                done ? now : null);
    }

    /** Seconds on the timer at {@code now}. */
    public long secondsAt(long now) {
        return seconds + (runningSince == null ? 0 : Math.max(0, (now - runningSince) / 1000));
    }

    public boolean isDone() {
        return status == BlockStatus.DONE;
    }

    /** The block with its timer stopped at {@code at}. */
    public BlockRow paused(long at) {
        return withTimer(BlockStatus.PAUSED, null, secondsAt(at), null);
    }

    /** The block with its timer running again from {@code now}. */
    public BlockRow resumed(long now) {
        return withTimer(BlockStatus.RUNNING, now, seconds, null);
    }

    /** The block done at {@code at}, its timer stopped then. */
    public BlockRow done(long at) {
        return withTimer(BlockStatus.DONE, null, secondsAt(at), at);
    }

    private BlockRow withTimer(BlockStatus status, Long runningSince, long seconds, Long finishedAt) {
        return new BlockRow(
                id,
                accountId,
                goalId,
                day,
                blockKey,
                kind,
                domainId,
                sectionId,
                title,
                plannedMinutes,
                status,
                startedAt,
                runningSince,
                seconds,
                finishedAt);
    }
}
