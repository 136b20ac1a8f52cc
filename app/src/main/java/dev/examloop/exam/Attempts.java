package dev.examloop.exam;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.exam.DrawRequest;
import dev.examloop.core.exam.DrawnMock;
import dev.examloop.core.exam.MockDraw;
import dev.examloop.core.exam.ScaledScoreEstimate;
import dev.examloop.core.exam.ScaledScoreEstimator;
import dev.examloop.core.exam.Scoring;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.exam.internal.AttemptRow;
import dev.examloop.exam.internal.AttemptStore;
import dev.examloop.exam.internal.ItemRow;
import dev.examloop.exam.internal.Snapshots;
import dev.examloop.exam.internal.StoredQuestion;
import dev.examloop.exam.internal.Views;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the exam module: starts attempts, serves their questions, saves answers as they are given,
 * keeps the countdown and submits, and scores. Every call acts for the current account only.
 */
@Service
public class Attempts {
    /** Answers that arrive this long after the deadline are still taken: they were given in time, in flight. */
    static final long GRACE_MS = 2_000;

    static final int DEFAULT_PRACTICE_COUNT = 10;
    static final int MAX_COUNT = 500;
    /** In untimed modes one look at a question counts for this long at most (the learner may have walked away). */
    static final long UNTIMED_VISIT_CAP_MS = 15 * 60_000;

    private final AttemptStore store;
    private final PackCatalog catalog;
    private final Accounts accounts;
    private final Snapshots snapshots;
    private final Clock clock;
    private final RandomGenerator random;
    private final ApplicationEventPublisher events;

    public Attempts(
            AttemptStore store,
            PackCatalog catalog,
            Accounts accounts,
            Snapshots snapshots,
            Clock clock,
            RandomGenerator random,
            ApplicationEventPublisher events) {
        this.store = store;
        this.catalog = catalog;
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.clock = clock;
        this.random = random;
        this.events = events;
    }

