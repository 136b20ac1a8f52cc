package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * The quality checks of a bank, run by {@link PackReader} once a pack has read without errors. Each is a small
 * rule; docs/content-guide.md explains each finding to authors.
 */
final class PackLint {
    static final List<LintRule> RULES = List.of(
            new DistributionRule(),
            new CoverageRule(),
            new StemSimilarityRule(),
            new LengthCueRule(),
            new LengthRankRule(),
            new KeyPositionRule(),
            new ReferenceLinkRule(),
            new ReviewRule());

    private PackLint() {}

    static List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        for (LintRule rule : RULES) {
            problems.addAll(rule.check(pack, sources, strictness));
        }
        return problems;
    }
}
