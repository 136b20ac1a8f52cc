package dev.examloop.planner.internal;

import dev.examloop.common.ClientProblem;
import dev.examloop.common.JsonLists;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.planner.GoalForm;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a goal accepts: the form of a new or changed goal, and an outcome to archive one with. Every problem of a
 * form is collected and reported together, each naming its field and the bad value.
 */
public final class GoalChecks {
    /** Weekday names as the API and the command line use them, Monday first. */
    public static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public static final List<String> OUTCOMES = List.of("passed", "failed", "not-taken");
    static final int DEFAULT_FINAL_WINDOW_HOURS = 48;
    /** The furthest exam date a goal accepts. */
    static final int MAX_DAYS_AHEAD = 730;
    /** Past days off are kept this long (for the record of past days), then dropped on the next save. */
    static final int DAYS_OFF_KEPT = 30;

    private GoalChecks() {}

    /** The goal form checked against the loaded packs and the clock: every problem at once, or the goal. */
    public static ValidGoal goal(GoalForm form, PackCatalog catalog, Clock clock) {
        if (form == null) {
            throw ClientProblem.badRequest("a goal needs pack, examDate and hoursPerDay", List.of());
        }
        List<String> problems = new ArrayList<>();
        Pack pack = null;
        if (form.pack() == null || form.pack().isBlank()) {
            problems.add("pack: is required (loaded packs: " + catalog.knownCodes() + ")");
        } else {
            pack = catalog.find(form.pack().strip()).orElse(null);
            if (pack == null) {
                problems.add("pack: '" + form.pack() + "' is not a loaded pack (loaded: " + catalog.knownCodes() + ")");
            }
        }
        ZoneId zone = ZoneId.systemDefault();
        if (form.timeZone() != null && !form.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(form.timeZone().strip());
            } catch (DateTimeException e) {
                problems.add("timeZone: '" + form.timeZone() + "' is not a time zone (for example Europe/Berlin)");
            }
        }
        LocalTime time = LocalTime.of(9, 0);
        if (form.examTime() != null && !form.examTime().isBlank()) {
            try {
                time = LocalTime.parse(form.examTime().strip());
            } catch (DateTimeParseException e) {
                problems.add("examTime: '" + form.examTime() + "' is not a time of day HH:mm");
            }
        }
        ZonedDateTime examAt = null;
        if (form.examDate() == null || form.examDate().isBlank()) {
            problems.add("examDate: is required (YYYY-MM-DD)");
        } else {
            try {
                examAt = ZonedDateTime.of(LocalDate.parse(form.examDate().strip()), time, zone);
                if (!examAt.toInstant().isAfter(clock.instant())) {
                    problems.add("examDate: " + form.examDate().strip() + " " + time + " is in the past (now it is "
                            + ZonedDateTime.now(clock.withZone(zone))
                                    .toLocalDateTime()
                                    .withSecond(0)
                                    .withNano(0)
                            + " in " + zone.getId() + ")");
                } else if (examAt.toInstant().isAfter(clock.instant().plus(Duration.ofDays(MAX_DAYS_AHEAD)))) {
                    problems.add("examDate: " + form.examDate().strip() + " is more than two years away; "
                            + "set a date within " + MAX_DAYS_AHEAD + " days");
                }
            } catch (DateTimeParseException e) {
                problems.add("examDate: '" + form.examDate() + "' is not a date YYYY-MM-DD");
            }
        }
        Map<String, Integer> minutes = minutes(form, problems);
        List<String> daysOff = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (String day : form.daysOff() == null ? List.<String>of() : form.daysOff()) {
            try {
                LocalDate date = LocalDate.parse(day == null ? "" : day.strip());
                if (examAt != null && date.isAfter(examAt.toLocalDate())) {
                    problems.add("daysOff: " + date + " is after the exam (" + examAt.toLocalDate() + ")");
                } else if (!date.isBefore(today.minusDays(DAYS_OFF_KEPT))) {
                    daysOff.add(date.toString());
                }
            } catch (DateTimeParseException e) {
                problems.add("daysOff: '" + day + "' is not a date YYYY-MM-DD");
            }
        }
        int window = form.finalWindowHours() == null ? DEFAULT_FINAL_WINDOW_HOURS : form.finalWindowHours();
        if (window < 0 || window > 336) {
            problems.add("finalWindowHours: must be between 0 and 336 (two weeks), got " + window);
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest("the goal was not saved: " + problems.getFirst(), problems);
        }
        return new ValidGoal(
                pack,
                examAt,
                zone,
                String.join(",", minutes.values().stream().map(String::valueOf).toList()),
                daysOff.stream().distinct().sorted().toList(),
                window);
    }

    private static Map<String, Integer> minutes(GoalForm form, List<String> problems) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        Double every = form.hoursPerDay();
        if (every != null && (every.isNaN() || every < 0 || every > 24)) {
            problems.add("hoursPerDay: must be between 0 and 24, got " + every);
            every = null;
        }
        Map<String, Double> byDay = form.weekdayHours() == null ? Map.of() : form.weekdayHours();
        for (String key : byDay.keySet()) {
            if (!WEEKDAYS.contains(key.toLowerCase(Locale.ROOT))) {
                problems.add("weekdayHours." + key + ": is not a weekday (" + String.join(", ", WEEKDAYS) + ")");
            }
        }
        for (String day : WEEKDAYS) {
            Double hours = byDay.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(day))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(every);
            if (hours != null && (hours.isNaN() || hours < 0 || hours > 24)) {
                problems.add("weekdayHours." + day + ": must be between 0 and 24, got " + hours);
                hours = 0.0;
            }
            minutes.put(day, hours == null ? 0 : (int) Math.round(hours * 60));
        }
        if (minutes.values().stream().allMatch(m -> m == 0)
                && problems.stream().noneMatch(p -> p.startsWith("hoursPerDay"))) {
            problems.add("hoursPerDay: no study time on any day; give hoursPerDay or weekdayHours more than 0");
        }
        return minutes;
    }

    /** An outcome (passed, failed, not-taken) and an optional score of 0 to 1000, to archive a goal with. */
    public static void archive(String outcome, Integer score) {
        List<String> problems = new ArrayList<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            problems.add("outcome: must be one of " + String.join(", ", OUTCOMES) + ", not '" + outcome + "'");
        }
        if (score != null && (score < 0 || score > 1000)) {
            problems.add("score: must be between 0 and 1000, got " + score);
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest("the goal was not archived: " + problems.getFirst(), problems);
        }
    }

    /** The form with what it leaves out taken from the stored goal. */
    public static GoalForm completed(GoalForm form, GoalRow stored) {
        if (form == null) {
            return null;
        }
        ZonedDateTime examAt = Instant.ofEpochMilli(stored.examAt()).atZone(ZoneId.of(stored.timeZone()));
        boolean hoursGiven = form.hoursPerDay() != null
                || (form.weekdayHours() != null && !form.weekdayHours().isEmpty());
        Map<String, Double> hours = new LinkedHashMap<>();
        if (!hoursGiven) {
            stored.minutesByWeekday().forEach((day, m) -> hours.put(WEEKDAYS.get(day.getValue() - 1), m / 60.0));
        }
        return new GoalForm(
                blank(form.pack()) ? stored.packCode() : form.pack(),
                blank(form.examDate()) ? examAt.toLocalDate().toString() : form.examDate(),
                blank(form.examTime()) ? examAt.toLocalTime().toString() : form.examTime(),
                blank(form.timeZone()) ? stored.timeZone() : form.timeZone(),
                form.hoursPerDay(),
                hoursGiven ? form.weekdayHours() : hours,
                form.daysOff() == null ? JsonLists.read(stored.daysOff()) : form.daysOff(),
                form.finalWindowHours() == null ? stored.finalWindowHours() : form.finalWindowHours());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
