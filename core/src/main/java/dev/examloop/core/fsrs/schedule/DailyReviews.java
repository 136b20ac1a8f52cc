package dev.examloop.core.fsrs.schedule;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Today's review list: one stateless function of the cards and the learner's circumstances ({@link ScheduleRequest}),
 * used by the daily queue of the app and by {@code examloop schedule today}. The same request always gives the same
 * list; the order of the cards in the request does not matter.
 *
 * <p>Cards in their short (re)learning steps that fall due today come first: they are in the middle of being learnt.
 * Then:
 *
 * <ul>
 *   <li><b>With an exam date</b> (on or after today): new cards up to today's allowance (none in the last two days,
 *       the planner's review-only window), then the reviews the backward plan to the exam gives today ({@link
 *       ExamAllocation}), by falling gain in expected recall at the exam per second.
 *   <li><b>Without one</b>: the review cards whose due day, after the load balancer ({@link LoadBalancer}, with Easy
 *       Days), is today or past, lowest retrievability first, as many as today's minutes allow; then new cards.
 * </ul>
 */
public final class DailyReviews {
    /**
     * The plan counts on this share of each later day's minutes. A plan made afresh every day that trusts the later
     * days fully keeps putting reviews off to them (they look as good, and the model is never exactly right about the
     * learner's memory), and the days before the exam then have more to do than they can; counting on 60 % of them
     * makes today do its share. Chosen in bench/schedule over 0.5 to 1 (decision 0075).
     */
    static final double FUTURE_SHARE = 0.6;

    /** No new cards in the last days before the exam: the planner's final window, 48 hours. */
    static final int NO_NEW_CARDS_DAYS = 2;

    /** The new cards expected on a later day are planned in groups of at most this many (fewer entries, less work). */
    static final int GROUP_SIZE = 4;

    private DailyReviews() {}

    /** The cards to review today, in order. */
    public static TodaysReviews today(ScheduleRequest request) {
        List<CardToSchedule> cards = new ArrayList<>(request.cards());
        cards.sort(Comparator.comparing(CardToSchedule::id));
        LocalDate today = request.today();
        Instant endOfToday = today.plusDays(1).atStartOfDay(request.zone()).toInstant();
        List<String> review = new ArrayList<>();
        List<CardToSchedule> reviewCards = new ArrayList<>();
        List<CardToSchedule> newCards = new ArrayList<>();
        double seconds = request.minutes().on(0) * 60;
        double perReview = request.secondsPerReview();
        List<CardToSchedule> stepping = new ArrayList<>();
        for (CardToSchedule c : cards) {
            switch (c.card().state()) {
                case NEW -> newCards.add(c);
                case LEARNING, RELEARNING -> {
                    if (c.card().due().isBefore(endOfToday)) {
                        stepping.add(c);
                    }
                }
                case REVIEW -> reviewCards.add(c);
            }
        }
        stepping.sort(Comparator.comparing((CardToSchedule c) -> c.card().due()).thenComparing(CardToSchedule::id));
        for (CardToSchedule c : stepping) {
            review.add(c.id());
            seconds -= perReview;
        }
        int examDay = request.examAt()
                .map(at -> (int) (LocalDate.ofInstant(at, request.zone()).toEpochDay() - today.toEpochDay()))
                .orElse(-1);
        if (examDay >= 0) {
            return examMode(request, Math.max(examDay, 1), review, reviewCards, newCards, seconds);
        }
        return dueMode(request, review, reviewCards, newCards, seconds);
    }

