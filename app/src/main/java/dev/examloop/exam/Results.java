package dev.examloop.exam;

import dev.examloop.content.PackCatalog;
import dev.examloop.core.exam.ScaledScoreEstimate;
import dev.examloop.core.exam.ScaledScoreEstimator;
import dev.examloop.core.exam.Scoring;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Question;
import dev.examloop.exam.internal.AttemptRow;
import dev.examloop.exam.internal.ItemRow;
import dev.examloop.exam.internal.Snapshots;
import dev.examloop.exam.internal.StoredQuestion;
import dev.examloop.exam.internal.Views;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the result of a submitted attempt from its stored rows and the blueprint it was drawn from. */
final class Results {
    private Results() {}

    static ResultView of(AttemptRow row, List<ItemRow> items, Snapshots snapshots, PackCatalog catalog) {
        Blueprint blueprint = snapshots.blueprint(row.blueprint());
        List<ResultView.ReviewItem> review = new ArrayList<>();
        int correct = 0;
        long totalMs = 0;
        for (ItemRow item : items) {
            StoredQuestion stored = snapshots.read(item.snapshot());
            Question q = stored.question();
            List<String> selected = snapshots.strings(item.selected());
            boolean right = item.correct() != null ? item.correct() : Scoring.isCorrect(q, selected);
            correct += right ? 1 : 0;
            totalMs += item.timeSpentMs();
            review.add(new ResultView.ReviewItem(
                    item.position(),
                    q.id(),
                    q.domain(),
                    q.tags(),
                    q.type().word(),
                    q.stem(),
                    stored.scenario() == null
                            ? null
                            : new QuestionView.ScenarioView(
                                    stored.scenario().title(), stored.scenario().text()),
                    q.targets().stream()
                            .map(t -> new QuestionView.Choice(t.id(), t.text()))
                            .toList(),
                    selected,
                    right,
                    item.flagged(),
                    item.guessed(),
                    Math.round(item.timeSpentMs() / 1000.0),
                    Views.feedback(q, right)));
        }
        List<ResultView.DomainResult> domains = new ArrayList<>();
        for (Domain domain : blueprint.domains()) {
            int total = (int) review.stream()
                    .filter(r -> r.domainId().equals(domain.id()))
                    .count();
            int right = (int) review.stream()
                    .filter(r -> r.domainId().equals(domain.id()) && r.correct())
                    .count();
            if (total > 0 || row.domainsFilter() == null) {
                domains.add(new ResultView.DomainResult(domain.id(), domain.title(), domain.weight(), right, total));
            }
        }
        var exam = blueprint.exam();
        ScaledScoreEstimate estimate = ScaledScoreEstimator.estimate(
                correct, items.size(), exam.scaleMin(), exam.scaleMax(), exam.passingScore());
        double passLine =
                100 * ScaledScoreEstimator.proportionFor(exam.passingScore(), exam.scaleMin(), exam.scaleMax());
        String method = String.format(
                Locale.ROOT,
                "Proportion correct mapped linearly onto %d–%d (the pass mark %d "
                        + "corresponds to %.1f %% correct); range: 95 %% Wilson interval for %d questions. "
                        + "The vendor's own raw-to-scaled mapping is not published.",
                exam.scaleMin(),
                exam.scaleMax(),
                exam.passingScore(),
                passLine,
                items.size());
        ResultView.Scaled scaled = new ResultView.Scaled(
                estimate.point(),
                estimate.low(),
                estimate.high(),
                exam.scaleMin(),
                exam.scaleMax(),
                exam.passingScore(),
                estimate.pass(),
                estimate.passProbability(),
                method);
        String title =
                catalog.find(row.packCode()).map(p -> p.blueprint().title()).orElse(blueprint.title());
        return new ResultView(
                row.id(),
                row.packCode(),
                title,
                Mode.of(row.mode()),
                Instant.ofEpochMilli(row.startedAt()),
                Instant.ofEpochMilli(row.submittedAt()),
                row.submitReason(),
                correct,
                items.size(),
                items.isEmpty() ? 0 : 100.0 * correct / items.size(),
                domains,
                scaled,
                Math.round(totalMs / 1000.0),
                review);
    }
}
