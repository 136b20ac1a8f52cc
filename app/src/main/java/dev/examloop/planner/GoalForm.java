package dev.examloop.planner;

import java.util.List;
import java.util.Map;

/**
 * A goal as a learner (or the command line) gives it. Absent fields take their defaults.
 *
 * @param examDate {@code YYYY-MM-DD}
 * @param examTime {@code HH:mm}, default 09:00
 * @param timeZone an IANA zone such as {@code Europe/Berlin}, default the machine's
 * @param hoursPerDay study hours on every weekday, unless {@code weekdayHours} says otherwise for a day
 * @param weekdayHours hours per weekday by its three-letter name ({@code mon} … {@code sun})
 * @param daysOff dates with no study, {@code YYYY-MM-DD}
 * @param finalWindowHours hours before the exam with reviews only, default 48
 */
public record GoalForm(
        String pack,
        String examDate,
        String examTime,
        String timeZone,
        Double hoursPerDay,
        Map<String, Double> weekdayHours,
        List<String> daysOff,
        Integer finalWindowHours) {}
