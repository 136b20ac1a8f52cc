package dev.examloop.planner.internal;

/** A row of {@code study_goal}. */
public record GoalRow(String id, String accountId, String packCode, long examAt, String timeZone,
        String weekdayMinutes, String daysOff, int finalWindowHours, String status, String outcome, Integer score,
        String calendarToken, long createdAt, long updatedAt, Long archivedAt) {}
