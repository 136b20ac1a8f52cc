package dev.examloop.planner;

import dev.examloop.core.plan.DomainShare;
import java.time.Instant;
import java.util.List;

/**
 * The plan of the active goal from today to the exam, each domain's share with the reason for it, and what
 * changed in the plan lately and why.
 *
 * @param reasons one line per domain on why it gets its share ("Modeling: 36 % of the blueprint, 52 % in the last
 *     mock, 2 red cards → 61 % of study time")
 * @param changes the latest revision's lines ("Modeling +40 min: scored 52 % in the last mock")
 * @param changedAt when the plan last changed
 * @param history earlier revisions, newest first
 */
public record PlanView(
        GoalView goal,
        String today,
        List<DayView> days,
        List<DomainShare> shares,
        List<String> reasons,
        List<String> changes,
        Instant changedAt,
        List<Revision> history) {

    /** One revision of the plan. */
    public record Revision(Instant at, String planFrom, List<String> changes) {}
}
