package dev.examloop.exam;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.exam.DrawRequest;
import dev.examloop.core.exam.DrawnMock;
import dev.examloop.core.exam.MockDraw;
import dev.examloop.core.exam.Scoring;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.exam.internal.AttemptChecks;
import dev.examloop.exam.internal.AttemptRow;
import dev.examloop.exam.internal.AttemptStore;
import dev.examloop.exam.internal.AttemptTime;
import dev.examloop.exam.internal.AttemptViews;
import dev.examloop.exam.internal.ItemRow;
import dev.examloop.exam.internal.Snapshots;
import dev.examloop.exam.internal.StoredQuestion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the exam module: starts attempts, serves their questions, saves answers as they are given,
 * keeps the countdown and submits, and scores. Every call acts for the current account only. Requests are checked
 * by {@link AttemptChecks}, the clock's rules are {@link AttemptTime}'s, rows kept by {@link AttemptStore} and
 * shown by {@link AttemptViews}.
 */
@Service
public class Attempts {
    /** Answers that arrive this long after the deadline are still taken: they were given in time, in flight. */
    static final long GRACE_MS = AttemptTime.GRACE_MS;

    private final AttemptStore store;
    private final PackCatalog catalog;
    private final Accounts accounts;
    private final Snapshots snapshots;
    private final AttemptViews views;
    private final AttemptScoring scoring;
    private final Clock clock;
    private final RandomGenerator random;

    public Attempts(
            AttemptStore store,
            PackCatalog catalog,
            Accounts accounts,
            Snapshots snapshots,
            AttemptViews views,
            AttemptScoring scoring,
            Clock clock,
            RandomGenerator random) {
        this.store = store;
        this.catalog = catalog;
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.views = views;
        this.scoring = scoring;
        this.clock = clock;
        this.random = random;
    }

    @Transactional
    public AttemptView start(StartAttempt request) {
        AttemptChecks.CheckedStart checked = AttemptChecks.start(request, catalog);
        Pack pack = checked.pack();
        Blueprint blueprint = pack.blueprint();
        Set<String> domains = checked.domains();
        int count = checked.count();
        String account = accounts.currentAccountId();
        DrawnMock mock = MockDraw.draw(
                new DrawRequest(blueprint, pack.questions(), count, domains, store.lastSeen(account, pack.code())),
                new Random(random.nextLong()));
        if (mock.questions().isEmpty()) {
            throw ClientProblem.badRequest(
                    "the bank of " + pack.code() + " has no questions in domain(s) "
                            + String.join(", ", domains.stream().sorted().toList()) + "; choose other domains",
                    List.of("domains"));
        }
        long now = clock.millis();
        Integer duration = request.mode() == Mode.EXAM ? blueprint.exam().durationMinutes() * 60 : null;
        String id = Ids.newId();
        List<String> notes = new ArrayList<>(mock.notes());
        if (request.mode() == Mode.EXAM && mock.wholeBank()) {
            notes.clear();
            notes.add("The " + pack.code() + " bank is smaller than a full mock ("
                    + blueprint.exam().questionCount()
                    + " questions): this mock takes the whole bank, "
                    + mock.questions().size() + " questions, with the full "
                    + blueprint.exam().durationMinutes() + " minutes.");
        }
        AttemptRow row = AttemptRow.started(
                id,
                account,
                pack.code(),
                blueprint.version(),
                request.mode().word(),
                mock.questions().size(),
                duration,
                now,
                domains.isEmpty()
                        ? null
                        : String.join(",", domains.stream().sorted().toList()),
                notes.isEmpty() ? null : String.join("\n", notes),
                snapshots.write(blueprint));
        List<ItemRow> items = new ArrayList<>();
        int position = 1;
        for (Question q : mock.questions()) {
            StoredQuestion stored =
                    new StoredQuestion(q, q.scenarioId().flatMap(pack::scenario).orElse(null));
            items.add(ItemRow.unanswered(position++, q.id(), q.domain(), snapshots.write(stored)));
        }
        store.insert(row, items);
        return views.attempt(row, items);
    }

