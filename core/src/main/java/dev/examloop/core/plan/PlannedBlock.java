package dev.examloop.core.plan;

import org.jspecify.annotations.Nullable;

/**
 * One block of a plan day.
 *
 * @param key stable within a day for the same inputs ({@code 2026-12-01:documentation:3:1}), so a started
 *     block can be matched to the plan it came from
 * @param domainId the blueprint domain the block is for, or {@code null} (mocks, reviews, rest)
 * @param sectionId the resource section the block suggests, or {@code null}
 * @param detail one line on what to do and why
 */
public record PlannedBlock(
        String key,
        BlockKind kind,
        int minutes,
        @Nullable String domainId,
        String title,
        @Nullable String detail,
        @Nullable String sectionId) {
    public PlannedBlock {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative, got " + minutes);
        }
    }
}
