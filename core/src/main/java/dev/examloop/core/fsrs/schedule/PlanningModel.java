package dev.examloop.core.fsrs.schedule;

import dev.examloop.core.fsrs.Parameters;

/**
 * The FSRS-6 formulas of {@link dev.examloop.core.fsrs.MemoryModel} (its equations 1, 5, 6, 7 and 8), without the
 * rounding to 8 decimals that matches ts-fsrs and with {@link Math} rather than {@link StrictMath}: the planner
 * evaluates them millions of times, and it predicts, it does not schedule.
 */
final class PlanningModel {
    private final double[] w = new double[Parameters.COUNT];
    private final double factor;
    private final double decay;
    private final double recallScale;
    private final double sameDayCeiling;
    private final double easyInitialDifficulty;

    PlanningModel(Parameters parameters) {
        for (int i = 0; i < Parameters.COUNT; i++) {
            w[i] = parameters.w(i);
        }
        decay = w[20];
        factor = Math.pow(0.9, -1 / decay) - 1;
        recallScale = Math.exp(w[8]);
        sameDayCeiling = Math.exp(w[17] * w[18]);
        easyInitialDifficulty = w[4] - Math.exp(3 * w[5]) + 1;
    }

    /** R(t, S), eq. 1. */
    double retrievability(double elapsedDays, double stability) {
        return Math.exp(-decay * Math.log(1 + factor * Math.max(elapsedDays, 0) / stability));
    }

    /** The days until R falls to {@code retention} from stability S, eq. 2. */
    double interval(double stability, double retention) {
        return stability / factor * (Math.pow(retention, -1 / decay) - 1);
    }

    /** S after a Good recall at retrievability R, eq. 6. */
    double afterRecall(double difficulty, double stability, double retrievability) {
        double growth = recallScale
                * (11 - difficulty)
                * Math.exp(-w[9] * Math.log(stability))
                * Math.expm1((1 - retrievability) * w[10]);
        return clamp(stability * (1 + growth));
    }

    /** S after a lapse at retrievability R (eq. 7) and one Good relearning step the same day (eq. 8). */
    double afterLapseRelearned(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double lapsed = clamp(Math.min(longTerm, stability / sameDayCeiling));
        double sameDay = Math.exp(-w[19] * Math.log(lapsed)) * sameDayCeiling;
        return clamp(lapsed * Math.max(sameDay, 1));
    }

    /** D after a Good review, eq. 5 (Good leaves D to mean reversion only). */
    double difficultyAfterGood(double difficulty) {
        return Math.min(Math.max(w[7] * easyInitialDifficulty + (1 - w[7]) * difficulty, 1), 10);
    }

    private static double clamp(double stability) {
        return Math.min(Math.max(stability, 0.001), 36500);
    }
}