    private static TodaysReviews dueMode(
            ScheduleRequest request,
            List<String> review,
            List<CardToSchedule> reviewCards,
            List<CardToSchedule> newCards,
            double seconds) {
        LocalDate today = request.today();
        PlanningModel model = new PlanningModel(request.settings().parameters());
        List<LoadBalancer.Due> dues = new ArrayList<>(reviewCards.size());
        for (int i = 0; i < reviewCards.size(); i++) {
            Card card = reviewCards.get(i).card();
            dues.add(new LoadBalancer.Due(
                    i,
                    reviewCards.get(i).id(),
                    dayOf(card.lastReview().orElseThrow(), request),
                    dayOf(card.due(), request)));
        }
        int[] day = LoadBalancer.balance(dues, today, request.easyDays());
        List<Integer> due = new ArrayList<>();
        double[] recall = new double[reviewCards.size()];
        int horizon = 1;
        for (int i = 0; i < day.length; i++) {
            horizon = Math.max(horizon, day[i] + 1);
            if (day[i] <= 0) {
                Card card = reviewCards.get(i).card();
                recall[i] = model.retrievability(
                        -dues.get(i).lastDay(), card.memory().orElseThrow().stability());
                due.add(i);
            }
        }
        due.sort(Comparator.comparingDouble((Integer i) -> recall[i])
                .thenComparing(i -> reviewCards.get(i).id()));
        double relearning = request.settings().relearningSteps().size();
        int cap = lightDayCap(request, day);
        int taken = 0;
        for (int i : due) {
            double cost = (1 + (1 - recall[i]) * relearning) * request.secondsPerReview();
            if (seconds < cost || taken++ >= cap) {
                break;
            }
            review.add(reviewCards.get(i).id());
            seconds -= cost;
        }
        addNewCards(request, review, newCards, seconds, newCardsAllowed(request, request.today()));
        List<Integer> load = new ArrayList<>();
        int[] counts = new int[Math.min(horizon, 366)];
        for (int d : day) {
            if (d < counts.length) {
                counts[Math.max(d, 0)]++;
            }
        }
        for (int count : counts) {
            load.add(count);
        }
        return new TodaysReviews(review, TodaysReviews.Mode.DUE, load, Double.NaN);
    }

    private static TodaysReviews examMode(
            ScheduleRequest request,
            int examDay,
            List<String> review,
            List<CardToSchedule> reviewCards,
            List<CardToSchedule> newCards,
            double seconds) {
        PlanningModel model = new PlanningModel(request.settings().parameters());
        int lastNewDay = examDay - NO_NEW_CARDS_DAYS - 1;
        int rate = newCardsAllowed(request, request.today());
        List<CardToSchedule> started = new ArrayList<>();
        double perNew = secondsPerNewCard(request);
        for (CardToSchedule c : newCards) {
            if (started.size() >= rate || lastNewDay < 0 || seconds < perNew) {
                break;
            }
            started.add(c);
            review.add(c.id());
            seconds -= perNew;
        }
        double[] secondsByDay = new double[examDay];
        for (int d = 0; d < examDay; d++) {
            LocalDate date = request.today().plusDays(d);
            double share = request.easyDays().fraction(date);
            secondsByDay[d] = (d == 0 ? Math.max(seconds, 0) : request.minutes().on(d) * 60 * FUTURE_SHARE) * share;
        }
        // The new cards still waiting start on the following days at the daily rate, until the final window: each day's
        // start is planned in small groups, and its learning time is kept free.
        List<int[]> groups = new ArrayList<>();
        int waiting = newCards.size() - started.size();
        for (int d = 1; d <= lastNewDay && waiting > 0 && request.newCardsToday() > 0; d++) {
            int dayRate = newCardsAllowed(request, request.today().plusDays(d));
            int count = (int) Math.min(Math.min(dayRate, waiting), Math.floor(secondsByDay[d] / perNew));
            if (count <= 0) {
                continue;
            }
            for (int left = count; left > 0; left -= GROUP_SIZE) {
                groups.add(new int[] {d, Math.min(left, GROUP_SIZE)});
            }
            secondsByDay[d] -= count * perNew;
            waiting -= count;
        }
        int cardsNow = reviewCards.size() + started.size();
        int n = cardsNow + groups.size();
        double[] stability = new double[n];
        double[] difficulty = new double[n];
        int[] lastDay = new int[n];
        int[] weight = new int[n];
        for (int i = 0; i < reviewCards.size(); i++) {
            Card card = reviewCards.get(i).card();
            MemoryState memory = card.memory().orElseThrow();
            stability[i] = memory.stability();
            difficulty[i] = memory.difficulty();
            lastDay[i] = Math.min(dayOf(card.lastReview().orElseThrow(), request), 0);
            weight[i] = 1;
        }
        MemoryState learnt =
                new dev.examloop.core.fsrs.MemoryModel(request.settings().parameters()).initialMemory(Rating.GOOD);
        for (int k = reviewCards.size(); k < n; k++) {
            stability[k] = learnt.stability();
            difficulty[k] = learnt.difficulty();
            boolean group = k >= cardsNow;
            lastDay[k] = group ? groups.get(k - cardsNow)[0] : 0;
            weight[k] = group ? groups.get(k - cardsNow)[1] : 1;
        }
        ExamAllocation allocation = new ExamAllocation(
                        model,
                        examDay,
                        secondsByDay,
                        request.secondsPerReview(),
                        request.settings().relearningSteps().size(),
                        stability,
                        difficulty,
                        lastDay,
                        weight)
                .run();
        for (int i : allocation.today()) {
            review.add(reviewCards.get(i).id());
        }
        List<Integer> load = new ArrayList<>();
        for (int count : allocation.plannedLoad()) {
            load.add(count);
        }
        int allCards = reviewCards.size() + newCards.size();
        double recall = allCards == 0 ? Double.NaN : allocation.expectedRecallSum() / allCards;
        return new TodaysReviews(review, TodaysReviews.Mode.EXAM, load, recall);
    }

