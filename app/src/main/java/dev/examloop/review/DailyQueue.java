package dev.examloop.review;

import dev.examloop.core.board.Zone;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.review.internal.CardRow;
import dev.examloop.review.internal.CardRules;
import dev.examloop.review.internal.CardStore;
import dev.examloop.review.internal.CardViews;
import dev.examloop.review.internal.ReviewLogStore;
import dev.examloop.review.internal.ReviewSettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The cards to review: today's queue (planned with the exam in view when a goal is active) and the review load
 * forecast for the planner.
 */
@Component
class DailyQueue {
    /** How many cards of each kind a queue lists at most; the counts are always complete. */
    static final int QUEUE_PAGE = 100;

    private final CardStore store;
    private final ReviewLogStore reviewLog;
    private final ReviewSettingsStore settingsStore;
    private final CardViews views;
    private final CardSchedulers schedulers;
    private final Clock clock;
    private final ObjectProvider<ReviewTimetable> timetable;

    DailyQueue(
            CardStore store,
            ReviewLogStore reviewLog,
            ReviewSettingsStore settingsStore,
            CardViews views,
            CardSchedulers schedulers,
            Clock clock,
            ObjectProvider<ReviewTimetable> timetable) {
        this.store = store;
        this.reviewLog = reviewLog;
        this.settingsStore = settingsStore;
        this.views = views;
        this.schedulers = schedulers;
        this.clock = clock;
        this.timetable = timetable;
    }

    /**
     * The daily queue. With an active goal: the cards the core's exam-day plan chooses for today within the plan's
     * review minutes ({@link PlannedQueue}, decision 0075), then the red cards it left out. Without one: red cards
     * first, then cards due today, then new cards up to the daily limit. It lists the first {@value #QUEUE_PAGE} of
     * each kind (a session takes them one by one) with the full counts.
     */
    QueueView queue(String account) {
        ReviewSettings settings = settingsStore.settings(account);
        Scheduler scheduler = schedulers.of(account, settings);
        ReviewTimetable source = timetable.getIfAvailable();
        Optional<ReviewTimetable.ReviewDays> days = source == null ? Optional.empty() : source.reviewDays();
        if (days.isPresent()) {
            return planned(account, settings, scheduler, days.get());
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        long startOfDay = today.atStartOfDay(zone).toInstant().toEpochMilli();
        List<QueueView.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CardRow row : store.red(account, QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                items.add(new QueueView.Item(views.view(row, false, scheduler), "red"));
            }
        }
        for (CardRow row : store.due(account, endOfDay, QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                items.add(new QueueView.Item(views.view(row, false, scheduler), "due"));
            }
        }
        int room = Math.max(0, settings.newCardsPerDay() - reviewLog.introducedSince(account, startOfDay));
        int fresh = 0;
        if (room > 0) {
            // New cards already listed can only be red ones (due cards have been reviewed): skip past just those.
            int newOnRedPage = (int) items.stream()
                    .filter(i -> i.reason().equals("red") && i.card().state().equals("new"))
                    .count();
            for (CardRow row : store.fresh(account, Math.min(room, QUEUE_PAGE) + newOnRedPage)) {
                if (fresh < Math.min(room, QUEUE_PAGE) && seen.add(row.id())) {
                    items.add(new QueueView.Item(views.view(row, false, scheduler), "new"));
                    fresh++;
                }
            }
        }
        return new QueueView("daily", store.countDue(account, endOfDay), store.countRed(account), fresh, items);
    }

    private QueueView planned(
            String account, ReviewSettings settings, Scheduler scheduler, ReviewTimetable.ReviewDays days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), days.zone());
        long startOfDay = today.atStartOfDay(days.zone()).toInstant().toEpochMilli();
        int room = Math.max(0, settings.newCardsPerDay() - reviewLog.introducedSince(account, startOfDay));
        ScheduleBasis basis = PlannedQueue.basis(days, today, secondsPerReview(account), scheduler.settings());
        List<CardRow> rows = store.list(account, null, null, null);
        List<QueueView.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int due = 0;
        int fresh = 0;
        for (CardRow row : PlannedQueue.today(rows, days, today, basis, room, scheduler.settings())) {
            boolean isNew = row.isNew();
            seen.add(row.id());
            items.add(new QueueView.Item(views.view(row, false, scheduler), isNew ? "new" : "due"));
            due += isNew ? 0 : 1;
            fresh += isNew ? 1 : 0;
        }
        int red = 0;
        for (CardRow row : rows) {
            if (row.zone() == Zone.RED && red < QUEUE_PAGE && seen.add(row.id())) {
                items.add(new QueueView.Item(views.view(row, false, scheduler), "red"));
                red++;
            }
        }
        return new QueueView("daily", due, store.countRed(account), fresh, items, basis);
    }

    /** For the final days: every card on the board (weakest first, as given), each listed for its zone. */
    static QueueView everything(List<CardView> board) {
        return new QueueView(
                "everything",
                0,
                (int) board.stream().filter(c -> c.zone().equals("red")).count(),
                0,
                board.stream().map(c -> new QueueView.Item(c, c.zone())).toList());
    }

    /**
     * The review load from {@code from} to {@code to} in the zone given, the red cards of a pack's domains and the
     * learner's typical review duration. The first day counts what its queue holds: every card due by its end or
     * red, and new cards up to the day's room.
     */
    DueForecast forecast(String account, String packCode, ZoneId zone, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> due = new TreeMap<>();
        long endOfFirstDay = from.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        int room = Math.max(
                0,
                settingsStore.settings(account).newCardsPerDay()
                        - reviewLog.introducedSince(
                                account, from.atStartOfDay(zone).toInstant().toEpochMilli()));
        due.put(from, store.countDueOrRed(account, endOfFirstDay) + Math.min(room, store.countNewNotRed(account)));
        long start = from.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        for (long at : store.dueBetween(account, start, end)) {
            due.merge(LocalDate.ofInstant(Instant.ofEpochMilli(at), zone), 1, Integer::sum);
        }
        return new DueForecast(due, store.redByDomain(account, packCode), secondsPerReview(account));
    }

    /** The learner's median review time over their last 200 timed reviews. */
    private double secondsPerReview(String account) {
        return CardRules.secondsPerReview(reviewLog.recentDurations(account, 200));
    }
}
