package dev.examloop.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the daily queue needs to know of the learner's exam and study time. The planner provides it (the planner reads
 * the review module, so the review module asks through this interface rather than calling the planner); without a
 * provider, or without an active goal, the queue lists the due cards as before.
 */
public interface ReviewTimetable {
    /** The active goal's exam and the plan's review minutes from today, or empty without an active goal. */
    Optional<ReviewDays> reviewDays();

    /**
     * The exam and the plan's review time.
     *
     * @param examAt when the exam starts
     * @param zone the learner's time zone (the goal's)
     * @param minutesFromToday the minutes of review the plan gives today and on each day after it, up to the exam
     */
    record ReviewDays(Instant examAt, ZoneId zone, List<Double> minutesFromToday) {
        public ReviewDays {
            minutesFromToday = minutesFromToday.isEmpty() ? List.of(0.0) : List.copyOf(minutesFromToday);
        }
    }
}
