package dev.examloop.planner.internal;

import dev.examloop.common.JsonLists;

/**
 * A row of {@code study_goal}. Change one with its withers.
 *
 * @param weekdayMinutes seven numbers, Monday first: {@code "240,240,240,240,240,360,360"}
 */
public record GoalRow(
        String id,
        String accountId,
        String packCode,
        long examAt,
        String timeZone,
        String weekdayMinutes,
        String daysOff,
        int finalWindowHours,
        GoalStatus status,
        String outcome,
        Integer score,
        String calendarToken,
        long createdAt,
        long updatedAt,
        Long archivedAt) {

    /** A new active goal, made now. */
    public static GoalRow active(String id, String accountId, ValidGoal goal, String calendarToken, long now) {
        // Only what a new goal adds to a plan: its id, owner, calendar token and creation; withPlan sets the rest.
        return new GoalRow(id, accountId, null, 0, null, null, null, 0, null, null, null, calendarToken, now, now, null)
                .withPlan(goal, now);
    }

    /** The goal with a new pack, exam, weekly hours, days off and final window; still active. */
    public GoalRow withPlan(ValidGoal goal, long now) {
        return new GoalRow(
                id,
                accountId,
                goal.pack().code(),
                goal.examAt().toInstant().toEpochMilli(),
                goal.zone().getId(),
                goal.minutes(),
                JsonLists.write(goal.daysOff()),
                goal.finalWindowHours(),
                GoalStatus.ACTIVE,
                null,
                null,
                calendarToken,
                createdAt,
                now,
                null);
    }

    /** The goal archived now with its outcome and score. */
    public GoalRow archived(String outcome, Integer score, long now) {
        return new GoalRow(
                id,
                accountId,
                packCode,
                examAt,
                timeZone,
                weekdayMinutes,
                daysOff,
                finalWindowHours,
                GoalStatus.ARCHIVED,
                outcome,
                score,
                calendarToken,
                createdAt,
                now,
                now);
    }

    public boolean isActive() {
        return status == GoalStatus.ACTIVE;
    }

    /** The study minutes of each weekday. */
    public java.util.Map<java.time.DayOfWeek, Integer> minutesByWeekday() {
        String[] parts = weekdayMinutes.split(",", -1);
        java.util.Map<java.time.DayOfWeek, Integer> map = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (int i = 0; i < 7 && i < parts.length; i++) {
            map.put(java.time.DayOfWeek.of(i + 1), Integer.parseInt(parts[i].strip()));
        }
        return map;
    }
}
