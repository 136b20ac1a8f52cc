package dev.examloop.planner;

import dev.examloop.core.plan.DomainShare;
import java.util.List;

/**
 * The Today page: today's blocks, the review count, the next mock, the weakest domains, the countdown, the
 * streak, and planned against done per day and per domain.
 *
 * @param nextMock the date of the next planned mock, or {@code null}
 * @param streak consecutive days, up to today or yesterday, with at least one block done
 * @param days planned against done minutes for the last days of the goal, oldest first
 * @param domains per domain: minutes done, and done plus still planned
 */
public record TodayView(
        GoalView goal,
        Countdown countdown,
        DayView today,
        int dueReviews,
        String nextMock,
        List<DomainShare> weakest,
        int streak,
        BlockView running,
        List<DayTally> days,
        List<DomainTally> domains,
        List<String> changes) {

    /** Planned and done study minutes of one day. */
    public record DayTally(String date, int planned, int done) {}

    /** Done and total (done + planned) minutes of domain study for one domain. */
    public record DomainTally(String domainId, String title, int done, int total) {}
}
