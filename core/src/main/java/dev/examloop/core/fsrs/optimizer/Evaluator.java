package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.Parameters;

/**
 * Scores weights on the items of a history, as the reference does: every item's retrievability is predicted
 * from its card's history before it, and compared with its outcome (recalled unless rated Again).
 */
public final class Evaluator {
    private Evaluator() {}

    /** How the items count in the log loss and the RMSE. */
    public enum Weighting {
        /** Later items count more: 0.25 + 0.75·(i / (n − 1))³ for the i-th of n (fsrs-rs {@code evaluate}). */
        RECENCY,
        /** Every item counts the same (fsrs-rs on the test part of a time-series split). */
        EQUAL
    }

    /** The metrics of {@code parameters} on every item of {@code history}. */
    public static Evaluation evaluate(ReviewHistory history, Parameters parameters, Weighting weighting) {
        double[] w = new double[Parameters.COUNT];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.w(i);
        }
        return evaluate(history, w, weighting);
    }

    static Evaluation evaluate(ReviewHistory history, double[] w, Weighting weighting) {
        int items = history.items();
        if (items == 0) {
            return new Evaluation(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] predicted = predictAll(history, w);
        int[] longTerm = new int[history.reviews()];
        int[] lapses = new int[history.reviews()];
        for (int c = 0; c < history.cards(); c++) {
            int lt = 0;
            int lapse = 0;
            for (int k = history.cardStart[c]; k < history.cardStart[c + 1]; k++) {
                if (history.deltaDays[k] > 0) {
                    lt++;
                    lapse += history.rating[k] == 1 ? 1 : 0;
                }
                longTerm[k] = lt;
                lapses[k] = lapse;
            }
        }
        double[] p = new double[items];
        double[] y = new double[items];
        double[] weight = new double[items];
        long[] bin = new long[items];
        double last = Math.max(items - 1, 1);
        for (int i = 0; i < items; i++) {
            int end = history.cardStart[history.itemCard[i]] + history.itemLength[i] - 1;
            p[i] = predicted[end];
            y[i] = history.rating[end] > 1 ? 1 : 0;
            double x = i / last;
            weight[i] = weighting == Weighting.RECENCY ? 0.25 + 0.75 * x * x * x : 1;
            bin[i] = Metrics.bin(history.deltaDays[end], longTerm[end], lapses[end - 1]);
        }
        return new Evaluation(
                Metrics.logLoss(p, y, weight), Metrics.rmseBins(p, y, weight, bin), Metrics.auc(p, y), items);
    }

    /** The retrievability predicted before every review of every card (NaN before a card's first). */
    private static double[] predictAll(ReviewHistory history, double[] w) {
        ForgettingKernel kernel = new ForgettingKernel();
        kernel.use(w);
        double[] all = new double[history.reviews()];
        double[] card = new double[16];
        for (int c = 0; c < history.cards(); c++) {
            int from = history.cardStart[c];
            int n = history.cardStart[c + 1] - from;
            if (card.length < n) {
                card = new double[Math.max(n, card.length * 2)];
            }
            card[0] = Double.NaN;
            kernel.predict(history, c, card);
            System.arraycopy(card, 0, all, from, n);
        }
        return all;
    }
}