    @Transactional
    public AttemptView start(StartAttempt request) {
        if (request.pack() == null || request.pack().isBlank()) {
            throw ClientProblem.badRequest("pack is required, one of: " + catalog.knownCodes(), List.of("pack"));
        }
        if (request.mode() == null) {
            throw ClientProblem.badRequest("mode is required: exam, practice or drill", List.of("mode"));
        }
        Pack pack = catalog.find(request.pack())
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "unknown-pack",
                        "pack '" + request.pack() + "' is not loaded; loaded packs: " + catalog.knownCodes()));
        Blueprint blueprint = pack.blueprint();
        int count = switch (request.mode()) {
            case EXAM -> blueprint.exam().questionCount();
            case PRACTICE, DRILL -> request.count() == null ? DEFAULT_PRACTICE_COUNT : request.count();
        };
        if (count < 1 || count > MAX_COUNT) {
            throw ClientProblem.badRequest(
                    "count must be between 1 and " + MAX_COUNT + ", was " + count, List.of("count"));
        }
        Set<String> domains = new HashSet<>();
        if (request.mode() == Mode.DRILL) {
            if (request.domains().isEmpty()) {
                throw ClientProblem.badRequest("a drill needs at least one domain id in domains", List.of("domains"));
            }
            for (String domain : request.domains()) {
                if (blueprint.domain(domain).isEmpty()) {
                    throw ClientProblem.badRequest(
                            "'" + domain + "' is not a domain of " + pack.code() + " (domains: "
                                    + String.join(
                                            ", ",
                                            blueprint.domains().stream()
                                                    .map(Domain::id)
                                                    .toList()) + ")",
                            List.of("domains"));
                }
            }
            domains.addAll(request.domains());
        }
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
        AttemptRow row = new AttemptRow(
                id,
                account,
                pack.code(),
                blueprint.version(),
                request.mode().word(),
                AttemptRow.IN_PROGRESS,
                mock.questions().size(),
                duration,
                now,
                duration == null ? null : now + duration * 1000L,
                null,
                null,
                null,
                null,
                null,
                domains.isEmpty()
                        ? null
                        : String.join(",", domains.stream().sorted().toList()),
                notes.isEmpty() ? null : String.join("\n", notes),
                snapshots.write(blueprint));
        List<ItemRow> items = new ArrayList<>();
        int position = 1;
        for (Question q : mock.questions()) {
            items.add(new ItemRow(
                    position++,
                    q.id(),
                    q.domain(),
                    snapshots.write(new StoredQuestion(
                            q, q.scenarioId().flatMap(pack::scenario).orElse(null))),
                    null,
                    false,
                    false,
                    false,
                    null,
                    0,
                    null));
        }
        store.insert(row, items);
        return view(row, items);
    }

    @Transactional
    public AttemptView get(String attemptId) {
        AttemptRow row = current(attemptId);
        return view(row, store.items(row.accountId(), row.id()));
    }

    /** The question at position {@code n}; while the attempt runs, the time from here on counts toward it. */
    @Transactional
    public QuestionView question(String attemptId, int n) {
        AttemptRow row = current(attemptId);
        ItemRow item = item(row, n);
        if (row.inProgress() && !Integer.valueOf(n).equals(row.currentPosition())) {
            long now = clock.millis();
            store.moveTo(row.accountId(), row.id(), row.currentPosition(), timeOnCurrent(row, now), n, now);
        }
        return questionView(row, item);
    }

    /** The learner left the questions (for the review screen): the time from here on counts toward none. */
    @Transactional
    public AttemptView leaveQuestions(String attemptId) {
        AttemptRow row = current(attemptId);
        if (row.inProgress() && row.currentPosition() != null) {
            store.moveTo(
                    row.accountId(), row.id(), row.currentPosition(), timeOnCurrent(row, clock.millis()), null, null);
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
                    "attempt " + attemptId + " is " + row.status() + "; answers can no longer change");
        }
        ItemRow item = item(row, n);
        if (item.checked() && command.selected() != null) {
            throw ClientProblem.conflict(
                    "already-checked", "question " + n + " was checked; its answer can no longer change");
        }
        StoredQuestion stored = snapshots.read(item.snapshot());
        List<String> selected = command.selected() == null ? snapshots.strings(item.selected()) : command.selected();
        if (selected.stream().anyMatch(s -> s == null)) {
            throw ClientProblem.badRequest("selected must not contain null", List.of("selected"));
        }
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
        return new SavedAnswer(n, selected, flagged, guessed, Instant.ofEpochMilli(now), remainingSeconds(row, now));
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
        return questionView(row, item(row, n));
    }

    @Transactional
    public ResultView submit(String attemptId) {
        AttemptRow row = current(attemptId);
        if (row.inProgress()) {
            long now = clock.millis();
            if (row.deadlineAt() != null && now >= row.deadlineAt()) {
                finish(row, "time", row.deadlineAt()); // the page's own auto-submit at zero, or a last click
            } else {
                finish(row, "manual", now);
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
            if (row.deadlineAt() != null && clock.millis() > row.deadlineAt() + GRACE_MS) {
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
                    "attempt " + attemptId + " is " + row.status().replace('_', ' ') + "; only an attempt in progress"
                            + " can be abandoned");
        }
        store.markAbandoned(row.accountId(), row.id(), clock.millis());
        return get(attemptId);
    }

    public List<AttemptSummary> history() {
        String account = accounts.currentAccountId();
        return store.list(account).stream()
                .map(row -> {
                    if (row.inProgress() || row.correctCount() == null) {
                        return new AttemptSummary(
                                row.id(),
                                row.packCode(),
                                Mode.of(row.mode()),
                                row.status(),
                                Instant.ofEpochMilli(row.startedAt()),
                                null,
                                row.questionCount(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null);
                    }
                    Blueprint blueprint = snapshots.blueprint(row.blueprint());
                    ScaledScoreEstimate scaled = ScaledScoreEstimator.estimate(
                            row.correctCount(),
                            row.questionCount(),
                            blueprint.exam().scaleMin(),
                            blueprint.exam().scaleMax(),
                            blueprint.exam().passingScore());
                    return new AttemptSummary(
                            row.id(),
                            row.packCode(),
                            Mode.of(row.mode()),
                            row.status(),
                            Instant.ofEpochMilli(row.startedAt()),
                            Instant.ofEpochMilli(row.submittedAt()),
                            row.questionCount(),
                            row.correctCount(),
                            scaled.point(),
                            scaled.low(),
                            scaled.high(),
                            scaled.passingScore(),
                            scaled.pass());
                })
                .toList();
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
        if (!row.inProgress() || row.deadlineAt() == null || clock.millis() <= row.deadlineAt() + GRACE_MS) {
            return false;
        }
        finish(row, "time", row.deadlineAt());
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
        if (row.inProgress() && row.deadlineAt() != null && clock.millis() > row.deadlineAt() + GRACE_MS) {
            finish(row, "time", row.deadlineAt());
            return store.find(account, attemptId).orElseThrow();
        }
        return row;
    }

    /** Submits and scores a locked, in-progress attempt: the status flips first, then the score is recorded. */
    private void finish(AttemptRow row, String reason, long submittedAt) {
        if (!store.markSubmitted(row.accountId(), row.id(), submittedAt, reason)) {
            return;
        }
        if (row.currentPosition() != null) {
            store.addTime(row.accountId(), row.id(), row.currentPosition(), timeOnCurrent(row, clock.millis()));
        }
        List<ItemRow> items = store.items(row.accountId(), row.id());
        Map<Integer, Boolean> correct = new LinkedHashMap<>();
        for (ItemRow item : items) {
            StoredQuestion stored = snapshots.read(item.snapshot());
            correct.put(item.position(), Scoring.isCorrect(stored.question(), snapshots.strings(item.selected())));
        }
        int correctCount = (int) correct.values().stream().filter(c -> c).count();
        store.recordScore(row.accountId(), row.id(), correctCount, correct);
        events.publishEvent(new AttemptSubmitted(
                row.id(),
                row.accountId(),
                row.packCode(),
                Mode.of(row.mode()),
                correctCount,
                items.size(),
                Instant.ofEpochMilli(submittedAt)));
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

    private long timeOnCurrent(AttemptRow row, long now) {
        if (row.currentPosition() == null || row.currentSince() == null) {
            return 0;
        }
        if (row.deadlineAt() != null) {
            return Math.max(0, Math.min(now, row.deadlineAt()) - row.currentSince());
        }
        return Math.min(UNTIMED_VISIT_CAP_MS, Math.max(0, now - row.currentSince()));
    }

    private static Long remainingSeconds(AttemptRow row, long now) {
        if (row.deadlineAt() == null || !row.inProgress()) {
            return null;
        }
        return Math.max(0, (row.deadlineAt() - now + 999) / 1000);
    }

    private AttemptView view(AttemptRow row, List<ItemRow> items) {
        long now = clock.millis();
        List<AttemptView.ItemStatus> statuses = items.stream()
                .map(i -> new AttemptView.ItemStatus(i.position(), i.selected() != null, i.flagged(), i.guessed()))
                .toList();
        String title = catalog.find(row.packCode())
                .map(p -> p.blueprint().title())
                .orElseGet(() -> snapshots.blueprint(row.blueprint()).title());
        return new AttemptView(
                row.id(),
                row.packCode(),
                title,
                Mode.of(row.mode()),
                row.status(),
                row.questionCount(),
                Instant.ofEpochMilli(row.startedAt()),
                row.deadlineAt() == null ? null : Instant.ofEpochMilli(row.deadlineAt()),
                remainingSeconds(row, now),
                row.submittedAt() == null ? null : Instant.ofEpochMilli(row.submittedAt()),
                (int) statuses.stream().filter(AttemptView.ItemStatus::answered).count(),
                (int) statuses.stream().filter(AttemptView.ItemStatus::flagged).count(),
                row.drawNotes() == null ? List.of() : List.of(row.drawNotes().split("\n")),
                statuses);
    }

    private QuestionView questionView(AttemptRow row, ItemRow item) {
        StoredQuestion stored = snapshots.read(item.snapshot());
        Question q = stored.question();
        Mode mode = Mode.of(row.mode());
        List<String> selected = snapshots.strings(item.selected());
        boolean reveal = !row.inProgress() || (mode.givesFeedback() && item.checked());
        Feedback feedback = reveal ? Views.feedback(q, Scoring.isCorrect(q, selected)) : null;
        Blueprint blueprint = snapshots.blueprint(row.blueprint());
        QuestionView.DomainRef domain = mode == Mode.EXAM && row.inProgress()
                ? null
                : blueprint
                        .domain(q.domain())
                        .map(d -> new QuestionView.DomainRef(d.id(), d.title()))
                        .orElse(new QuestionView.DomainRef(q.domain(), q.domain()));
        // A running mock names its questions by position only: a pack question id would let the learner look the
        // question up elsewhere (its page, search) and read its key.
        boolean running = mode == Mode.EXAM && row.inProgress();
        return new QuestionView(
                row.id(),
                item.position(),
                row.questionCount(),
                running ? null : q.id(),
                q.type().word(),
                q.choose(),
                q.stem(),
                stored.scenario() == null
                        ? null
                        : new QuestionView.ScenarioView(
                                stored.scenario().title(), stored.scenario().text()),
                Views.options(q, row.id(), item.position()),
                q.targets().isEmpty() ? List.of() : Views.targets(q, row.id(), item.position()),
                selected,
                item.flagged(),
                item.guessed(),
                item.checked(),
                domain,
                feedback);
    }
}