    @Transactional
    public AttemptView get(String attemptId) {
        AttemptRow row = current(attemptId);
        return views.attempt(row, store.items(row.accountId(), row.id()));
    }

    /** The question at position {@code n}; while the attempt runs, the time from here on counts toward it. */
    @Transactional
    public QuestionView question(String attemptId, int n) {
        AttemptRow row = current(attemptId);
        ItemRow item = item(row, n);
        if (row.inProgress() && !Integer.valueOf(n).equals(row.currentPosition())) {
            long now = clock.millis();
            store.moveTo(row.accountId(), row.id(), row.currentPosition(), AttemptTime.onCurrent(row, now), n, now);
        }
        return views.question(row, item);
    }

    /** The learner left the questions (for the review screen): the time from here on counts toward none. */
    @Transactional
    public AttemptView leaveQuestions(String attemptId) {
        AttemptRow row = current(attemptId);
        if (row.inProgress() && row.currentPosition() != null) {
            store.moveTo(
                    row.accountId(),
                    row.id(),
                    row.currentPosition(),
                    AttemptTime.onCurrent(row, clock.millis()),
                    null,
                    null);
        }
        return get(attemptId);
    }

    /** Saves an answer at once; the answer is acknowledged only when this returns. */
    @Transactional
    public SavedAnswer answer(String attemptId, int n, AnswerCommand command) {
        AttemptRow row = current(attemptId);
        long now = clock.millis();
        if (!row.inProgress()) {
            throw ClientProblem.conflict(
                    "attempt-submitted",
                    "attempt " + attemptId + " is " + row.status().wire() + "; answers can no longer change");
        }
        ItemRow item = item(row, n);
        if (item.checked() && command.selected() != null) {
            throw ClientProblem.conflict(
                    "already-checked", "question " + n + " was checked; its answer can no longer change");
        }
        StoredQuestion stored = snapshots.read(item.snapshot());
        List<String> selected = command.selected() == null ? snapshots.strings(item.selected()) : command.selected();
        AttemptChecks.selection(stored.question(), n, selected);
        List<String> problems = Scoring.problems(stored.question(), selected);
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    "selected does not fit question " + n + ": " + String.join("; ", problems), List.of("selected"));
        }
        boolean flagged = command.flagged() == null ? item.flagged() : command.flagged();
        boolean guessed = command.guessed() == null ? item.guessed() : command.guessed();
        store.saveAnswer(
                row.accountId(),
                row.id(),
                n,
                selected.isEmpty() ? null : snapshots.write(selected),
                flagged,
                guessed,
                now);
        return new SavedAnswer(
                n, selected, flagged, guessed, Instant.ofEpochMilli(now), AttemptTime.remainingSeconds(row, now));
    }

    /** In practice and drills: reveals the key and explanations of question {@code n} and locks its answer. */
    @Transactional
    public QuestionView check(String attemptId, int n) {
        AttemptRow row = current(attemptId);
        if (!Mode.of(row.mode()).givesFeedback()) {
            throw ClientProblem.conflict(
                    "no-feedback-in-exam", "an exam-mode attempt shows no key before it is submitted");
        }
        if (!row.inProgress()) {
            throw ClientProblem.conflict("attempt-submitted", "attempt " + attemptId + " is submitted; see its result");
        }
        item(row, n);
        store.markChecked(row.accountId(), row.id(), n);
        return views.question(row, item(row, n));
    }

    @Transactional
    public ResultView submit(String attemptId) {
        AttemptRow row = current(attemptId);
        if (row.inProgress()) {
            long now = clock.millis();
            if (row.deadlineAt() != null && now >= row.deadlineAt()) {
                scoring.finish(row, "time", row.deadlineAt()); // the page's own auto-submit at zero, or a last click
            } else {
                scoring.finish(row, "manual", now);
            }
        }
        return result(attemptId);
    }

    @Transactional
    public ResultView result(String attemptId) {
        AttemptRow row = current(attemptId);
        if (row.inProgress()) {
            throw ClientProblem.conflict(
                    "not-submitted", "attempt " + attemptId + " is still in progress; submit it first");
        }
        if (row.abandoned()) {
            throw ClientProblem.conflict(
                    "attempt-abandoned",
                    "attempt " + attemptId + " was abandoned: it was not scored and has no result");
        }
        return Results.of(row, store.items(row.accountId(), row.id()), snapshots, catalog);
    }

    /** Whether the current account is sitting a full mock (exam mode): nothing may show it a key meanwhile. */
    public boolean examInProgress() {
        return runningExam().isPresent();
    }

    /**
     * The full mock (exam mode) the current account is sitting, if any. A mock whose time ran out is submitted
     * here first, so that the lock it holds on the rest of the application ends with its time.
     */
    @Transactional
    public java.util.Optional<RunningExam> runningExam() {
        String account = accounts.currentAccountId();
        for (AttemptRow row : store.runningExams(account)) {
            if (AttemptTime.expired(row, clock.millis())) {
                submitExpired(new ExpiredAttempt(account, row.id()));
                continue;
            }
            return java.util.Optional.of(new RunningExam(
                    row.id(),
                    row.packCode(),
                    row.deadlineAt() == null ? null : Instant.ofEpochMilli(row.deadlineAt())));
        }
        return java.util.Optional.empty();
    }

    /**
     * Gives up an attempt in progress, the way a candidate walks out of a test centre: it is not scored, it has
     * no result, and no card is made from it. A mock that was abandoned ends the lock on the rest of the app.
     */
    @Transactional
    public AttemptView abandon(String attemptId) {
        AttemptRow row = current(attemptId);
        if (!row.inProgress()) {
            throw ClientProblem.conflict(
                    "attempt-not-in-progress",
                    "attempt " + attemptId + " is " + row.status().words() + "; only an attempt in progress"
                            + " can be abandoned");
        }
        store.markAbandoned(row.accountId(), row.id(), clock.millis());
        return get(attemptId);
    }

    public List<AttemptSummary> history() {
        String account = accounts.currentAccountId();
        return store.list(account).stream().map(views::summary).toList();
    }

    /** The in-progress attempts of every account whose time ran out (grace included), oldest deadline first. */
    public List<ExpiredAttempt> expired() {
        return store.expired(clock.millis() - GRACE_MS).stream()
                .map(row -> new ExpiredAttempt(row.accountId(), row.id()))
                .toList();
    }

    /** An attempt whose time ran out, for the sweeper. */
    public record ExpiredAttempt(String accountId, String attemptId) {}

    /** Submits one attempt whose time ran out, in its own transaction; false when it was already submitted. */
    @Transactional
    public boolean submitExpired(ExpiredAttempt expired) {
        if (!store.lock(expired.accountId(), expired.attemptId())) {
            return false;
        }
        AttemptRow row = store.find(expired.accountId(), expired.attemptId()).orElseThrow();
        if (!AttemptTime.expired(row, clock.millis())) {
            return false;
        }
        scoring.finish(row, "time", row.deadlineAt());
        return true;
    }

    /**
     * The attempt of the current account, locked for the rest of the transaction (so that a save, a submit and
     * the sweeper never interleave on one attempt), and submitted first if its time has run out.
     */
    private AttemptRow current(String attemptId) {
        String account = accounts.currentAccountId();
        if (!store.lock(account, attemptId)) {
            throw ClientProblem.notFound("attempt " + attemptId);
        }
        AttemptRow row = store.find(account, attemptId).orElseThrow();
        if (AttemptTime.expired(row, clock.millis())) {
            scoring.finish(row, "time", row.deadlineAt());
            return store.find(account, attemptId).orElseThrow();
        }
        return row;
    }

    private ItemRow item(AttemptRow row, int n) {
        if (n < 1 || n > row.questionCount()) {
            throw new ClientProblem(
                    404,
                    "no-such-question",
                    "attempt " + row.id() + " has questions 1 to " + row.questionCount() + ", not " + n);
        }
        return store.item(row.accountId(), row.id(), n).orElseThrow(() -> ClientProblem.notFound("question " + n));
    }
}
