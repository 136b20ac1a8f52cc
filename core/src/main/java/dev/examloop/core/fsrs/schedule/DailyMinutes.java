package dev.examloop.core.fsrs.schedule;

import java.util.List;

/**
 * The minutes of review a learner has on each day from today: {@code perDay.get(0)} today, then the days after;
 * days past the end of the list have as many as the last one.
 */
public record DailyMinutes(List<Double> perDay) {
    public DailyMinutes {
        if (perDay == null || perDay.isEmpty()) {
            throw new IllegalArgumentException("give the minutes for today at least");
        }
        for (int i = 0; i < perDay.size(); i++) {
            Double minutes = perDay.get(i);
            if (minutes == null || !(minutes >= 0 && minutes <= 24 * 60)) {
                throw new IllegalArgumentException(
                        "minutes must lie between 0 and 1440, was " + minutes + " (day " + (i + 1) + ")");
            }
        }
        perDay = List.copyOf(perDay);
    }

    /** The same minutes every day. */
    public static DailyMinutes every(double minutes) {
        return new DailyMinutes(List.of(minutes));
    }

    /** The minutes on the day {@code day} days after today (0 is today). */
    public double on(int day) {
        return perDay.get(Math.min(day, perDay.size() - 1));
    }
}
