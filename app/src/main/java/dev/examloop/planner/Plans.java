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
 * what changed and why.
 */
@Service
public class Plans {
    private final Goals goals;
    private final PackCatalog catalog;
    private final LearnerStates states;
    private final BlockStore blocks;
    private final RevisionStore revisions;
    private final Accounts accounts;
    private final Resources resources;
    private final ObjectMapper json;
    private final Clock clock;

    Plans(Goals goals, PackCatalog catalog, LearnerStates states, BlockStore blocks, RevisionStore revisions,
            Accounts accounts, Resources resources, ObjectMapper json, Clock clock) {
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

    /** What a stored revision keeps: the snapshot, and the study minutes planned for its first day (done included). */
    record Stored(PlanSnapshot snapshot, int plannedToday) {}

    /** A plan made for a goal, with the blocks already started. */
    private record Made(GoalRow goal, Pack pack, LocalDate today, StudyGoal studyGoal, StudyPlan plan,
            List<BlockRow> started, int dueToday) {}

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

    /** Starts (or resumes) the block with this key from today's plan; any other running block is paused. */
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
                blocks.updateTimer(new BlockRow(row.id(), row.accountId(), row.goalId(), row.day(), row.blockKey(),
                        row.kind(), row.domainId(), row.sectionId(), row.title(), row.plannedMinutes(), "running",
                        row.startedAt(), now, row.seconds(), null));
            }
        } else {
            PlannedBlock block = plannedToday(made, key);
            blocks.insert(new BlockRow(Ids.newId(), account, made.goal().id(), made.today().toString(), key,
                    block.kind().wire(), block.domainId(), block.sectionId(), block.title(), block.minutes(), "running",
                    now, now, 0, null));
            if (block.sectionId() != null) {
                resources.setStatus(block.sectionId(), "in-progress");
            }
        }
        return block(made.goal(), key);
    }

    /** Stops a running block's timer; the block stays in today's list. */
    @Transactional
    public BlockView pause(String key) {
        Made made = activeMade();
        BlockRow row = startedRow(made, key);
        if (row.status().equals("running")) {
            blocks.updateTimer(pause(row, clock.millis()));
        }
        return block(made.goal(), key);
    }

    /** Marks a block done (starting it first if it was only planned); the plan re-forms around it. */
    @Transactional
    public BlockView finish(String key) {
        Made made = activeMade();
        String account = accounts.currentAccountId();
        if (blocks.byKey(account, made.goal().id(), key).isEmpty()) {
            start(key);
        }
        BlockRow row = startedRow(made, key);
        if (!row.status().equals("done")) {
            long now = clock.millis();
            blocks.updateTimer(new BlockRow(row.id(), row.accountId(), row.goalId(), row.day(), row.blockKey(), row.kind(),
                    row.domainId(), row.sectionId(), row.title(), row.plannedMinutes(), "done", row.startedAt(), null,
                    row.secondsAt(now), now));
            if (row.sectionId() != null) {
                resources.setStatus(row.sectionId(), "done");
            }
        }
        return block(made.goal(), key);
    }

    /** The plan of the goal with this calendar token, for the iCalendar subscription. */
    @Transactional
    public Optional<PlanView> forCalendar(String token) {
        return goals.byCalendarToken(token).filter(g -> g.status().equals("active")).map(goal -> view(make(goal)));
    }

    private Made activeMade() {
        return make(goals.activeRow().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)")));
    }

    private Made make(GoalRow goal) {
        Pack pack = catalog.find(goal.packCode()).orElseThrow(() -> ClientProblem.conflict("pack-missing",
                "the goal's pack " + goal.packCode() + " is not loaded any more (loaded: " + catalog.knownCodes() + ")"));
        ZoneId zone = ZoneId.of(goal.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        finishSubmittedMocks(goal, pack);
        List<BlockRow> started = blocks.forGoal(goal.accountId(), goal.id());
        StudyGoal studyGoal = states.goal(goal, pack);
        LearnerState state = states.state(goal, pack, today, started);
        StudyPlan plan = PlanGenerator.generate(studyGoal, state, today);
        Made made = new Made(goal, pack, today, studyGoal, plan, started, state.dueOn(today));
        record(made);
        return made;
    }

    /**
     * A mock block still running (or paused) when a full-length mock of the goal's pack was submitted after it
     * started is done: its timer stops at the submit.
     */
    private void finishSubmittedMocks(GoalRow goal, Pack pack) {
        List<BlockRow> mocks = blocks.forGoal(goal.accountId(), goal.id()).stream()
                .filter(b -> b.kind().equals(BlockKind.MOCK_EXAM.wire()) && !b.status().equals("done")).toList();
        if (mocks.isEmpty()) {
            return;
        }
        states.lastMockSubmittedAt(pack).ifPresent(submitted -> {
            long at = submitted.toEpochMilli();
            for (BlockRow row : mocks) {
                if (row.startedAt() <= at) {
                    blocks.updateTimer(new BlockRow(row.id(), row.accountId(), row.goalId(), row.day(), row.blockKey(),
                            row.kind(), row.domainId(), row.sectionId(), row.title(), row.plannedMinutes(), "done",
                            row.startedAt(), null, row.secondsAt(Math.max(at, row.startedAt())), at));
                }
            }
        });
    }

    /** Keeps a revision when the plan differs from the last one kept, or when it is the first of a new day. */
    private void record(Made made) {
        PlanSnapshot snapshot = PlanSnapshot.of(made.plan());
        int doneToday = made.started().stream().filter(b -> b.day().equals(made.today().toString()))
                .mapToInt(BlockRow::plannedMinutes).sum();
        int plannedToday = made.plan().day(made.today()).map(PlanDay::plannedMinutes).orElse(0) + doneToday;
        Optional<RevisionRow> latest = revisions.latest(made.goal().accountId(), made.goal().id());
        Stored previous = latest.map(r -> read(r.snapshot(), Stored.class)).orElse(null);
        if (previous != null && previous.snapshot().samePlanAs(snapshot)
                && previous.snapshot().from().equals(snapshot.from()) && previous.plannedToday() == plannedToday) {
            return;
        }
        List<String> changes = previous == null
                ? List.of("First plan for " + made.goal().packCode() + ": " + made.plan().days().size() + " days, "
                        + made.plan().mocks() + " mocks")
                : PlanChanges.between(previous.snapshot(), snapshot);
        revisions.insert(Ids.newId(), made.goal().accountId(), made.goal().id(), clock.millis(), made.today().toString(),
                write(new Stored(snapshot, plannedToday)), write(changes));
    }

    private PlanView view(Made made) {
        List<DayView> days = new ArrayList<>();
        for (PlanDay day : made.plan().days()) {
            days.add(dayView(made, day));
        }
        List<PlanView.Revision> history = revisions.recent(made.goal().accountId(), made.goal().id(), 50).stream()
                .map(r -> new PlanView.Revision(Instant.ofEpochMilli(r.createdAt()), r.planFrom(),
                        List.of(read(r.changes(), String[].class))))
                .filter(r -> !r.changes().isEmpty()).limit(10).toList();
        List<String> changes = history.isEmpty() ? List.of() : history.getFirst().changes();
        Instant changedAt = history.isEmpty() ? null : history.getFirst().at();
        return new PlanView(goals.view(made.goal()), made.today().toString(), days, made.plan().shares(), changes,
                changedAt, history);
    }

    private TodayView today(Made made) {
        PlanView plan = view(made);
        DayView today = plan.days().isEmpty() ? new DayView(made.today().toString(), weekday(made.today()), "past", 0, 0,
                List.of()) : plan.days().getFirst();
        List<DomainShare> weakest = made.plan().shares().stream()
                .sorted(Comparator.comparingDouble(DomainShare::mastery).thenComparing(s -> -s.weight()))
                .limit(2).toList();
        BlockView running = today.blocks().stream().filter(BlockView::running).findFirst().orElse(null);
        return new TodayView(plan.goal(), goals.countdown().orElse(null), today, made.dueToday(),
                made.plan().nextMock().map(LocalDate::toString).orElse(null), weakest, streak(made), running,
                dayTallies(made), domainTallies(made), plan.changes());
    }

    private DayView dayView(Made made, PlanDay day) {
        List<BlockView> views = new ArrayList<>();
        long now = clock.millis();
        if (day.date().equals(made.today())) {
            for (BlockRow row : made.started()) {
                if (row.day().equals(day.date().toString())) {
                    BlockKind kind = BlockKind.ofWire(row.kind());
                    views.add(new BlockView(row.blockKey(), row.kind(), kind.label(), row.plannedMinutes(), row.domainId(),
                            row.title(), "", row.sectionId(), row.status(), row.secondsAt(now), link(made, kind, row.sectionId())));
                }
            }
        }
        for (PlannedBlock block : day.blocks()) {
            views.add(new BlockView(block.key(), block.kind().wire(), block.kind().label(), block.minutes(), block.domainId(),
                    block.title(), block.detail(), block.sectionId(), "planned", 0, link(made, block.kind(), block.sectionId())));
        }
        int planned = views.stream().filter(b -> !b.kind().equals("rest") && !b.kind().equals("exam"))
                .mapToInt(BlockView::minutes).sum();
        return new DayView(day.date().toString(), weekday(day.date()), day.type().wire(),
                made.studyGoal().minutesOn(day.date()), planned, views);
    }

    private String link(Made made, BlockKind kind, String sectionId) {
        return switch (kind) {
            case MOCK_EXAM -> "/exams#pack-" + made.pack().code();
            case POST_MORTEM -> "/history";
            case SPACED_REVIEW -> "/review";
            case BOARD_REVIEW -> "/review?everything=true";
            case LIGHT_PRACTICE -> "/exams#pack-" + made.pack().code();
            case COURSE_REVIEW, DOCUMENTATION -> sectionId == null ? "/resources" : "/resources#section-" + sectionId;
            default -> null;
        };
    }

    private PlannedBlock plannedToday(Made made, String key) {
        return made.plan().day(made.today()).stream().flatMap(d -> d.blocks().stream())
                .filter(b -> b.key().equals(key)).findFirst()
                .orElseThrow(() -> ClientProblem.notFound("block " + key + " in today's plan"));
    }

    private BlockRow startedRow(Made made, String key) {
        return blocks.byKey(accounts.currentAccountId(), made.goal().id(), key)
                .orElseThrow(() -> ClientProblem.conflict("block-not-started", "block " + key + " has not been started"));
    }

    private BlockView block(GoalRow goal, String key) {
        BlockRow row = blocks.byKey(goal.accountId(), goal.id(), key).orElseThrow();
        BlockKind kind = BlockKind.ofWire(row.kind());
        return new BlockView(row.blockKey(), row.kind(), kind.label(), row.plannedMinutes(), row.domainId(), row.title(),
                "", row.sectionId(), row.status(), row.secondsAt(clock.millis()), null);
    }

    private static BlockRow pause(BlockRow row, long now) {
        return new BlockRow(row.id(), row.accountId(), row.goalId(), row.day(), row.blockKey(), row.kind(), row.domainId(),
                row.sectionId(), row.title(), row.plannedMinutes(), "paused", row.startedAt(), null, row.secondsAt(now), null);
    }

    private int streak(Made made) {
        var doneDays = made.started().stream().filter(b -> b.status().equals("done")).map(BlockRow::day)
                .collect(Collectors.toSet());
        LocalDate day = doneDays.contains(made.today().toString()) ? made.today() : made.today().minusDays(1);
        int streak = 0;
        while (doneDays.contains(day.toString())) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    private List<TodayView.DayTally> dayTallies(Made made) {
        Map<String, Integer> done = made.started().stream().filter(b -> b.status().equals("done"))
                .collect(Collectors.groupingBy(BlockRow::day, Collectors.summingInt(BlockRow::plannedMinutes)));
        List<TodayView.DayTally> tallies = new ArrayList<>();
        for (RevisionRow row : revisions.lastOfEachDay(made.goal().accountId(), made.goal().id())) {
            Stored stored = read(row.snapshot(), Stored.class);
            tallies.add(new TodayView.DayTally(row.planFrom(), stored.plannedToday(), done.getOrDefault(row.planFrom(), 0)));
        }
        return tallies.subList(Math.max(0, tallies.size() - 7), tallies.size());
    }

    private List<TodayView.DomainTally> domainTallies(Made made) {
        return made.plan().shares().stream()
                .map(s -> new TodayView.DomainTally(s.domainId(), s.title(), s.studiedMinutes(),
                        s.studiedMinutes() + s.plannedMinutes()))
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
