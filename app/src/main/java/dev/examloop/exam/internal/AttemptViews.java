package dev.examloop.exam.internal;

import dev.examloop.content.PackCatalog;
import dev.examloop.core.exam.ScaledScoreEstimate;
import dev.examloop.core.exam.ScaledScoreEstimator;
import dev.examloop.core.exam.Scoring;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Question;
import dev.examloop.exam.AttemptSummary;
import dev.examloop.exam.AttemptView;
import dev.examloop.exam.Feedback;
import dev.examloop.exam.Mode;
import dev.examloop.exam.QuestionView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Attempts as the exam pages and the API show them: the attempt, one question, a line of the history. */
@Component
public class AttemptViews {
    private final PackCatalog catalog;
    private final Snapshots snapshots;
    private final Clock clock;

    public AttemptViews(PackCatalog catalog, Snapshots snapshots, Clock clock) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public AttemptView attempt(AttemptRow row, List<ItemRow> items) {
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
                row.status().wire(),
                row.questionCount(),
                Instant.ofEpochMilli(row.startedAt()),
                row.deadlineAt() == null ? null : Instant.ofEpochMilli(row.deadlineAt()),
                AttemptTime.remainingSeconds(row, now),
                row.submittedAt() == null ? null : Instant.ofEpochMilli(row.submittedAt()),
                (int) statuses.stream().filter(AttemptView.ItemStatus::answered).count(),
                (int) statuses.stream().filter(AttemptView.ItemStatus::flagged).count(),
                row.drawNotes() == null ? List.of() : List.of(row.drawNotes().split("\n")),
                statuses);
    }

    /**
     * A question of the attempt. Its key and explanations show once the attempt is over, or once checked in a mode
     * that gives feedback; a running mock names its questions by position only (a pack question id would let the
     * learner look the question up elsewhere, its page or search, and read its key) and hides their domains.
     */
    public QuestionView question(AttemptRow row, ItemRow item) {
        StoredQuestion stored = snapshots.read(item.snapshot());
        Question q = stored.question();
        Mode mode = Mode.of(row.mode());
        List<String> selected = snapshots.strings(item.selected());
        boolean reveal = !row.inProgress() || (mode.givesFeedback() && item.checked());
        Feedback feedback = reveal ? Views.feedback(q, Scoring.isCorrect(q, selected)) : null;
        Blueprint blueprint = snapshots.blueprint(row.blueprint());
        boolean running = mode == Mode.EXAM && row.inProgress();
        QuestionView.DomainRef domain = running
                ? null
                : blueprint
                        .domain(q.domain())
                        .map(d -> new QuestionView.DomainRef(d.id(), d.title()))
                        .orElse(new QuestionView.DomainRef(q.domain(), q.domain()));
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

    /** A line of the history: a scored attempt with its scaled-score estimate, any other without a score. */
    public AttemptSummary summary(AttemptRow row) {
        if (row.inProgress() || row.correctCount() == null) {
            return new AttemptSummary(
                    row.id(),
                    row.packCode(),
                    Mode.of(row.mode()),
                    row.status().wire(),
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
                row.status().wire(),
                Instant.ofEpochMilli(row.startedAt()),
                Instant.ofEpochMilli(row.submittedAt()),
                row.questionCount(),
                row.correctCount(),
                scaled.point(),
                scaled.low(),
                scaled.high(),
                scaled.passingScore(),
                scaled.pass());
    }
}
