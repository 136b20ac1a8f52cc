package dev.examloop.planner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.plan.BlockKind;
import dev.examloop.core.plan.DomainShare;
import dev.examloop.core.plan.LearnerState;
import dev.examloop.core.plan.PlanChanges;
import dev.examloop.core.plan.PlanDay;
import dev.examloop.core.plan.PlanGenerator;
import dev.examloop.core.plan.PlanSnapshot;
import dev.examloop.core.plan.PlannedBlock;
import dev.examloop.core.plan.StudyGoal;
import dev.examloop.core.plan.StudyPlan;
import dev.examloop.planner.internal.BlockRow;
import dev.examloop.planner.internal.BlockStore;
import dev.examloop.planner.internal.GoalRow;
import dev.examloop.planner.internal.LearnerStates;
import dev.examloop.planner.internal.RevisionStore;
import dev.examloop.planner.internal.RevisionStore.RevisionRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of the active goal, made afresh from the learner's state on every read (so it re-forms after a
 * mock, a post-mortem, a review or a day with blocks undone), the blocks the learner starts, pauses and
 * finishes, and the plan's revisions: whenever the plan differs from the last one kept, a revision records
 * what changed and why (decision 0015).
 */
@Service
public class Plans {
    /** How many days of the plan a revision keeps the planned minutes of, for "planned against done". */
    static final int DAYS_KEPT = 14;
    /** How many past days the Today page tallies. */
    static final int DAYS_TALLIED = 7;

    private final Goals goals;
    private final PackCatalog catalog;
    private final LearnerStates states;
    private final BlockStore blocks;
    private final RevisionStore revisions;
    private final Accounts accounts;
    private final Resources resources;
    private final ObjectMapper json;
    private final Clock clock;

