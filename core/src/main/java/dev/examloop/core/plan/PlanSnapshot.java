package dev.examloop.core.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is kept of a plan to explain the next one: each domain's share and evidence, the domain minutes
 * planned on its first day, and the number of mocks.
 */
public record PlanSnapshot(
        LocalDate from, List<DomainShare> shares, Map<String, Integer> plannedOnFirstDay, int mocks) {
    public PlanSnapshot {
        shares = List.copyOf(shares);
        plannedOnFirstDay = Map.copyOf(plannedOnFirstDay);
    }

    public static PlanSnapshot of(StudyPlan plan) {
        Map<String, Integer> first = new LinkedHashMap<>();
        plan.day(plan.from())
                .ifPresent(day ->
                        plan.shares().forEach(share -> first.put(share.domainId(), day.minutesFor(share.domainId()))));
        return new PlanSnapshot(plan.from(), plan.shares(), first, (int) plan.mocks());
    }

    /** Whether {@code other} plans the same minutes per domain and the same number of mocks. */
    public boolean samePlanAs(PlanSnapshot other) {
        if (other == null || other.mocks != mocks || other.shares.size() != shares.size()) {
            return false;
        }
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).plannedMinutes() != other.shares.get(i).plannedMinutes()
                    || !shares.get(i).domainId().equals(other.shares.get(i).domainId())) {
                return false;
            }
        }
        return true;
    }
}
