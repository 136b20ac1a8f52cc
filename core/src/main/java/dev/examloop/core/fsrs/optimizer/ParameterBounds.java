package dev.examloop.core.fsrs.optimizer;

/**
 * The ranges the optimiser keeps each weight in after every step, the clamps of the reference optimiser
 * (fsrs-rs {@code clip_parameters}) with one difference: w19 stays at or above 0.01, the lower bound that
 * Examloop's {@link dev.examloop.core.fsrs.Parameters} (like ts-fsrs) accepts, where fsrs-rs allows 0 (decision
 * 0040).
 */
final class ParameterBounds {
    static final double[] MIN = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1
    };
    static final double[] MAX = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8
    };

    private ParameterBounds() {}

    /**
     * Clamps {@code w} in place. With more than one relearning step, w17 and w18 are also kept under the ceiling
     * √(−[ln w11 + ln(2<sup>w13</sup> − 1) + 0.3·w14] / steps) (at least √0.01, at most 2), so that the same-day
     * steps after a lapse cannot undo it (the bound fsrs-rs applies).
     */
    static void clip(double[] w, int relearningSteps) {
        double ceiling = 2;
        if (relearningSteps > 1) {
            double bound = -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + w[14] * 0.3) / relearningSteps;
            ceiling = Math.min(Math.sqrt(Math.max(bound, 0.01)), 2);
        }
        for (int i = 0; i < w.length; i++) {
            double max = i == 17 || i == 18 ? ceiling : MAX[i];
            w[i] = Math.min(Math.max(w[i], MIN[i]), max);
        }
    }
}
