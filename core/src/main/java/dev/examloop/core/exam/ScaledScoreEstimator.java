package dev.examloop.core.exam;

/**
 * Estimates a scaled score from a raw score.
 *
 * <p>Vendors do not publish how raw scores map to scaled scores (AWS equates exam forms of different
 * difficulty). Examloop assumes the simplest mapping, a straight line from 0 % correct at the bottom of
 * the scale to 100 % at the top, and is honest about the noise: a mock of n questions measures the true
 * proportion correct only to within a binomial interval, which is carried through the same line. The
 * method is documented in {@code docs/scoring.md}.
 */
public final class ScaledScoreEstimator {
    private static final double Z_95 = 1.959963984540054;

    private ScaledScoreEstimator() {}

    public static ScaledScoreEstimate estimate(int correct, int total, int scaleMin, int scaleMax, int passingScore) {
        if (total <= 0) {
            throw new IllegalArgumentException("total must be positive, was " + total);
        }
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must lie in 0.." + total + ", was " + correct);
        }
        double p = (double) correct / total;
        double[] interval = wilsonInterval(correct, total);
        int point = toScale(p, scaleMin, scaleMax);
        double passProportion = (double) (passingScore - scaleMin) / (scaleMax - scaleMin);
        double passProbability = 1.0 - Beta.regularizedIncomplete(passProportion, correct + 1.0, total - correct + 1.0);
        return new ScaledScoreEstimate(
                point,
                toScale(interval[0], scaleMin, scaleMax),
                toScale(interval[1], scaleMin, scaleMax),
                passingScore,
                point >= passingScore,
                passProbability);
    }

    /** The proportion correct that maps to {@code score} on the scale. */
    public static double proportionFor(int score, int scaleMin, int scaleMax) {
        return (double) (score - scaleMin) / (scaleMax - scaleMin);
    }

    private static int toScale(double proportion, int scaleMin, int scaleMax) {
        return (int) Math.round(scaleMin + proportion * (scaleMax - scaleMin));
    }

    /** The Wilson score interval at 95 %, which stays inside [0, 1] and behaves at 0 and n correct. */
    static double[] wilsonInterval(int correct, int total) {
        double n = total;
        double p = correct / n;
        double z2 = Z_95 * Z_95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
