package dev.examloop.core.fsrs.optimizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation metrics of the reference (fsrs-rs {@code evaluate}), from predictions p, outcomes y ∈ {0, 1}
 * and weights ω:
 *
 * <ul>
 *   <li>log loss = −Σ ω·(y·ln p + (1 − y)·ln(1 − p)) / Σ ω;
 *   <li>RMSE(bins) = √(Σ<sub>b</sub> Ω<sub>b</sub>·(p̄<sub>b</sub> − ȳ<sub>b</sub>)² / Σ<sub>b</sub> Ω<sub>b</sub>),
 *       with p̄ and ȳ the plain means over the reviews of bin b and Ω<sub>b</sub> the sum of their weights;
 *   <li>AUC, the Mann–Whitney statistic: the share of (recalled, forgotten) pairs in which the recalled review
 *       has the higher prediction, ties counting half (unweighted).
 * </ul>
 */
public final class Metrics {
    private Metrics() {}

    /** The weighted log loss; the weights need not sum to 1. */
    public static double logLoss(double[] p, double[] y, double[] weight) {
        checkSameLength(p, y, weight);
        double loss = 0;
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            loss += weight[i] * (y[i] * Math.log(p[i]) + (1 - y[i]) * Math.log(1 - p[i]));
            total += weight[i];
        }
        return -loss / total;
    }

    /** RMSE over the bins {@code bin[i]} (any key that is equal for reviews of one bin). */
    public static double rmseBins(double[] p, double[] y, double[] weight, long[] bin) {
        checkSameLength(p, y, weight);
        if (bin.length != p.length) {
            throw new IllegalArgumentException("one bin per prediction: " + bin.length + " bins for " + p.length);
        }
        Map<Long, double[]> bins = new HashMap<>(); // predicted, actual, count, weight
        for (int i = 0; i < p.length; i++) {
            double[] b = bins.computeIfAbsent(bin[i], k -> new double[4]);
            b[0] += p[i];
            b[1] += y[i];
            b[2] += 1;
            b[3] += weight[i];
        }
        // Sum in bin order so that the result does not depend on the map's iteration order.
        double squares = 0;
        double total = 0;
        for (double[] b : new TreeMap<>(bins).values()) {
            double gap = b[0] / b[2] - b[1] / b[2];
            squares += gap * gap * b[3];
            total += b[3];
        }
        return Math.sqrt(squares / total);
    }

    /** The AUC of the predictions; NaN when all outcomes are equal. */
    public static double auc(double[] p, double[] y) {
        if (p.length != y.length) {
            throw new IllegalArgumentException("one outcome per prediction: " + y.length + " for " + p.length);
        }
        int n = p.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[idx[j + 1]] == p[idx[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1; // ties share their mean rank
            for (int k = i; k <= j; k++) {
                if (y[idx[k]] > 0.5) {
                    rankSumPositive += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * The bin of a review as fsrs-rs {@code r_matrix_index} makes it: its delay t rounded down on a log scale of
     * base 3.62, the history length (long-term reviews + 1) on a scale of base 1.89, and the lapses before it on
     * a scale of base 1.73 (0 when none), packed in one key.
     */
    public static long bin(int delayDays, int longTermReviews, int lapses) {
        long delayBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(delayDays) / Math.log(3.62))) * 100);
        double length = longTermReviews + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        long lapseBin =
                lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return delayBin << 32 | lengthBin << 16 | lapseBin;
    }

    private static void checkSameLength(double[] p, double[] y, double[] weight) {
        if (p.length != y.length || p.length != weight.length) {
            throw new IllegalArgumentException("predictions, outcomes and weights must have the same length, were "
                    + p.length + ", " + y.length + " and " + weight.length);
        }
    }
}
