package dev.examloop.review;

import dev.examloop.accounts.Accounts;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.schedule.CardToSchedule;
import dev.examloop.core.fsrs.schedule.DailyMinutes;
import dev.examloop.core.fsrs.schedule.EasyDays;
import dev.examloop.core.fsrs.schedule.ScheduleRequest;
import dev.examloop.core.fsrs.schedule.WorkloadSimulation;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardStore;
import dev.examloop.review.internal.ParameterSetStore;
import dev.examloop.review.internal.ReviewLogStore;
import dev.examloop.review.internal.ReviewSettingsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The workload simulator behind the "What if" page: the learner's own cards and FSRS parameters, played forward by the
 * core's {@link WorkloadSimulation} to the exam date, at a desired retention or with the exam-day plan.
 */
@Service
public class WhatIf {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** The longest simulation, in days. */
    static final int MAX_DAYS = 120;

    private final CardStore store;
    private final ReviewLogStore reviewLog;
    private final ReviewSettingsStore settingsStore;
    private final ParameterSetStore parameterSets;
    private final Accounts accounts;
    private final Clock clock;
    private final ObjectProvider<ReviewTimetable> timetable;

    public WhatIf(
            CardStore store,
            ReviewLogStore reviewLog,
            ReviewSettingsStore settingsStore,
            ParameterSetStore parameterSets,
            Accounts accounts,
            Clock clock,
            ObjectProvider<ReviewTimetable> timetable) {
        this.store = store;
        this.reviewLog = reviewLog;
        this.settingsStore = settingsStore;
        this.parameterSets = parameterSets;
        this.accounts = accounts;
        this.clock = clock;
        this.timetable = timetable;
    }

    /**
     * Answers the question; any of its parts may be null (the page's defaults: the account's retention, the plan's
     * minutes today or 30, the goal's exam date or four weeks from today).
     */
    public WhatIfView simulate(String mode, String retention, String minutes, String examDate) {
        String account = accounts.currentAccountId();
        ReviewSettings settings = settingsStore.settings(account);
        ReviewTimetable source = timetable.getIfAvailable();
        Optional<ReviewTimetable.ReviewDays> plan = source == null ? Optional.empty() : source.reviewDays();
        ZoneId zone = plan.map(ReviewTimetable.ReviewDays::zone).orElse(clock.getZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<String> problems = new ArrayList<>();
        String chosenMode = mode == null || mode.isBlank() ? (plan.isPresent() ? "exam" : "retention") : mode.strip();
        if (!chosenMode.equals("exam") && !chosenMode.equals("retention")) {
            problems.add("Mode: choose a desired retention or the exam-date plan.");
            chosenMode = "retention";
        }
        double r = settings.desiredRetention();
        if (retention != null && !retention.isBlank()) {
            r = parse(retention.strip().replace("%", ""), Double.NaN);
            if (r > 1) {
                r /= 100;
            }
            if (!(r >= 0.70 && r <= 0.97)) {
                problems.add("Desired retention: '" + retention + "' is not between 70 % and 97 %.");
                r = settings.desiredRetention();
            }
        }
        int perDay = (int) Math.round(
                plan.map(p -> p.minutesFromToday().get(0)).filter(m -> m > 0).orElse(30.0));
        if (minutes != null && !minutes.isBlank()) {
            double m = parse(minutes.strip(), Double.NaN);
            if (!(m >= 1 && m <= 600)) {
                problems.add("Minutes a day: '" + minutes + "' is not a number from 1 to 600.");
            } else {
                perDay = (int) Math.round(m);
            }
        }
        LocalDate exam = plan.map(p -> LocalDate.ofInstant(p.examAt(), zone))
                .filter(d -> d.isAfter(today))
                .orElse(today.plusWeeks(4));
        if (examDate != null && !examDate.isBlank()) {
            try {
                LocalDate asked = LocalDate.parse(examDate.strip());
                if (!asked.isAfter(today) || asked.isAfter(today.plusDays(MAX_DAYS))) {
                    problems.add("Exam date: give a day after today and at most " + MAX_DAYS + " days away.");
                } else {
                    exam = asked;
                }
            } catch (DateTimeParseException e) {
                problems.add("Exam date: '" + examDate + "' is not a date.");
            }
        }
        if (!problems.isEmpty()) {
            return view(chosenMode, r, perDay, exam, problems, List.of(), Double.NaN, 0, 0);
        }
        SchedulerSettings scheduling = SchedulerSettings.DEFAULT
                .withDesiredRetention(settings.desiredRetention())
                .withParameters(ScheduleOptimiser.activeParameters(parameterSets, account));
        List<CardToSchedule> cards = new ArrayList<>();
        for (CardRow row : store.list(account, null, null, null)) {
            cards.add(new CardToSchedule(Long.toString(row.number()), row.fsrsCard()));
        }
        ScheduleRequest request = new ScheduleRequest(
                cards,
                today,
                Optional.of(exam.atTime(9, 0).atZone(zone).toInstant()),
                DailyMinutes.every(perDay),
                secondsPerReview(account),
                EasyDays.NONE,
                zone,
                scheduling,
                0);
        int days = (int) (exam.toEpochDay() - today.toEpochDay());
        WorkloadSimulation.Outcome outcome = WorkloadSimulation.simulate(
                request, chosenMode.equals("exam") ? Optional.empty() : Optional.of(r), days);
        int recommended = (int) Math.round(100 * WorkloadSimulation.recommendedRetention(request, days));
        long reviewed = cards.stream()
                .filter(c -> c.card().state() == dev.examloop.core.fsrs.State.REVIEW)
                .count();
        double most = outcome.minutesPerDay().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        List<WhatIfView.Day> dayViews = new ArrayList<>();
        for (int d = 0; d < outcome.minutesPerDay().size(); d++) {
            double m = outcome.minutesPerDay().get(d);
            dayViews.add(new WhatIfView.Day(
                    LABEL.format(today.plusDays(d)), m, most <= 0 ? 0 : (int) Math.round(100 * m / most)));
        }
        return view(chosenMode, r, perDay, exam, problems, dayViews, 100 * outcome.examRecall(), recommended, (int)
                reviewed);
    }

    private WhatIfView view(
            String mode,
            double retention,
            int minutes,
            LocalDate exam,
            List<String> problems,
            List<WhatIfView.Day> days,
            double recall,
            int recommended,
            int cards) {
        int total = (int)
                Math.round(days.stream().mapToDouble(WhatIfView.Day::minutes).sum());
        return new WhatIfView(
                mode,
                retention,
                minutes,
                exam.toString(),
                LABEL.format(exam),
                problems,
                days,
                recall,
                recommended,
                cards,
                total);
    }

    private double secondsPerReview(String account) {
        List<Long> durations = reviewLog.recentDurations(account, 200);
        if (durations.size() < 20) {
            return 45;
        }
        List<Long> sorted = durations.stream().sorted().toList();
        return Math.max(10, Math.min(300, sorted.get(sorted.size() / 2) / 1000.0));
    }

    private static double parse(String text, double fallback) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