    Plans(
            Goals goals,
            PackCatalog catalog,
            LearnerStates states,
            BlockStore blocks,
            RevisionStore revisions,
            Accounts accounts,
            Resources resources,
            ObjectMapper json,
            Clock clock) {
        this.goals = goals;
        this.catalog = catalog;
        this.states = states;
        this.blocks = blocks;
        this.revisions = revisions;
        this.accounts = accounts;
        this.resources = resources;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a stored revision keeps: the snapshot, and the study minutes planned on each of its first days (the
     * first day with what was already done included).
     */
    record Stored(PlanSnapshot snapshot, Map<String, Integer> plannedByDay) {}

    /** A plan made for a goal, with the blocks already started. */
    private record Made(
            GoalRow goal,
            Pack pack,
            LocalDate today,
            StudyGoal studyGoal,
            StudyPlan plan,
            List<BlockRow> started,
            int dueToday,
            boolean measured) {}

    /** The active goal's plan from today, or empty without an active goal. */
    @Transactional
    public Optional<PlanView> current() {
        return goals.activeRow().map(goal -> view(make(goal)));
    }

    /** The Today page. */
    @Transactional
    public Optional<TodayView> today() {
        return goals.activeRow().map(goal -> today(make(goal)));
    }

    /** The active goal's plan as iCalendar, stamped with this moment. */
    @Transactional
    public Optional<String> calendar() {
        return current().map(plan -> PlanCalendar.of(plan, clock.instant()));
    }

    /** The plan of the goal with this calendar token, as iCalendar. */
    @Transactional
    public Optional<String> calendar(String token) {
        return goals.byCalendarToken(token)
                .filter(GoalRow::isActive)
                .map(goal -> PlanCalendar.of(view(make(goal)), clock.instant()));
    }

    /**
     * Starts (or resumes) the block with this key from today's plan; any other running block is paused. The
     * view's {@code link} says where the block's work is done.
     */
    @Transactional
    public BlockView start(String key) {
        Made made = activeMade();
        String account = accounts.currentAccountId();
        long now = clock.millis();
        for (BlockRow running : blocks.running(account)) {
            if (!running.blockKey().equals(key)) {
                blocks.updateTimer(pause(running, now));
            }
        }
        Optional<BlockRow> existing = blocks.byKey(account, made.goal().id(), key);
        if (existing.isPresent()) {
            BlockRow row = existing.get();
            if (row.status().equals("paused")) {
                blocks.updateTimer(with(row, "running", now, row.seconds(), null));
            }
        } else {
            PlannedBlock block = plannedToday(made, key);
            blocks.insert(new BlockRow(
                    Ids.newId(),
                    account,
                    made.goal().id(),
                    made.today().toString(),
                    key,
                    block.kind().wire(),
                    block.domainId(),
                    block.sectionId(),
                    block.title(),
                    block.minutes(),
                    "running",
                    now,
                    now,
                    0,
                    null));
            sectionStatus(block.sectionId(), "in-progress");
        }
        return block(made, key);
    }

    /** Stops a running block's timer; the block stays in today's list. */
    @Transactional
    public BlockView pause(String key) {
        Made made = activeMade();
        BlockRow row = startedRow(made, key);
        if (row.status().equals("running")) {
            blocks.updateTimer(pause(row, clock.millis()));
        }
        return block(made, key);
    }

    /**
     * Marks a block done; the plan re-forms around it. A block that was only planned is recorded as done
     * without a timer, and whatever else is running keeps running.
     */
    @Transactional
    public BlockView finish(String key) {
        Made made = activeMade();
        String account = accounts.currentAccountId();
        long now = clock.millis();
        Optional<BlockRow> existing = blocks.byKey(account, made.goal().id(), key);
        if (existing.isEmpty()) {
            PlannedBlock block = plannedToday(made, key);
            blocks.insert(new BlockRow(
                    Ids.newId(),
                    account,
                    made.goal().id(),
                    made.today().toString(),
                    key,
                    block.kind().wire(),
                    block.domainId(),
                    block.sectionId(),
                    block.title(),
                    block.minutes(),
                    "done",
                    now,
                    null,
                    0,
                    now));
            sectionStatus(block.sectionId(), "done");
        } else if (!existing.get().status().equals("done")) {
            BlockRow row = existing.get();
            blocks.updateTimer(with(row, "done", null, row.secondsAt(now), now));
            sectionStatus(row.sectionId(), "done");
        }
        return block(made, key);
    }

    private void sectionStatus(String sectionId, String status) {
        if (sectionId != null) {
            resources.setStatusIfPresent(sectionId, status);
        }
    }

    private Made activeMade() {
        return make(goals.activeRow().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)")));
    }

    private Made make(GoalRow goal) {
        Pack pack = catalog.find(goal.packCode())
                .orElseThrow(() -> ClientProblem.conflict(
                        "pack-missing",
                        "the goal's pack " + goal.packCode() + " is not loaded any more (loaded: "
                                + catalog.knownCodes() + ")"));
        ZoneId zone = ZoneId.of(goal.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LearnerStates.Mocks mocks = states.mocks(pack, zone);
        List<BlockRow> started = blocks.forGoal(goal.accountId(), goal.id());
        if (settleBlocks(started, today, zone, mocks)) {
            started = blocks.forGoal(goal.accountId(), goal.id());
        }
        StudyGoal studyGoal = states.goal(goal, pack);
        LearnerState state = states.state(goal, pack, today, started, mocks);
        StudyPlan plan = PlanGenerator.generate(studyGoal, state, today);
        Made made = new Made(
                goal,
                pack,
                today,
                studyGoal,
                plan,
                started,
                state.dueOn(today),
                mocks.any() || state.evidence().values().stream().anyMatch(e -> e.redCards() > 0));
        record(made);
        return made;
    }

    /**
     * Before a plan is made: a mock block still open when a full-length mock of the pack was submitted after it
     * started is done, its timer stopped at the submit; a block left running on an earlier day is paused at
     * the end of that day. Returns whether any block changed.
     */
    private boolean settleBlocks(List<BlockRow> rows, LocalDate today, ZoneId zone, LearnerStates.Mocks mocks) {
        Optional<Instant> submitted = mocks.lastSubmittedAt();
        boolean changed = false;
        for (BlockRow row : rows) {
            if (row.status().equals("done")) {
                continue;
            }
            if (row.kind().equals(BlockKind.MOCK_EXAM.wire())
                    && submitted.isPresent()
                    && submitted.get().toEpochMilli() >= row.startedAt()) {
                long at = submitted.get().toEpochMilli();
                blocks.updateTimer(with(row, "done", null, row.secondsAt(at), at));
                changed = true;
            } else if (row.status().equals("running")
                    && LocalDate.parse(row.day()).isBefore(today)) {
                long endOfDay = LocalDate.parse(row.day())
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .toEpochMilli();
                blocks.updateTimer(pause(row, endOfDay));
                changed = true;
            }
        }
        return changed;
    }

    /** Keeps a revision when the plan differs from the last one kept, or when it is the first of a new day. */
    private void record(Made made) {
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

    private Map<String, Integer> plannedByDay(Made made) {
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

    private PlanView view(Made made) {
        List<DayView> days = new ArrayList<>();
        for (PlanDay day : made.plan().days()) {
            days.add(dayView(made, day));
        }
        List<PlanView.Revision> history = revisions
                .recent(made.goal().accountId(), made.goal().id(), 50)
                .stream()
                .map(r -> new PlanView.Revision(
                        Instant.ofEpochMilli(r.createdAt()), r.planFrom(), List.of(read(r.changes(), String[].class))))
                .filter(r -> !r.changes().isEmpty())
                .limit(10)
                .toList();
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

    private TodayView today(Made made) {
        PlanView plan = view(made);
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

    private DayView dayView(Made made, PlanDay day) {
        List<BlockView> views = new ArrayList<>();
        long now = clock.millis();
        if (day.date().equals(made.today())) {
            for (BlockRow row : made.started()) {
                if (row.day().equals(day.date().toString())) {
                    BlockKind kind = BlockKind.ofWire(row.kind());
                    views.add(new BlockView(
                            row.blockKey(),
                            row.kind(),
                            kind.label(),
                            row.plannedMinutes(),
                            row.domainId(),
                            row.title(),
                            "",
                            row.sectionId(),
                            row.status(),
                            row.secondsAt(now),
                            link(made, kind, row.sectionId())));
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
                .filter(b -> !b.kind().equals("rest") && !b.kind().equals("exam"))
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

    /** Where a block's work is done: always a path of this application. */
    private static String link(Made made, BlockKind kind, String sectionId) {
        return switch (kind) {
            case MOCK_EXAM, LIGHT_PRACTICE -> "/exams#pack-" + made.pack().code();
            case POST_MORTEM -> "/history";
            case SPACED_REVIEW -> "/review";
            case BOARD_REVIEW -> "/review?everything=true";
            case COURSE_REVIEW, DOCUMENTATION -> sectionId == null ? "/resources" : "/resources#section-" + sectionId;
            default -> null;
        };
    }

    private PlannedBlock plannedToday(Made made, String key) {
        return made.plan().day(made.today()).stream()
                .flatMap(d -> d.blocks().stream())
                .filter(b -> b.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ClientProblem.notFound("block " + key + " in today's plan"));
    }

    private BlockRow startedRow(Made made, String key) {
        return blocks.byKey(accounts.currentAccountId(), made.goal().id(), key)
                .orElseThrow(
                        () -> ClientProblem.conflict("block-not-started", "block " + key + " has not been started"));
    }

    private BlockView block(Made made, String key) {
        BlockRow row =
                blocks.byKey(made.goal().accountId(), made.goal().id(), key).orElseThrow();
        BlockKind kind = BlockKind.ofWire(row.kind());
        return new BlockView(
                row.blockKey(),
                row.kind(),
                kind.label(),
                row.plannedMinutes(),
                row.domainId(),
                row.title(),
                "",
                row.sectionId(),
                row.status(),
                row.secondsAt(clock.millis()),
                link(made, kind, row.sectionId()));
    }

    private static BlockRow pause(BlockRow row, long at) {
        return with(row, "paused", null, row.secondsAt(at), null);
    }

    private static BlockRow with(BlockRow row, String status, Long runningSince, long seconds, Long finishedAt) {
        return new BlockRow(
                row.id(),
                row.accountId(),
                row.goalId(),
                row.day(),
                row.blockKey(),
                row.kind(),
                row.domainId(),
                row.sectionId(),
                row.title(),
                row.plannedMinutes(),
                status,
                row.startedAt(),
                runningSince,
                seconds,
                finishedAt);
    }

    private int streak(Made made) {
        var doneDays = made.started().stream()
                .filter(b -> b.status().equals("done"))
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

    /**
     * Planned against done for the last days up to today. A day's plan is the one the latest revision made
     * on or before that day said for it (a day the app was not opened still has the plan an earlier day made).
     */
    private List<TodayView.DayTally> dayTallies(Made made) {
        Map<String, Integer> done = made.started().stream()
                .filter(b -> b.status().equals("done"))
                .collect(Collectors.groupingBy(BlockRow::day, Collectors.summingInt(BlockRow::plannedMinutes)));
        LocalDate first = made.today().minusDays(DAYS_TALLIED - 1);
        List<RevisionRow> kept = revisions.since(
                made.goal().accountId(),
                made.goal().id(),
                first.minusDays(DAYS_KEPT).toString());
        LocalDate created = LocalDate.ofInstant(
                Instant.ofEpochMilli(made.goal().createdAt()),
                ZoneId.of(made.goal().timeZone()));
        List<TodayView.DayTally> tallies = new ArrayList<>();
        for (LocalDate day = first.isBefore(created) ? created : first;
                !day.isAfter(made.today());
                day = day.plusDays(1)) {
            String date = day.toString();
            Integer planned = null;
            for (RevisionRow row : kept) {
                if (row.planFrom().compareTo(date) <= 0) {
                    Integer value =
                            read(row.snapshot(), Stored.class).plannedByDay().get(date);
                    planned = value != null ? value : planned;
                }
            }
            tallies.add(new TodayView.DayTally(date, planned == null ? 0 : planned, done.getOrDefault(date, 0)));
        }
        return tallies;
    }

    private List<TodayView.DomainTally> domainTallies(Made made) {
        return made.plan().shares().stream()
                .map(s -> new TodayView.DomainTally(
                        s.domainId(), s.title(), s.studiedMinutes(), s.studiedMinutes() + s.plannedMinutes()))
                .toList();
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
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
