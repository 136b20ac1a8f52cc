package dev.examloop.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.common.Ids;
import dev.examloop.core.plan.PlanChanges;
import dev.examloop.core.plan.PlanDay;
import dev.examloop.core.plan.PlanSnapshot;
import dev.examloop.planner.internal.BlockRow;
import dev.examloop.planner.internal.GoalRow;
import dev.examloop.planner.internal.RevisionStore;
import dev.examloop.planner.internal.RevisionStore.RevisionRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The plan's revisions (decision 0015): whenever the plan differs from the last one kept, a revision records what
 * changed and why, with the minutes planned on its first days, kept as JSON.
 */
@Component
class PlanRevisions {
    /** How many days of the plan a revision keeps the planned minutes of, for "planned against done". */
    static final int DAYS_KEPT = 14;

    private final RevisionStore revisions;
    private final ObjectMapper json;
    private final Clock clock;

    PlanRevisions(RevisionStore revisions, ObjectMapper json, Clock clock) {
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a stored revision keeps: the snapshot, and the study minutes planned on each of its first days (the
     * first day with what was already done included).
     */
    record Stored(PlanSnapshot snapshot, Map<String, Integer> plannedByDay) {}

    /** Keeps a revision when the plan differs from the last one kept, or when it is the first of a new day. */
    void record(MadePlan made) {
        PlanSnapshot snapshot = PlanSnapshot.of(made.plan());
        Map<String, Integer> plannedByDay = plannedByDay(made);
        Optional<RevisionRow> latest =
                revisions.latest(made.goal().accountId(), made.goal().id());
        Stored previous = latest.map(r -> read(r.snapshot(), Stored.class)).orElse(null);
        if (previous != null
                && previous.snapshot().samePlanAs(snapshot)
                && previous.snapshot().from().equals(snapshot.from())
                && previous.plannedByDay().equals(plannedByDay)) {
            return;
        }
        List<String> changes = previous == null
                ? List.of("First plan for " + made.goal().packCode() + ": "
                        + made.plan().days().size() + " days, " + made.plan().mocks() + " mocks")
                : PlanChanges.between(previous.snapshot(), snapshot);
        revisions.insert(
                Ids.newId(),
                made.goal().accountId(),
                made.goal().id(),
                clock.millis(),
                made.today().toString(),
                write(new Stored(snapshot, plannedByDay)),
                write(changes));
    }

    private static Map<String, Integer> plannedByDay(MadePlan made) {
        int doneToday = made.started().stream()
                .filter(b -> b.day().equals(made.today().toString()))
                .mapToInt(BlockRow::plannedMinutes)
                .sum();
        Map<String, Integer> planned = new LinkedHashMap<>();
        for (PlanDay day : made.plan()
                .days()
                .subList(0, Math.min(DAYS_KEPT, made.plan().days().size()))) {
            planned.put(
                    day.date().toString(), day.plannedMinutes() + (day.date().equals(made.today()) ? doneToday : 0));
        }
        return planned;
    }

    /** The latest revisions that changed something, newest first, at most ten. */
    List<PlanView.Revision> history(GoalRow goal) {
        return revisions.recent(goal.accountId(), goal.id(), 50).stream()
                .map(r -> new PlanView.Revision(
                        Instant.ofEpochMilli(r.createdAt()), r.planFrom(), List.of(read(r.changes(), String[].class))))
                .filter(r -> !r.changes().isEmpty())
                .limit(10)
                .toList();
    }

    /**
     * The minutes planned on each day from {@code first}: a day's plan is the one the latest revision made on or
     * before that day said for it (a day the app was not opened still has the plan an earlier day made).
     */
    Map<String, Integer> plannedFrom(GoalRow goal, LocalDate first, LocalDate last) {
        List<RevisionRow> kept = revisions.since(
                goal.accountId(), goal.id(), first.minusDays(DAYS_KEPT).toString());
        Map<String, Integer> planned = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            String date = day.toString();
            Integer minutes = null;
            for (RevisionRow row : kept) {
                if (row.planFrom().compareTo(date) <= 0) {
                    Integer value =
                            read(row.snapshot(), Stored.class).plannedByDay().get(date);
                    minutes = value != null ? value : minutes;
                }
            }
            planned.put(date, minutes == null ? 0 : minutes);
        }
        return planned;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan revision could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
