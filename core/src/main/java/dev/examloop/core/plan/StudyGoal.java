package dev.examloop.core.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner plans for: an exam at a time, the study time of each weekday, days off, and the final
 * review-only window before the exam.
 *
 * @param examStart when the exam starts, in the learner's time zone (the plan's days are that zone's dates)
 * @param minutesByWeekday study minutes available on each weekday; a weekday that is absent has none
 * @param daysOff dates with no study at all
 * @param finalWindow how long before the exam only reviews happen (default 48 hours)
 * @param mockMinutes the length of one full-length mock: the exam's duration
 * @param mockQuestions the number of questions of one full-length mock (sizes the post-mortem)
 * @param domains the blueprint's domains with their weights
 */
public record StudyGoal(
        ZonedDateTime examStart,
        Map<DayOfWeek, Integer> minutesByWeekday,
        Set<LocalDate> daysOff,
        Duration finalWindow,
        int mockMinutes,
        int mockQuestions,
        List<DomainWeight> domains) {
    public static final Duration DEFAULT_FINAL_WINDOW = Duration.ofDays(2);

    public StudyGoal {
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        minutesByWeekday.forEach((day, minutes) -> {
            if (minutes < 0 || minutes > 24 * 60) {
                throw new IllegalArgumentException("minutes on " + day + " must be between 0 and 1440, got " + minutes);
            }
            copy.put(day, minutes);
        });
        minutesByWeekday = Map.copyOf(copy);
        daysOff = Set.copyOf(daysOff);
        domains = List.copyOf(domains);
        if (finalWindow.isNegative()) {
            throw new IllegalArgumentException("the final window must not be negative, got " + finalWindow);
        }
        if (mockMinutes <= 0 || mockQuestions <= 0) {
            throw new IllegalArgumentException("a mock needs minutes and questions, got " + mockMinutes + " min and "
                    + mockQuestions + " questions");
        }
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("a goal needs the blueprint's domains");
        }
    }

    /** The same study time every day of the week. */
    public static Map<DayOfWeek, Integer> everyDay(int minutes) {
        EnumMap<DayOfWeek, Integer> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            map.put(day, minutes);
        }
        return map;
    }

    public int minutesOn(LocalDate date) {
        return daysOff.contains(date) ? 0 : minutesByWeekday.getOrDefault(date.getDayOfWeek(), 0);
    }

    public LocalDate examDate() {
        return examStart.toLocalDate();
    }

    /** The first date the final window touches: from that day on, no new material. */
    public LocalDate finalWindowStarts() {
        return examStart.minus(finalWindow).toLocalDate();
    }

    /** A blueprint domain and its weight in percent. */
    public record DomainWeight(String id, String title, int weight) {}
}
