package dev.examloop.planner;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A goal as stored.
 *
 * @param weekdayMinutes study minutes per weekday, {@code mon} to {@code sun}
 * @param status "active" or "archived"
 * @param outcome once archived: {@code passed}, {@code failed} or {@code not-taken}
 * @param calendarPath the iCalendar subscription path of this goal's plan
 */
public record GoalView(
        String id,
        String pack,
        String packTitle,
        Instant examAt,
        String examDate,
        String examTime,
        String timeZone,
        Map<String, Integer> weekdayMinutes,
        List<String> daysOff,
        int finalWindowHours,
        String status,
        String outcome,
        Integer score,
        String calendarPath,
        Instant createdAt,
        Instant archivedAt) {
    public boolean active() {
        return "active".equals(status);
    }
}
