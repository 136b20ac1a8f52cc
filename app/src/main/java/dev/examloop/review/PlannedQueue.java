package dev.examloop.review;

import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.schedule.CardToSchedule;
import dev.examloop.core.fsrs.schedule.DailyMinutes;
import dev.examloop.core.fsrs.schedule.DailyReviews;
import dev.examloop.core.fsrs.schedule.EasyDays;
import dev.examloop.core.fsrs.schedule.ScheduleRequest;
import dev.examloop.review.internal.CardRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily queue of a learner with an exam: the core's {@link DailyReviews#today} over all their cards, with the
 * goal's exam and the plan's review minutes, exactly as {@code examloop schedule today} computes it from the exported
 * review log (cards are named by their number, the log's {@code card_id}).
 */
final class PlannedQueue {
    private PlannedQueue() {}

    /** The cards to review today, in order. */
    static List<CardRow> today(
            List<CardRow> rows,
            ReviewTimetable.ReviewDays days,
            LocalDate today,
            ScheduleBasis basis,
            int newCards,
            SchedulerSettings settings) {
        List<CardToSchedule> cards = new ArrayList<>(rows.size());
        Map<String, CardRow> byNumber = new HashMap<>();
        for (CardRow row : rows) {
            String id = Long.toString(row.number());
            cards.add(new CardToSchedule(id, row.fsrsCard()));
            byNumber.put(id, row);
        }
        ScheduleRequest request = new ScheduleRequest(
                cards,
                today,
                Optional.of(days.examAt()),
                new DailyMinutes(days.minutesFromToday()),
                basis.secondsPerReview(),
                EasyDays.NONE,
                days.zone(),
                settings,
                newCards);
        List<CardRow> listed = new ArrayList<>();
        for (String id : DailyReviews.today(request).review()) {
            listed.add(byNumber.get(id));
        }
        return listed;
    }

    /** The basis of a planned queue, as the API shows it: the same options give the same list from the CLI. */
    static ScheduleBasis basis(
            ReviewTimetable.ReviewDays days, LocalDate today, double secondsPerReview, SchedulerSettings settings) {
        return new ScheduleBasis(
                days.examAt(),
                days.zone().getId(),
                today,
                days.minutesFromToday(),
                secondsPerReview,
                settings.desiredRetention(),
                settings.parameters().weights());
    }
}
