package dev.examloop.planner;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.planner.internal.GoalChecks;
import dev.examloop.planner.internal.GoalRow;
import dev.examloop.planner.internal.GoalStore;
import dev.examloop.planner.internal.GoalViews;
import dev.examloop.planner.internal.ValidGoal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of study goals: one active goal per account (a pack, an exam date, weekly study hours, days off), and
 * the archived ones with their outcomes. Forms are checked by {@link GoalChecks}, rows kept by {@link GoalStore},
 * shown by {@link GoalViews}.
 */
@Service
public class Goals {
    /** Weekday names as the API and the command line use them, Monday first. */
    public static final List<String> WEEKDAYS = GoalChecks.WEEKDAYS;

    public static final List<String> OUTCOMES = GoalChecks.OUTCOMES;

    private final GoalStore store;
    private final GoalViews views;
    private final PackCatalog catalog;
    private final Accounts accounts;
    private final Clock clock;
    private final Resources resources;
    private final SecureRandom random = new SecureRandom();

    Goals(GoalStore store, GoalViews views, PackCatalog catalog, Accounts accounts, Clock clock, Resources resources) {
        this.store = store;
        this.views = views;
        this.catalog = catalog;
        this.accounts = accounts;
        this.clock = clock;
        this.resources = resources;
    }

    public Optional<GoalView> active() {
        return store.active(accounts.currentAccountId()).map(views::view);
    }

    public List<GoalView> list() {
        return store.list(accounts.currentAccountId()).stream().map(views::view).toList();
    }

    public GoalView get(String id) {
        return store.find(accounts.currentAccountId(), id)
                .map(views::view)
                .orElseThrow(() -> ClientProblem.notFound("goal " + id));
    }

    /** A new active goal; refused while another goal is active (archive it first, with its outcome). */
    @Transactional
    public GoalView create(GoalForm form) {
        ValidGoal valid = GoalChecks.goal(form, catalog, clock);
        String account = accounts.currentAccountId();
        store.active(account).ifPresent(Goals::refuseSecond);
        GoalRow row = GoalRow.active(Ids.newId(), account, valid, HexFormat.of().formatHex(token()), clock.millis());
        if (!store.insert(row)) {
            refuseSecond(store.active(account).orElse(row));
        }
        resources.importStarter(valid.pack());
        return views.view(row);
    }

    private static void refuseSecond(GoalRow active) {
        throw ClientProblem.conflict(
                "goal-active",
                "goal " + active.id() + " (" + active.packCode()
                        + ") is active; archive it with its outcome first (POST /api/goals/" + active.id()
                        + "/archive)");
    }

    /**
     * Changes the active goal; fields the form leaves out keep their values. A change of pack archives the goal
     * (outcome not-taken) and starts a new one, so that its history stays with its own blueprint.
     */
    @Transactional
    public GoalView update(GoalForm form) {
        GoalRow active =
                store.active(accounts.currentAccountId()).orElseThrow(() -> ClientProblem.notFound("an active goal"));
        GoalForm merged = GoalChecks.completed(form, active);
        ValidGoal valid = GoalChecks.goal(merged, catalog, clock);
        if (!valid.pack().code().equalsIgnoreCase(active.packCode())) {
            archive(active.id(), "not-taken", null);
            return create(merged);
        }
        GoalRow row = active.withPlan(valid, clock.millis());
        store.update(row);
        return views.view(row);
    }

    /** Creates the goal, or changes the active one. */
    @Transactional
    public GoalView set(GoalForm form) {
        return store.active(accounts.currentAccountId()).isPresent() ? update(form) : create(form);
    }

    /** Archives a goal with its outcome (passed, failed, not-taken) and, optionally, the score. */
    @Transactional
    public GoalView archive(String id, String outcome, Integer score) {
        GoalChecks.archive(outcome, score);
        GoalRow goal =
                store.find(accounts.currentAccountId(), id).orElseThrow(() -> ClientProblem.notFound("goal " + id));
        if (!goal.isActive()) {
            throw ClientProblem.conflict("goal-archived", "goal " + id + " is already archived");
        }
        GoalRow archived = goal.archived(outcome, score, clock.millis());
        store.update(archived);
        return views.view(archived);
    }

    /** The countdown to the active goal's exam, if there is one. */
    public Optional<Countdown> countdown() {
        return store.active(accounts.currentAccountId())
                .map(g -> Countdown.of(g.packCode(), Instant.ofEpochMilli(g.examAt()), clock.instant()));
    }

    private byte[] token() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return bytes;
    }

    GoalView view(GoalRow row) {
        return views.view(row);
    }

    /** The stored goal row behind the active goal, for the planner. */
    Optional<GoalRow> activeRow() {
        return store.active(accounts.currentAccountId());
    }

    Optional<GoalRow> byCalendarToken(String token) {
        return store.byCalendarToken(token);
    }
}
