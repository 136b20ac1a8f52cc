package dev.examloop.core.fsrs.schedule;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "What if": the coming days played forward from the learner's own cards and FSRS parameters, in expected values (a
 * review is recalled with the model's probability, and the card carries the geometric mean of the two stabilities, as
 * in {@link ExamAllocation}), so the same question always gets the same answer. Either the cards fall due at a desired
 * retention (due cards lowest recall first, within each day's minutes), or each day's list is {@link DailyReviews}'s
 * exam plan. Cards in their learning steps and new cards are left out: the simulation is about the reviews to come.
 */
public final class WorkloadSimulation {
    /** The retentions tried for the recommendation: 0.70, 0.75, …, 0.95. */
    static final double[] RETENTIONS = {0.70, 0.75, 0.80, 0.85, 0.90, 0.95};

    private WorkloadSimulation() {}

    /**
     * What the days would bring.
     *
     * @param minutesPerDay the minutes of review on each simulated day, from today
     * @param examRecall the mean expected recall of the cards at the exam (or at the end of the days simulated)
     * @param reviews the reviews in all
     */
    public record Outcome(List<Double> minutesPerDay, double examRecall, double reviews) {}

    /**
     * Plays {@code days} days forward from {@code request}'s today. With {@code retention} present the cards fall due
     * at that retention; without it the exam plan chooses (the request must then have an exam).
     */
    public static Outcome simulate(ScheduleRequest request, Optional<Double> retention, int days) {
        PlanningModel model = new PlanningModel(request.settings().parameters());
        List<SimCard> cards = new ArrayList<>();
        for (CardToSchedule c : request.cards()) {
            if (c.card().state() == State.REVIEW) {
                MemoryState m = c.card().memory().orElseThrow();
                int last = (int) (LocalDate.ofInstant(c.card().lastReview().orElseThrow(), request.zone())
                                .toEpochDay()
                        - request.today().toEpochDay());
                cards.add(new SimCard(c.id(), m.stability(), m.difficulty(), Math.min(last, 0)));
            }
        }
        cards.sort(Comparator.comparing(c -> c.id));
        double relearning = request.settings().relearningSteps().size();
        List<Double> minutes = new ArrayList<>();
        double reviews = 0;
        for (int day = 0; day < days; day++) {
            double budget = request.minutes().on(day)
                    * 60
                    * request.easyDays().fraction(request.today().plusDays(day));
            List<SimCard> chosen =
                    retention.isPresent() ? due(cards, model, day, retention.get()) : planned(request, cards, day);
            double used = 0;
            for (SimCard c : chosen) {
                double p = model.retrievability(day - c.last, c.stability);
                double cost = (1 + (1 - p) * relearning) * request.secondsPerReview();
                if (used + cost > budget) {
                    break;
                }
                used += cost;
                reviews++;
                double recalled = model.afterRecall(c.difficulty, c.stability, p);
                double lapsed = model.afterLapseRelearned(c.difficulty, c.stability, p);
                c.stability = Math.exp(p * Math.log(recalled) + (1 - p) * Math.log(lapsed));
                c.difficulty = model.difficultyAfterGood(c.difficulty);
                c.last = day;
            }
            minutes.add(used / 60);
        }
        int end = request.examAt()
                .map(at -> (int) (LocalDate.ofInstant(at, request.zone()).toEpochDay()
                        - request.today().toEpochDay()))
                .orElse(days);
        double recall = 0;
        for (SimCard c : cards) {
            recall += model.retrievability(end - c.last, c.stability);
        }
        return new Outcome(minutes, cards.isEmpty() ? Double.NaN : recall / cards.size(), reviews);
    }

    /**
     * The retention with the least review time per unit of knowledge kept, as fsrs-rs's optimal-retention search
     * weighs it: for each of {@link #RETENTIONS}, the simulated minutes (with no daily limit) over the sum of the cards'
     * expected recall at the end of {@code days} days.
     */
    public static double recommendedRetention(ScheduleRequest request, int days) {
        ScheduleRequest unlimited = request.on(request.today(), request.cards(), DailyMinutes.every(24 * 60));
        unlimited = new ScheduleRequest(
                unlimited.cards(),
                unlimited.today(),
                Optional.empty(),
                unlimited.minutes(),
                unlimited.secondsPerReview(),
                EasyDays.NONE,
                unlimited.zone(),
                unlimited.settings(),
                0);
        double best = 0.9;
        double bestCost = Double.MAX_VALUE;
        for (double retention : RETENTIONS) {
            Outcome outcome = simulate(unlimited, Optional.of(retention), days);
            double minutes = outcome.minutesPerDay().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            double knowledge =
                    outcome.examRecall() * Math.max(1, unlimited.cards().size());
            if (!(knowledge > 0)) {
                continue;
            }
            double cost = minutes / knowledge;
            if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = retention;
            }
        }
        return best;
    }

    private static List<SimCard> due(List<SimCard> cards, PlanningModel model, int day, double retention) {
        List<SimCard> due = new ArrayList<>();
        for (SimCard c : cards) {
            double interval = Math.max(1, Math.round(model.interval(c.stability, retention)));
            if (c.last + interval <= day) {
                due.add(c);
            }
        }
        due.sort(Comparator.comparingDouble((SimCard c) -> model.retrievability(day - c.last, c.stability))
                .thenComparing(c -> c.id));
        return due;
    }

    private static List<SimCard> planned(ScheduleRequest request, List<SimCard> cards, int day) {
        LocalDate date = request.today().plusDays(day);
        Instant noon = date.atTime(12, 0).atZone(request.zone()).toInstant();
        List<CardToSchedule> now = new ArrayList<>(cards.size());
        java.util.Map<String, SimCard> byId = new java.util.HashMap<>();
        for (SimCard c : cards) {
            Instant last = noon.minus(Duration.ofDays(day - c.last));
            now.add(new CardToSchedule(
                    c.id,
                    Card.reviewed(
                            State.REVIEW,
                            0,
                            new MemoryState(
                                    Math.min(Math.max(c.stability, 0.001), MemoryState.STABILITY_MAX),
                                    Math.min(Math.max(c.difficulty, 1), 10)),
                            last.plus(Duration.ofDays(Math.max(1, Math.round(c.stability)))),
                            last)));
            byId.put(c.id, c);
        }
        ScheduleRequest today = request.on(date, now, shifted(request.minutes(), day));
        List<SimCard> chosen = new ArrayList<>();
        for (String id : DailyReviews.today(today).review()) {
            SimCard c = byId.get(id);
            if (c != null) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static DailyMinutes shifted(DailyMinutes minutes, int day) {
        List<Double> rest = new ArrayList<>();
        for (int d = day; d < Math.max(day + 1, minutes.perDay().size()); d++) {
            rest.add(minutes.on(d));
        }
        return new DailyMinutes(rest);
    }

    private static final class SimCard {
        final String id;
        double stability;
        double difficulty;
        int last;

        SimCard(String id, double stability, double difficulty, int last) {
            this.id = id;
            this.stability = stability;
            this.difficulty = difficulty;
            this.last = last;
        }
    }
}
