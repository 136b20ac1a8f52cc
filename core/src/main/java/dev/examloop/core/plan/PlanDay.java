package dev.examloop.core.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the plan.
 *
 * @param availableMinutes the study time the goal gives this day (after what is already done today)
 */
public record PlanDay(LocalDate date, DayType type, int availableMinutes, List<PlannedBlock> blocks) {
    public PlanDay {
        blocks = List.copyOf(blocks);
    }

    public int plannedMinutes() {
        return blocks.stream()
                .filter(b -> b.kind() != BlockKind.REST && b.kind() != BlockKind.EXAM)
                .mapToInt(PlannedBlock::minutes)
                .sum();
    }

    public int minutesFor(String domainId) {
        return blocks.stream()
                .filter(b -> domainId.equals(b.domainId()))
                .mapToInt(PlannedBlock::minutes)
                .sum();
    }
}
