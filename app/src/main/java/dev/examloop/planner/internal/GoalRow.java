package dev.examloop.planner.internal;

/**
 * A row of {@code study_goal}.
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
        String status,
        String outcome,
        Integer score,
        String calendarToken,
        long createdAt,
        long updatedAt,
        Long archivedAt) {

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
