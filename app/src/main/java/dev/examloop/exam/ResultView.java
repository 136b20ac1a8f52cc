package dev.examloop.exam;

import java.time.Instant;
import java.util.List;

/** The result of a submitted attempt, with a review of every question. */
public record ResultView(
        String attemptId,
        String pack,
        String packTitle,
        Mode mode,
        Instant startedAt,
        Instant submittedAt,
        String submitReason,
        int correct,
        int total,
        double percent,
        List<DomainResult> domains,
        Scaled scaled,
        long timeSeconds,
        List<ReviewItem> questions) {

    /** A domain's score beside its blueprint weight. */
    public record DomainResult(String id, String title, int weight, int correct, int total) {
        public double percent() {
            return total == 0 ? 0 : 100.0 * correct / total;
        }
    }

    /**
     * The scaled-score estimate with its 95 % range; see {@code docs/scoring.md}.
     *
     * @param passProbability the posterior probability that the true proportion correct reaches the pass line
     */
    public record Scaled(
            int point,
            int low,
            int high,
            int scaleMin,
            int scaleMax,
            int passingScore,
            boolean pass,
            double passProbability,
            String method) {}

    /** One question after submit: the learner's answer, the key and the explanations. */
    public record ReviewItem(
            int n,
            String questionId,
            String domainId,
            List<String> tags,
            String type,
            String stem,
            QuestionView.ScenarioView scenario,
            List<QuestionView.Choice> targets,
            List<String> selected,
            boolean correct,
            boolean flagged,
            boolean guessed,
            long timeSeconds,
            Feedback feedback) {
        public boolean answered() {
            return !selected.isEmpty();
        }
    }
}
