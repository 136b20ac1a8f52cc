package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each domain holds about its blueprint share of the bank: within ±2 questions of weight × total, or ±3
 * percentage points of the total, whichever is looser. A bank far off the weights draws lopsided mocks and
 * cannot give successive mocks fresh questions in its thin domains.
 */
final class DistributionRule implements LintRule {
    static final double MIN_TOLERANCE_QUESTIONS = 2;
    static final double TOLERANCE_SHARE = 0.03;

    /** The questions a domain of {@code weight} percent should hold in a bank of {@code total}. */
    static double expected(int weight, int totalWeight, int total) {
        return (double) total * weight / totalWeight;
    }

    /** How far a domain's count may be from {@link #expected}: 2 questions, or 3 % of the bank if that is more. */
    static double tolerance(int total) {
        return Math.max(MIN_TOLERANCE_QUESTIONS, TOLERANCE_SHARE * total);
    }

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        int total = pack.questions().size();
        int totalWeight =
                pack.blueprint().domains().stream().mapToInt(Domain::weight).sum();
        Map<String, Long> counts = pack.questionCountByDomain();
        for (Domain domain : pack.blueprint().domains()) {
            long count = counts.getOrDefault(domain.id(), 0L);
            double expected = expected(domain.weight(), totalWeight, total);
            double tolerance = tolerance(total);
            if (Math.abs(count - expected) > tolerance) {
                problems.add(sources.domain(domain.id())
                        .problem(
                                String.format(
                                        Locale.ROOT,
                                        "domain %s has %d of the %d questions (%.1f%%); its weight of %d%% asks for %.1f ± %.1f, so it "
                                                + "has %s",
                                        domain.id(),
                                        count,
                                        total,
                                        100.0 * count / total,
                                        domain.weight(),
                                        expected,
                                        tolerance,
                                        count < expected ? "too few" : "too many"),
                                strictness.ofQualityFinding()));
            }
        }
        return problems;
    }
}
