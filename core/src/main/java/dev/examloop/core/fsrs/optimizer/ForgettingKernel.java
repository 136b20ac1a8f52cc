package dev.examloop.core.fsrs.optimizer;

import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 training model of one card's history, with its loss and the analytic gradient of the loss with
 * respect to the 21 weights (reverse mode, written out by hand from the formulas below).
 *
 * <p>It is the model the reference optimiser trains (fsrs-rs), which differs from the scheduler's {@link
 * dev.examloop.core.fsrs.MemoryModel} in small ways: no rounding to 8 decimals, the first stability is not raised
 * to 0.1, and a same-day review always uses the short-term formula. With t the days since the previous review
 * and G the grade, each review k ≥ 1 from state (S, D):
 *
 * <ul>
 *   <li>(1) R = (1 + f·t/S)<sup>−w20</sup>, f = 0.9<sup>−1/w20</sup> − 1, the prediction scored against the
 *       outcome (recalled when G ≥ 2) by the binary cross-entropy, weighted;
 *   <li>(2) t = 0: S′ = S·SInc, SInc = e<sup>w17·(G − 3 + w18)</sup>·S<sup>−w19</sup>, at least 1 when G ≥ 2;
 *   <li>(3) G = 1: S′ = min(w11·D<sup>−w12</sup>·((S + 1)<sup>w13</sup> − 1)·e<sup>w14·(1 − R)</sup>,
 *       S / e<sup>w17·w18</sup>);
 *   <li>(4) G ≥ 2: S′ = S·(1 + e<sup>w8</sup>·(11 − D)·S<sup>−w9</sup>·(e<sup>w10·(1 − R)</sup> − 1)·h),
 *       h = w15 for Hard, w16 for Easy, 1 for Good;
 *   <li>(5) D′ = w7·D0(4) + (1 − w7)·(D − w6·(G − 3)·(10 − D)/9), D0(G) = w4 − e<sup>w5·(G − 1)</sup> + 1;
 * </ul>
 * and the first review sets S = w<sub>G−1</sub>, D = D0(G). S is kept in [0.001, 36500] and D in [1, 10]; where
 * a clamp holds, no gradient flows through it. The predicted probability is kept in [10<sup>−7</sup>,
 * 1 − 10<sup>−7</sup>] for the loss.
 *
 * <p>Not thread-safe: each thread uses its own kernel (the scratch arrays are per kernel).
 */
final class ForgettingKernel {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final double D_MIN = 1;
    private static final double D_MAX = 10;
    private static final double P_MIN = 1e-7;
    private static final double P_MAX = 1 - 1e-7;
    private static final double LN_09 = Math.log(0.9);

    private static final byte SAME_DAY = 0;
    private static final byte SAME_DAY_FLOOR = 1;
    private static final byte LAPSE = 2;
    private static final byte LAPSE_FLOOR = 3;
    private static final byte RECALL = 4;

    private double[] w = new double[0];
    private double factor;
    private double expW8;
    private double easyDifficulty;
    private double lapseFloor;

    // Per position of the current sequence: the state before the review and what the backward pass needs.
    private double[] sBefore = new double[0];
    private double[] dBefore = new double[0];
    private double[] retrievability = new double[0];
    private double[] lossGradient = new double[0];
    private double[] logBase = new double[0];
    private double[] aux1 = new double[0];
    private double[] aux2 = new double[0];
    private double[] aux3 = new double[0];
    private byte[] branch = new byte[0];
    private boolean[] sFree = new boolean[0];
    private boolean[] dFree = new boolean[0];

    /** Uses the weights {@code w} (read, not copied) from now on. */
    void use(double[] w) {
        this.w = w;
        this.factor = Math.exp(-LN_09 / w[20]) - 1;
        this.expW8 = Math.exp(w[8]);
        this.easyDifficulty = w[4] - Math.exp(3 * w[5]) + 1;
        this.lapseFloor = Math.exp(-w[17] * w[18]);
    }

    /** The curve factor f of eq. 1 for the weights in use. */
    double factor() {
        return factor;
    }

    /**
     * The summed weighted loss of sequences {@code [from, to)}, adding its gradient to {@code grad} when that
     * is not null.
     */
    double loss(Sequences seq, int from, int to, double @Nullable [] grad) {
        ensureCapacity(seq.maxLength);
        double total = 0;
        for (int c = from; c < to; c++) {
            total += forward(seq, c);
            if (grad != null) {
                backward(seq, c, grad);
            }
        }
        return total;
    }

    /**
     * Writes into {@code out[k]} the retrievability predicted for each review k ≥ 1 of card {@code card} of the
     * history, from the state after the reviews before it (eq. 1); {@code out[0]} is left as is.
     */
    void predict(ReviewHistory history, int card, double[] out) {
        int from = history.cardStart[card];
        int n = history.cardStart[card + 1] - from;
        int g = history.rating[from];
        double s = clampS(w[g - 1]);
        double d = clampD(initialDifficulty(g));
        for (int k = 1; k < n; k++) {
            double t = history.deltaDays[from + k];
            g = history.rating[from + k];
            double r = curve(t, s);
            out[k] = r;
            double next = nextStability(s, d, r, t, g);
            d = clampD(nextDifficultyRaw(d, g));
            s = clampS(next);
        }
    }

