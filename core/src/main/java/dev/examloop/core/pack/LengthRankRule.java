package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bank's keys cannot be found by ranking the options by length (decision 0100). For a bank of at least
 * {@value #MIN_SINGLE_ANSWER} single-answer questions, the key's length rank must not differ from uniform (the
 * chi-squared test of {@link LengthRanks}, p below {@value #ALPHA}); for a bank of at least
 * {@value #MIN_MULTIPLE_RESPONSE} multiple-response questions, the keyed options' ranks must not differ from the
 * others' (the stratified rank-sum test). Each finding says which way the bank leans: the share of keys at every
 * rank against chance, or the keyed and other options' mean ranks. A warning, an error under {@code --strict}.
 *
 * <p>This complements {@link LengthCueRule}, which looks at single questions and at the one rule "pick the longest":
 * a bank whose key is most often the second-longest option passes that rule and fails this one.
 */
final class LengthRankRule implements LintRule {
    static final int MIN_SINGLE_ANSWER = 40;
    static final int MIN_MULTIPLE_RESPONSE = 20;
    static final double ALPHA = 0.05;

    @Override
    public List<Problem> check(Pack pack, SourceMap sources, Strictness strictness) {
        LengthRanks ranks = LengthRanks.of(pack);
        List<Problem> problems = new ArrayList<>();
        if (ranks.singleAnswer() >= MIN_SINGLE_ANSWER && ranks.pValue() < ALPHA) {
            problems.add(sources.pack()
                    .problem(
                            String.format(
                                    Locale.ROOT,
                                    "single-answer keys lean by length (chi-squared %.1f, %d df, p = %.3g, below %.2f): "
                                            + "share of keys by length rank, 1 the longest: %s; rewrite options so that "
                                            + "no rank stands out (same specificity, not padding)",
                                    ranks.chiSquared(),
                                    ranks.degreesOfFreedom(),
                                    ranks.pValue(),
                                    ALPHA,
                                    ranks.describe()),
                            strictness.ofQualityFinding()));
        }
        if (ranks.multipleResponse() >= MIN_MULTIPLE_RESPONSE && ranks.multipleResponsePValue() < ALPHA) {
            problems.add(sources.pack()
                    .problem(
                            String.format(
                                    Locale.ROOT,
                                    "multiple-response keys lean by length (p = %.3g, below %.2f): keyed options have a "
                                            + "mean length rank of %.2f, the others %.2f (1 the longest) over %d questions; "
                                            + "make keyed options %s",
                                    ranks.multipleResponsePValue(),
                                    ALPHA,
                                    ranks.keyedMeanRank(),
                                    ranks.otherMeanRank(),
                                    ranks.multipleResponse(),
                                    ranks.keyedMeanRank() < ranks.otherMeanRank()
                                            ? "less often the longest"
                                            : "less often the shortest"),
                            strictness.ofQualityFinding()));
        }
        return problems;
    }
}
