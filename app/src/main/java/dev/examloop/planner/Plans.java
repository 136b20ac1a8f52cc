package dev.examloop.planner;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.plan.LearnerState;
import dev.examloop.core.plan.PlanGenerator;
import dev.examloop.core.plan.PlannedBlock;
import dev.examloop.core.plan.StudyGoal;
import dev.examloop.core.plan.StudyPlan;
import dev.examloop.planner.internal.BlockRow;
import dev.examloop.planner.internal.BlockStatus;
import dev.examloop.planner.internal.BlockStore;
import dev.examloop.planner.internal.BlockTimers;
import dev.examloop.planner.internal.GoalRow;
import dev.examloop.planner.internal.LearnerStates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of the active goal, made afresh from the learner's state on every read (so it re-forms after a
 * mock, a post-mortem, a review or a day with blocks undone), the blocks the learner starts, pauses and
 * finishes, and the plan's revisions ({@link PlanRevisions}, decision 0015). Plans are shown by {@link PlanViews};
 * the timer rules no click sets off are {@link BlockTimers}'.
 */
@Service
public class Plans {
    private final Goals goals;
    private final PackCatalog catalog;
    private final LearnerStates states;
    private final BlockStore blocks;
    private final PlanRevisions revisions;
    private final PlanViews views;
    private final Accounts accounts;
    private final Resources resources;
    private final Clock clock;

    Plans(
            Goals goals,
            PackCatalog catalog,
            LearnerStates states,
            BlockStore blocks,
            PlanRevisions revisions,
            PlanViews views,
            Accounts accounts,
            Resources resources,
            Clock clock) {
        this.goals = goals;
        this.catalog = catalog;
        this.states = states;
        this.blocks = blocks;
        this.revisions = revisions;
        this.views = views;
        this.accounts = accounts;
        this.resources = resources;
        this.clock = clock;
    }

    /** The active goal's plan from today, or empty without an active goal. */
    @Transactional
    public Optional<PlanView> current() {
        return goals.activeRow().map(goal -> views.plan(make(goal)));
    }

    /** The Today page. */
    @Transactional
    public Optional<TodayView> today() {
        return goals.activeRow().map(goal -> views.today(make(goal)));
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
                .map(goal -> PlanCalendar.of(views.plan(make(goal)), clock.instant()));
    }

    /**
     * Starts (or resumes) the block with this key from today's plan; any other running block is paused. The
     * view's {@code link} says where the block's work is done.
     */
    @Transactional
    public BlockView start(String key) {
        MadePlan made = activeMade();
        String account = accounts.currentAccountId();
        long now = clock.millis();
        for (BlockRow running : blocks.running(account)) {
            if (!running.blockKey().equals(key)) {
                blocks.updateTimer(running.paused(now));
            }
        }
        Optional<BlockRow> existing = blocks.byKey(account, made.goal().id(), key);
        if (existing.isPresent()) {
            BlockRow row = existing.get();
            if (row.status() == BlockStatus.PAUSED) {
                blocks.updateTimer(row.resumed(now));
            }
        } else {
            PlannedBlock block = plannedToday(made, key);
            blocks.insert(BlockRow.started(
                    Ids.newId(), account, made.goal().id(), made.today().toString(), block, false, now));
            sectionStatus(block.sectionId(), "in-progress");
        }
        return block(made, key);
    }

    /** Stops a running block's timer; the block stays in today's list. */
    @Transactional
    public BlockView pause(String key) {
        MadePlan made = activeMade();
        BlockRow row = startedRow(made, key);
        if (row.status() == BlockStatus.RUNNING) {
            blocks.updateTimer(row.paused(clock.millis()));
        }
        return block(made, key);
    }

    /**
     * Marks a block done; the plan re-forms around it. A block that was only planned is recorded as done
     * without a timer, and whatever else is running keeps running.
     */
    @Transactional
    public BlockView finish(String key) {
        MadePlan made = activeMade();
        String account = accounts.currentAccountId();
        long now = clock.millis();
        Optional<BlockRow> existing = blocks.byKey(account, made.goal().id(), key);
        if (existing.isEmpty()) {
            PlannedBlock block = plannedToday(made, key);
            blocks.insert(BlockRow.started(
                    Ids.newId(), account, made.goal().id(), made.today().toString(), block, true, now));
            sectionStatus(block.sectionId(), "done");
        } else if (!existing.get().isDone()) {
            BlockRow row = existing.get();
            blocks.updateTimer(row.done(now));
            sectionStatus(row.sectionId(), "done");
        }
        return block(made, key);
    }

    private void sectionStatus(String sectionId, String status) {
        if (sectionId != null) {
            resources.setStatusIfPresent(sectionId, status);
        }
    }

    private MadePlan activeMade() {
        return make(goals.activeRow().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)")));
    }

    private MadePlan make(GoalRow goal) {
        Pack pack = catalog.find(goal.packCode())
                .orElseThrow(() -> ClientProblem.conflict(
                        "pack-missing",
                        "the goal's pack " + goal.packCode() + " is not loaded any more (loaded: "
                                + catalog.knownCodes() + ")"));
        ZoneId zone = ZoneId.of(goal.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LearnerStates.Mocks mocks = states.mocks(pack, zone);
        List<BlockRow> started = blocks.forGoal(goal.accountId(), goal.id());
        List<BlockRow> settled = BlockTimers.settled(started, today, zone, mocks.lastSubmittedAt());
        if (!settled.isEmpty()) {
            settled.forEach(blocks::updateTimer);
            started = blocks.forGoal(goal.accountId(), goal.id());
        }
        StudyGoal studyGoal = states.goal(goal, pack);
        LearnerState state = states.state(goal, pack, today, started, mocks);
        StudyPlan plan = PlanGenerator.generate(studyGoal, state, today);
        MadePlan made = new MadePlan(
                goal,
                pack,
                today,
                studyGoal,
                plan,
                started,
                state.dueOn(today),
                mocks.any() || state.evidence().values().stream().anyMatch(e -> e.redCards() > 0));
        revisions.record(made);
        return made;
    }

    private PlannedBlock plannedToday(MadePlan made, String key) {
        return made.plan().day(made.today()).stream()
                .flatMap(d -> d.blocks().stream())
                .filter(b -> b.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ClientProblem.notFound("block " + key + " in today's plan"));
    }

    private BlockRow startedRow(MadePlan made, String key) {
        return blocks.byKey(accounts.currentAccountId(), made.goal().id(), key)
                .orElseThrow(
                        () -> ClientProblem.conflict("block-not-started", "block " + key + " has not been started"));
    }

    private BlockView block(MadePlan made, String key) {
        BlockRow row =
                blocks.byKey(made.goal().accountId(), made.goal().id(), key).orElseThrow();
        return views.block(made, row, clock.millis());
    }
}
