package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * No two questions have the same stem, or stems whose word-trigram similarity ({@link StemSimilarity}) is 0.5 or
 * more: a near-duplicate lets a learner answer from memory of the other question, and in a mock it counts twice.
 * Case-study questions are compared by their own stems, not the scenario text they share. Always an error.
 */
final class StemSimilarityRule implements LintRule {
    static final double NEAR_DUPLICATE = 0.5;

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        List<Problem> problems = new ArrayList<>();
        for (StemSimilarity.Pair pair : StemSimilarity.pairsAtLeast(pack.questions(), NEAR_DUPLICATE)) {
            String first = pair.first().id();
            String second = pair.second().id();
            Site firstStem = sources.questionField(first, "stem");
            String message = pair.identical()
                    ? "'" + second + "' has the same stem as '" + first + "' (" + firstStem.at() + ")"
                    : String.format(
                            Locale.ROOT,
                            "'%s' has a stem too like that of '%s' (%s): word-trigram similarity "
                                    + "%.2f, near-duplicates start at %.2f; rewrite one of them or drop it",
                            second,
                            first,
                            firstStem.at(),
                            pair.similarity(),
                            NEAR_DUPLICATE);
            problems.add(sources.questionField(second, "stem")
                    .problem(message, pack.blueprint().imported() ? Severity.WARNING : Severity.ERROR));
        }
        return problems;
    }
}