    private double forward(Sequences seq, int c) {
        int from = seq.start[c];
        int n = seq.start[c + 1] - from;
        int g = seq.rating[from];
        double sRaw = w[g - 1];
        double dRaw = initialDifficulty(g);
        sFree[0] = sRaw > S_MIN && sRaw < S_MAX;
        dFree[0] = dRaw > D_MIN && dRaw < D_MAX;
        double s = clampS(sRaw);
        double d = clampD(dRaw);
        double total = 0;
        for (int k = 1; k < n; k++) {
            int p = from + k;
            double t = seq.delta[p];
            g = seq.rating[p];
            sBefore[k] = s;
            dBefore[k] = d;
            double lnBase = t == 0 ? 0 : Math.log(1 + factor * t / s);
            double r = t == 0 ? 1 : Math.exp(-w[20] * lnBase);
            logBase[k] = lnBase;
            retrievability[k] = r;
            double weight = seq.weight[p];
            if (weight != 0) {
                double y = g > 1 ? 1 : 0;
                double q = Math.min(Math.max(r, P_MIN), P_MAX);
                total -= weight * (y * Math.log(q) + (1 - y) * Math.log(1 - q));
                lossGradient[k] = r > P_MIN && r < P_MAX ? -weight * (y / q - (1 - y) / (1 - q)) : 0;
            } else {
                lossGradient[k] = 0;
            }
            double next;
            if (t == 0) {
                double lnS = Math.log(s);
                double raw = Math.exp(w[17] * (g - 3 + w[18]) - w[19] * lnS);
                aux1[k] = lnS;
                aux2[k] = raw;
                if (g >= 2 && raw < 1) {
                    branch[k] = SAME_DAY_FLOOR;
                    next = s;
                } else {
                    branch[k] = SAME_DAY;
                    next = s * raw;
                }
            } else if (g == 1) {
                double dPow = Math.exp(-w[12] * Math.log(d));
                double sPow = Math.exp(w[13] * Math.log(s + 1));
                double er = Math.exp(w[14] * (1 - r));
                aux1[k] = dPow;
                aux2[k] = sPow;
                aux3[k] = er;
                double raw = w[11] * dPow * (sPow - 1) * er;
                double floor = s * lapseFloor;
                if (floor < raw) {
                    branch[k] = LAPSE_FLOOR;
                    next = floor;
                } else {
                    branch[k] = LAPSE;
                    next = raw;
                }
            } else {
                double lnS = Math.log(s);
                double sPow = Math.exp(-w[9] * lnS);
                double e = Math.exp(w[10] * (1 - r));
                aux1[k] = lnS;
                aux2[k] = sPow;
                aux3[k] = e;
                double hard = g == 2 ? w[15] : 1;
                double easy = g == 4 ? w[16] : 1;
                branch[k] = RECALL;
                next = s * (1 + expW8 * (11 - d) * sPow * (e - 1) * hard * easy);
            }
            double dNext = nextDifficultyRaw(d, g);
            sFree[k] = next > S_MIN && next < S_MAX;
            dFree[k] = dNext > D_MIN && dNext < D_MAX;
            s = clampS(next);
            d = clampD(dNext);
        }
        return total;
    }

