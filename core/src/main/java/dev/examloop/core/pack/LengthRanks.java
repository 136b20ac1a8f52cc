package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Where the keys of a bank stand when its options are ranked by length (rank 1 is the longest), against where
 * they would stand if length said nothing about the key.
 *
 * <p><b>Single-answer questions.</b> Without a cue, the key of a question with {@code k} options is equally likely
 * to hold each of the ranks 1…k. Summed over the bank, that gives each rank an expected count; the observed counts
 * are compared with a chi-squared goodness-of-fit test (ranks from the shortest end are pooled until every cell
 * expects at least {@value #MIN_EXPECTED} keys, the usual condition for the chi-squared approximation). An option
 * whose length equals the key's shares the rank: a key tied with {@code t} other options counts {@code 1/(t+1)} at
 * each of the tied ranks, which is what a "pick the option of rank r" rule would score on it, ties broken at random.
 *
 * <p><b>Multiple-response questions.</b> Without a cue, the keyed options of a question are a random subset of its
 * options. The sum of their ranks then has the mean and variance of sampling {@code m} of the {@code n} option ranks
 * without replacement (mid-ranks for ties); summed over the bank, the standardised difference is a z statistic
 * (the Wilcoxon rank-sum test, stratified by question). A positive difference means keyed options are shorter
 * than the others.
 *
 * <p>Each blind rule "always pick the option of rank r" is scored against chance, so that an author sees which way
 * a bank leans and by how much.
 *
 * @param singleAnswer single-answer questions counted
 * @param observed keys at each rank (index 0 is rank 1, the longest), ties shared
 * @param expected keys expected at each rank without a cue
 * @param chiSquared the statistic over the pooled cells, or 0 when there are no questions
 * @param degreesOfFreedom pooled cells less one (0 when no test is possible)
 * @param pValue the chi-squared test's p-value (1 when no test is possible)
 * @param multipleResponse multiple-response questions counted
 * @param keyedMeanRank the mean rank of keyed options (NaN when there are none)
 * @param otherMeanRank the mean rank of the other options (NaN when there are none)
 * @param multipleResponsePValue the two-sided p-value of the stratified rank-sum test (1 when no test is possible)
 */
public record LengthRanks(
        int singleAnswer,
        List<Double> observed,
        List<Double> expected,
        double chiSquared,
        int degreesOfFreedom,
        double pValue,
        int multipleResponse,
        double keyedMeanRank,
        double otherMeanRank,
        double multipleResponsePValue) {

    /** Cells of the chi-squared test expect at least this many keys. */
    static final double MIN_EXPECTED = 5.0;

    public LengthRanks {
        observed = List.copyOf(observed);
        expected = List.copyOf(expected);
    }

    /** The share of single-answer keys at each rank (rank 1 first): what "pick the option of rank r" scores. */
    public List<Double> shares() {
        return observed.stream()
                .map(o -> singleAnswer == 0 ? 0.0 : o / singleAnswer)
                .toList();
    }

    /** The share each rank would score by chance. */
    public List<Double> chanceShares() {
        return expected.stream()
                .map(e -> singleAnswer == 0 ? 0.0 : e / singleAnswer)
                .toList();
    }

    /** How far the best blind length rule beats chance, in percentage points (0 or less when none does). */
    public double bestRuleAdvantagePoints() {
        double best = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < observed.size(); r++) {
            best = Math.max(best, 100.0 * (shares().get(r) - chanceShares().get(r)));
        }
        return observed.isEmpty() ? 0.0 : best;
    }

    /** The share of keys at every rank against chance: "1st 31% (chance 23%), 2nd 43% (chance 23%), …". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        List<Double> shares = shares();
        List<Double> chance = chanceShares();
        for (int r = 0; r < shares.size(); r++) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%s %.0f%% (chance %.0f%%)",
                    KeyPositionRule.ordinal(r + 1),
                    100 * shares.get(r),
                    100 * chance.get(r)));
        }
        return String.join(", ", parts);
    }

    /** Ranks the options of the bank's single- and multiple-response questions by length. */
    public static LengthRanks of(Pack pack) {
        List<Question> singles = new ArrayList<>();
        List<Question> multiples = new ArrayList<>();
        for (Question q : pack.questions()) {
            if (q.type() == QuestionType.SINGLE
                    && q.options().size() >= 2
                    && keyLengths(q).size() == 1) {
                singles.add(q);
            } else if (q.type() == QuestionType.MULTIPLE
                    && q.options().size() > q.key().size()
                    && !q.key().isEmpty()) {
                multiples.add(q);
            }
        }
        int maxOptions =
                singles.stream().mapToInt(q -> q.options().size()).max().orElse(0);
        double[] observed = new double[maxOptions];
        double[] expected = new double[maxOptions];
        for (Question q : singles) {
            int k = q.options().size();
            for (int r = 0; r < k; r++) {
                expected[r] += 1.0 / k;
            }
            int keyLength = keyLengths(q).get(0);
            int longer = 0;
            int tied = 0;
            for (Option o : q.options()) {
                if (q.key().contains(o.id())) {
                    continue;
                }
                int length = OptionLengths.length(o);
                if (length > keyLength) {
                    longer++;
                } else if (length == keyLength) {
                    tied++;
                }
            }
            for (int r = longer; r <= longer + tied; r++) {
                observed[r] += 1.0 / (tied + 1);
            }
        }
        double[][] cells = pool(observed, expected);
        double statistic = 0;
        for (int i = 0; i < cells[0].length; i++) {
            double diff = cells[0][i] - cells[1][i];
            statistic += diff * diff / cells[1][i];
        }
        int df = cells[0].length - 1;
        double p = df < 1 ? 1.0 : ChiSquaredDistribution.of(df).survivalProbability(statistic);

        double rankSum = 0;
        double rankSumMean = 0;
        double rankSumVariance = 0;
        double keyedRanks = 0;
        double otherRanks = 0;
        int keyedCount = 0;
        int otherCount = 0;
        for (Question q : multiples) {
            double[] ranks = midRanks(q);
            int n = ranks.length;
            int m = 0;
            double mean = (n + 1) / 2.0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += (ranks[i] - mean) * (ranks[i] - mean);
                if (q.key().contains(q.options().get(i).id())) {
                    m++;
                    rankSum += ranks[i];
                    keyedRanks += ranks[i];
                    keyedCount++;
                } else {
                    otherRanks += ranks[i];
                    otherCount++;
                }
            }
            rankSumMean += m * mean;
            rankSumVariance += (double) m * (n - m) / ((double) n * (n - 1)) * squares;
        }
        double mrP = 1.0;
        if (rankSumVariance > 0) {
            double z = (rankSum - rankSumMean) / Math.sqrt(rankSumVariance);
            mrP = Math.min(1.0, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z)));
        }
        return new LengthRanks(
                singles.size(),
                boxed(observed),
                boxed(expected),
                statistic,
                Math.max(df, 0),
                p,
                multiples.size(),
                keyedCount == 0 ? Double.NaN : keyedRanks / keyedCount,
                otherCount == 0 ? Double.NaN : otherRanks / otherCount,
                mrP);
    }

    private static List<Integer> keyLengths(Question q) {
        return q.options().stream()
                .filter(o -> q.key().contains(o.id()))
                .map(OptionLengths::length)
                .toList();
    }

    /** Ranks by length, 1 the longest, tied options sharing the mean of their ranks. */
    private static double[] midRanks(Question q) {
        int n = q.options().size();
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            int length = OptionLengths.length(q.options().get(i));
            int longer = 0;
            int same = 0;
            for (Option other : q.options()) {
                int l = OptionLengths.length(other);
                if (l > length) {
                    longer++;
                } else if (l == length) {
                    same++;
                }
            }
            ranks[i] = longer + (same + 1) / 2.0;
        }
        return ranks;
    }

    /** Pools cells from the shortest-rank end until each expects at least {@link #MIN_EXPECTED}. */
    private static double[][] pool(double[] observed, double[] expected) {
        List<double[]> cells = new ArrayList<>();
        double o = 0;
        double e = 0;
        for (int r = observed.length - 1; r >= 0; r--) {
            o += observed[r];
            e += expected[r];
            if (e >= MIN_EXPECTED) {
                cells.add(new double[] {o, e});
                o = 0;
                e = 0;
            }
        }
        if (e > 0 && !cells.isEmpty()) {
            double[] last = cells.get(cells.size() - 1);
            last[0] += o;
            last[1] += e;
        } else if (e > 0) {
            cells.add(new double[] {o, e});
        }
        double[][] result = new double[2][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            result[0][i] = cells.get(i)[0];
            result[1][i] = cells.get(i)[1];
        }
        return result;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