    private static void addNewCards(
            ScheduleRequest request, List<String> review, List<CardToSchedule> newCards, double seconds, int allowed) {
        double perNew = secondsPerNewCard(request);
        int started = 0;
        for (CardToSchedule c : newCards) {
            if (started >= allowed || seconds < perNew) {
                return;
            }
            review.add(c.id());
            seconds -= perNew;
            started++;
        }
    }

    /**
     * How many reviews a light day takes at most: its share of the reviews the balanced plan puts on the normal days of
     * the coming week. The balancer keeps most of a light day's load away, but cards whose range is one day (short
     * intervals, and cards already overdue) cannot move; the rest of them wait for the next day. No limit on a normal
     * day, or when no normal day of the week has a review planned.
     */
    private static int lightDayCap(ScheduleRequest request, int[] balancedDay) {
        double share = request.easyDays().fraction(request.today());
        if (share >= 1) {
            return Integer.MAX_VALUE;
        }
        int[] load = new int[8];
        for (int d : balancedDay) {
            if (d >= 1 && d <= 7) {
                load[d]++;
            }
        }
        double sum = 0;
        int normal = 0;
        for (int d = 1; d <= 7; d++) {
            if (request.easyDays().fraction(request.today().plusDays(d)) >= 1) {
                sum += load[d];
                normal++;
            }
        }
        return normal == 0 || sum == 0 ? Integer.MAX_VALUE : (int) Math.ceil(share * sum / normal);
    }

    /** Today's new cards, fewer on a light day in proportion to its share of a normal day's load. */
    static int newCardsAllowed(ScheduleRequest request, LocalDate day) {
        return (int) Math.round(request.newCardsToday() * request.easyDays().fraction(day));
    }

    /**
     * The time a new card takes on its first day: its first review and, on average, half of its learning steps
     * (Good moves a step on, Easy skips them, Again and Hard repeat one).
     */
    static double secondsPerNewCard(ScheduleRequest request) {
        return (1 + request.settings().learningSteps().size() / 2.0) * request.secondsPerReview();
    }

    /** The learner's day of {@code instant}, counted from today. */
    private static int dayOf(Instant instant, ScheduleRequest request) {
        return (int) (LocalDate.ofInstant(instant, request.zone()).toEpochDay()
                - request.today().toEpochDay());
    }
}
