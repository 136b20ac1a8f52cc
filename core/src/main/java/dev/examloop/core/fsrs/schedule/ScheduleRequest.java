package dev.examloop.core.fsrs.schedule;

import dev.examloop.core.fsrs.SchedulerSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link DailyReviews#today} needs to choose today's reviews; nothing else is read.
 *
 * @param cards the learner's cards with their scheduling state (replayed from the review log, or as stored)
 * @param today the learner's date today, in {@code zone}
 * @param examAt when the exam starts, if the learner has one booked
 * @param minutes the minutes of review on each day from today
 * @param secondsPerReview how long one review takes, on average, in seconds
 * @param easyDays the weekdays that carry less load
 * @param zone the learner's time zone: where their days begin and end
 * @param settings the FSRS parameters, desired retention and (re)learning steps the cards are scheduled with
 * @param newCardsToday how many new (never reviewed) cards may start today
 */
public record ScheduleRequest(
        List<CardToSchedule> cards,
        LocalDate today,
        Optional<Instant> examAt,
        DailyMinutes minutes,
        double secondsPerReview,
        EasyDays easyDays,
        ZoneId zone,
        SchedulerSettings settings,
        int newCardsToday) {
    public ScheduleRequest {
        cards = List.copyOf(Objects.requireNonNull(cards, "cards"));
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(examAt, "examAt");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(easyDays, "easyDays");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(settings, "settings");
        if (!(secondsPerReview >= 1 && secondsPerReview <= 3600)) {
            throw new IllegalArgumentException(
                    "seconds per review must lie between 1 and 3600, was " + secondsPerReview);
        }
        if (newCardsToday < 0) {
            throw new IllegalArgumentException("new cards today must be 0 or more, was " + newCardsToday);
        }
    }

    /** This request on another day (the simulators move a learner forward one day at a time). */
    public ScheduleRequest on(LocalDate day, List<CardToSchedule> cardsThen, DailyMinutes minutesThen) {
        return new ScheduleRequest(
                cardsThen, day, examAt, minutesThen, secondsPerReview, easyDays, zone, settings, newCardsToday);
    }
}
