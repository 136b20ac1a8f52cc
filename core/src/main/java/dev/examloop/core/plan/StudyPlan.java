package dev.examloop.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plan from a day up to the exam.
 *
 * @param from the first day planned ("today")
 * @param days every date from {@code from} to the exam date
 * @param shares each domain's part of the study time, in blueprint order
 */
public record StudyPlan(LocalDate from, List<PlanDay> days, List<DomainShare> shares) {
    public StudyPlan {
        days = List.copyOf(days);
        shares = List.copyOf(shares);
    }

    public Optional<PlanDay> day(LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** The first planned mock on or after {@code from}. */
    public Optional<LocalDate> nextMock() {
        return days.stream()
                .filter(d -> d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.MOCK_EXAM))
                .map(PlanDay::date)
                .findFirst();
    }

    public long mocks() {
        return days.stream()
                .flatMap(d -> d.blocks().stream())
                .filter(b -> b.kind() == BlockKind.MOCK_EXAM)
                .count();
    }
}
