package dev.examloop.planner;

import dev.examloop.core.plan.BlockKind;
import dev.examloop.core.plan.DomainShare;
import dev.examloop.core.plan.PlanDay;
import dev.examloop.core.plan.PlannedBlock;
import dev.examloop.planner.internal.BlockRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A made plan as the plan page, the Today page and the API show it. */
@Component
class PlanViews {
    /** How many past days the Today page tallies. */
    static final int DAYS_TALLIED = 7;

    private final Goals goals;
    private final PlanRevisions revisions;
    private final Clock clock;

    PlanViews(Goals goals, PlanRevisions revisions, Clock clock) {
        this.goals = goals;
        this.revisions = revisions;
        this.clock = clock;
    }

    PlanView plan(MadePlan made) {
        List<DayView> days = new ArrayList<>();
        for (PlanDay day : made.plan().days()) {
            days.add(day(made, day));
        }
        List<PlanView.Revision> history = revisions.history(made.goal());
        List<String> changes =
                history.isEmpty() ? List.of() : history.getFirst().changes();
        Instant changedAt = history.isEmpty() ? null : history.getFirst().at();
        return new PlanView(
                goals.view(made.goal()),
                made.today().toString(),
                days,
                made.plan().shares(),
                made.plan().shares().stream().map(DomainShare::explanation).toList(),
                changes,
                changedAt,
                history);
    }

    TodayView today(MadePlan made) {
        PlanView plan = plan(made);
        DayView today = plan.days().isEmpty()
                ? new DayView(made.today().toString(), weekday(made.today()), "past", 0, 0, List.of())
                : plan.days().getFirst();
        List<DomainShare> weakest = !made.measured()
                ? List.of()
                : made.plan().shares().stream()
                        .sorted(Comparator.comparingDouble(DomainShare::factor).reversed())
                        .limit(2)
                        .toList();
        BlockView running =
                today.blocks().stream().filter(BlockView::running).findFirst().orElse(null);
        return new TodayView(
                plan.goal(),
                goals.countdown().orElse(null),
                today,
                made.dueToday(),
                made.plan().nextMock().map(LocalDate::toString).orElse(null),
                weakest,
                streak(made),
                running,
                dayTallies(made),
                domainTallies(made),
                plan.changes());
    }

    private DayView day(MadePlan made, PlanDay day) {
        List<BlockView> views = new ArrayList<>();
        long now = clock.millis();
        if (day.date().equals(made.today())) {
            for (BlockRow row : made.started()) {
                if (row.day().equals(day.date().toString())) {
                    views.add(block(made, row, now));
                }
            }
        }
        for (PlannedBlock block : day.blocks()) {
            views.add(new BlockView(
                    block.key(),
                    block.kind().wire(),
                    block.kind().label(),
                    block.minutes(),
                    block.domainId(),
                    block.title(),
                    block.detail(),
                    block.sectionId(),
                    "planned",
                    0,
                    link(made, block.kind(), block.sectionId())));
        }
        int planned = views.stream()
                .filter(b ->
                        !b.kind().equals(BlockKind.REST.wire()) && !b.kind().equals(BlockKind.EXAM.wire()))
                .mapToInt(BlockView::minutes)
                .sum();
        return new DayView(
                day.date().toString(),
                weekday(day.date()),
                day.type().wire(),
                made.studyGoal().minutesOn(day.date()),
                planned,
                views);
    }

    /** A started block as it stands at {@code now}. */
    BlockView block(MadePlan made, BlockRow row, long now) {
        return new BlockView(
                row.blockKey(),
                row.kind().wire(),
                row.kind().label(),
                row.plannedMinutes(),
                row.domainId(),
                row.title(),
                "",
                row.sectionId(),
                row.status().wire(),
                row.secondsAt(now),
                link(made, row.kind(), row.sectionId()));
    }

    /** Where a block's work is done: always a path of this application. */
    private static String link(MadePlan made, BlockKind kind, String sectionId) {
        return switch (kind) {
            case MOCK_EXAM, LIGHT_PRACTICE -> "/exams#pack-" + made.pack().code();
            case POST_MORTEM -> "/history";
            case SPACED_REVIEW -> "/review";
            case BOARD_REVIEW -> "/review?everything=true";
            case COURSE_REVIEW, DOCUMENTATION -> sectionId == null ? "/resources" : "/resources#section-" + sectionId;
            default -> null;
        };
    }

    private static int streak(MadePlan made) {
        var doneDays = made.started().stream()
                .filter(BlockRow::isDone)
                .map(BlockRow::day)
                .collect(Collectors.toSet());
        LocalDate day = doneDays.contains(made.today().toString())
                ? made.today()
                : made.today().minusDays(1);
        int streak = 0;
        while (doneDays.contains(day.toString())) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Planned against done for the last {@value #DAYS_TALLIED} days up to today (from the goal's first day). */
    private List<TodayView.DayTally> dayTallies(MadePlan made) {
        Map<String, Integer> done = made.started().stream()
                .filter(BlockRow::isDone)
                .collect(Collectors.groupingBy(BlockRow::day, Collectors.summingInt(BlockRow::plannedMinutes)));
        LocalDate first = made.today().minusDays(DAYS_TALLIED - 1);
        LocalDate created = LocalDate.ofInstant(
                Instant.ofEpochMilli(made.goal().createdAt()),
                ZoneId.of(made.goal().timeZone()));
        Map<String, Integer> planned =
                revisions.plannedFrom(made.goal(), first.isBefore(created) ? created : first, made.today());
        List<TodayView.DayTally> tallies = new ArrayList<>();
        planned.forEach(
                (date, minutes) -> tallies.add(new TodayView.DayTally(date, minutes, done.getOrDefault(date, 0))));
        return tallies;
    }

    private static List<TodayView.DomainTally> domainTallies(MadePlan made) {
        return made.plan().shares().stream()
                .map(s -> new TodayView.DomainTally(
                        s.domainId(), s.title(), s.studiedMinutes(), s.studiedMinutes() + s.plannedMinutes()))
                .toList();
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