    private void backward(Sequences seq, int c, double[] grad) {
        int from = seq.start[c];
        int n = seq.start[c + 1] - from;
        double gs = 0; // dL/dS and dL/dD of the state after review k (after its clamps)
        double gd = 0;
        for (int k = n - 1; k >= 1; k--) {
            int p = from + k;
            int g = seq.rating[p];
            double t = seq.delta[p];
            double s = sBefore[k];
            double d = dBefore[k];
            double r = retrievability[k];
            double gsOut = sFree[k] ? gs : 0;
            double gdOut = dFree[k] ? gd : 0;
            double gsIn = 0;
            double gdIn = 0;
            double gr = lossGradient[k];
            if (gsOut != 0) {
                switch (branch[k]) {
                    case SAME_DAY_FLOOR -> gsIn += gsOut;
                    case SAME_DAY -> {
                        double lnS = aux1[k];
                        double q = g - 3 + w[18];
                        double raw = aux2[k];
                        double sRaw = gsOut * s * raw;
                        gsIn += gsOut * raw * (1 - w[19]);
                        grad[17] += sRaw * q;
                        grad[18] += sRaw * w[17];
                        grad[19] -= sRaw * lnS;
                    }
                    case LAPSE_FLOOR -> {
                        double floor = s * lapseFloor;
                        gsIn += gsOut * lapseFloor;
                        grad[17] -= gsOut * floor * w[18];
                        grad[18] -= gsOut * floor * w[17];
                    }
                    case LAPSE -> {
                        double dPow = aux1[k];
                        double lnS1 = Math.log(s + 1);
                        double sPow = aux2[k];
                        double er = aux3[k];
                        double raw = w[11] * dPow * (sPow - 1) * er;
                        gsIn += gsOut * w[11] * dPow * w[13] * sPow / (s + 1) * er;
                        gdIn -= gsOut * raw * w[12] / d;
                        gr -= gsOut * raw * w[14];
                        grad[11] += gsOut * dPow * (sPow - 1) * er;
                        grad[12] -= gsOut * raw * Math.log(d);
                        grad[13] += gsOut * w[11] * dPow * sPow * lnS1 * er;
                        grad[14] += gsOut * raw * (1 - r);
                    }
                    default -> { // RECALL
                        double lnS = aux1[k];
                        double sPow = aux2[k];
                        double e = aux3[k];
                        double hard = g == 2 ? w[15] : 1;
                        double easy = g == 4 ? w[16] : 1;
                        double core = expW8 * (11 - d) * sPow * hard * easy; // growth = core·(e − 1)
                        double growth = core * (e - 1);
                        double sg = gsOut * s;
                        gsIn += gsOut * (1 + growth * (1 - w[9]));
                        gdIn -= sg * expW8 * sPow * (e - 1) * hard * easy;
                        gr -= sg * core * e * w[10];
                        grad[8] += sg * growth;
                        grad[9] -= sg * growth * lnS;
                        grad[10] += sg * core * e * (1 - r);
                        if (g == 2) {
                            grad[15] += sg * expW8 * (11 - d) * sPow * (e - 1) * easy;
                        } else if (g == 4) {
                            grad[16] += sg * expW8 * (11 - d) * sPow * (e - 1) * hard;
                        }
                    }
                }
            }
            if (gdOut != 0) {
                double delta = -w[6] * (g - 3);
                double damped = d + (10 - d) * delta / 9;
                grad[7] += gdOut * (easyDifficulty - damped);
                grad[4] += gdOut * w[7];
                grad[5] -= gdOut * w[7] * 3 * Math.exp(3 * w[5]);
                double gDamped = gdOut * (1 - w[7]);
                grad[6] -= gDamped * (10 - d) * (g - 3) / 9;
                gdIn += gDamped * (1 - delta / 9);
            }
            if (gr != 0 && t > 0) { // eq. 1: R depends on S and on w20
                double base = 1 + factor * t / s;
                gsIn += gr * w[20] * r * factor * t / (base * s * s);
                grad[20] += gr * r * (-logBase[k] - t / s * (factor + 1) * LN_09 / (w[20] * base));
            }
            gs = gsIn;
            gd = gdIn;
        }
        int g = seq.rating[from];
        if (sFree[0]) {
            grad[g - 1] += gs;
        }
        if (dFree[0] && gd != 0) {
            grad[4] += gd;
            grad[5] -= gd * (g - 1) * Math.exp(w[5] * (g - 1));
        }
    }

    private double curve(double t, double s) {
        return t == 0 ? 1 : Math.exp(-w[20] * Math.log(1 + factor * t / s));
    }

    private double nextStability(double s, double d, double r, double t, int g) {
        if (t == 0) {
            double raw = Math.exp(w[17] * (g - 3 + w[18]) - w[19] * Math.log(s));
            return g >= 2 && raw < 1 ? s : s * raw;
        }
        if (g == 1) {
            return Math.min(lapseStability(s, d, r), s * lapseFloor);
        }
        return recallStability(s, d, r, g);
    }

    private double lapseStability(double s, double d, double r) {
        return w[11]
                * Math.exp(-w[12] * Math.log(d))
                * (Math.exp(w[13] * Math.log(s + 1)) - 1)
                * Math.exp(w[14] * (1 - r));
    }

    private double recallStability(double s, double d, double r, int g) {
        double hard = g == 2 ? w[15] : 1;
        double easy = g == 4 ? w[16] : 1;
        return s
                * (1
                        + expW8
                                * (11 - d)
                                * Math.exp(-w[9] * Math.log(s))
                                * (Math.exp(w[10] * (1 - r)) - 1)
                                * hard
                                * easy);
    }

    private double initialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    private double nextDifficultyRaw(double d, int g) {
        double damped = d + (10 - d) * (-w[6] * (g - 3)) / 9;
        return w[7] * easyDifficulty + (1 - w[7]) * damped;
    }

    private static double clampS(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    private static double clampD(double d) {
        return Math.min(Math.max(d, D_MIN), D_MAX);
    }

    private void ensureCapacity(int n) {
        if (sBefore.length < n) {
            sBefore = new double[n];
            dBefore = new double[n];
            retrievability = new double[n];
            lossGradient = new double[n];
            logBase = new double[n];
            aux1 = new double[n];
            aux2 = new double[n];
            aux3 = new double[n];
            branch = new byte[n];
            sFree = new boolean[n];
            dFree = new boolean[n];
        }
    }
}
