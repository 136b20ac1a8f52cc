package dev.examloop.core.fsrs;

import java.util.Objects;

/**
 * The formulas of FSRS-6 for one set of {@link Parameters}: how stability S, difficulty D and retrievability R
 * change. The equations are those of the FSRS wiki, "The Algorithm", section FSRS-6, numbered here as cited
 * by each method (t in days, G the grade 1…4, w<sub>i</sub> the weights):
 *
 * <ol>
 *   <li>forgetting curve: R(t, S) = (1 + factor · t / S)<sup>−w20</sup>, factor = 0.9<sup>−1/w20</sup> − 1
 *   <li>interval: I(r, S) = S / factor · (r<sup>−1/w20</sup> − 1), so that R(I, S) = r
 *   <li>initial stability: S0(G) = w<sub>G−1</sub>
 *   <li>initial difficulty: D0(G) = w4 − e<sup>w5·(G−1)</sup> + 1
 *   <li>difficulty update: ΔD = −w6·(G − 3); D′ = D + ΔD·(10 − D)/9 (linear damping);
 *       D″ = w7·D0(4) + (1 − w7)·D′ (mean reversion), clamped to [1, 10]
 *   <li>stability after a recall: S′r = S·(1 + e<sup>w8</sup>·(11 − D)·S<sup>−w9</sup>·(e<sup>w10·(1−R)</sup> − 1)
 *       · w15 (Hard) · w16 (Easy))
 *   <li>stability after a lapse: S′f = w11·D<sup>−w12</sup>·((S + 1)<sup>w13</sup> − 1)·e<sup>w14·(1−R)</sup>,
 *       and at most S / e<sup>w17·w18</sup>
 *   <li>same-day stability: S′ = S·SInc, SInc = e<sup>w17·(G − 3 + w18)</sup>·S<sup>−w19</sup>, and SInc ≥ 1 for
 *       G ≥ 2
 * </ol>
 *
 * <p>Examloop follows ts-fsrs 5 to the last detail that changes a result, because its results must equal a
 * reference implementation's: each quantity ts-fsrs rounds to 8 decimal places is rounded here at the same
 * point (so that an interval on a rounding boundary agrees), the initial stability is at least 0.1, stability
 * stays in [0.001, 36500], and SInc ≥ 1 also holds for Hard, as in the FSRS-6 training model (py-fsrs applies
 * it to Good and Easy only). Powers and exponentials use {@link StrictMath}, so results are the same on
 * every JVM.
 */
public final class MemoryModel {
    private static final double STABILITY_MAX = MemoryState.STABILITY_MAX;
    /** ts-fsrs never gives a first review a stability below this. */
    private static final double INITIAL_STABILITY_MIN = 0.1;

    private final Parameters parameters;
    private final double factor;

    public MemoryModel(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.factor = round8(StrictMath.pow(0.9, -1 / parameters.decay()) - 1);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The factor of the forgetting curve, 0.9<sup>−1/w20</sup> − 1, which makes R(S, S) = 0.9 (eq. 1). */
    public double curveFactor() {
        return factor;
    }

    /** R(t, S): the probability of recall {@code elapsedDays} after a review that left stability S (eq. 1). */
    public double retrievability(double elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, -parameters.decay()));
    }

    /**
     * I(r, S) / S: the interval per day of stability that brings retrievability down to {@code
     * desiredRetention} (eq. 2); 1 at r = 0.9.
     */
    public double intervalModifier(double desiredRetention) {
        return round8((StrictMath.pow(desiredRetention, -1 / parameters.decay()) - 1) / factor);
    }

    /**
     * The next interval in whole days for stability S (eq. 2): S times the interval modifier, rounded to the
     * nearest day, at least one day and at most {@code maximumInterval}.
     */
    public static long intervalDays(double stability, double intervalModifier, int maximumInterval) {
        return Math.min(Math.max(1, Math.round(stability * intervalModifier)), maximumInterval);
    }

    /** S0(G): the stability after the first review (eq. 3), at least 0.1 day as in ts-fsrs. */
    public double initialStability(Rating rating) {
        return Math.max(parameters.initialStability(rating), INITIAL_STABILITY_MIN);
    }

    /** D0(G): the difficulty after the first review, before clamping (eq. 4); D0(4) may be below 1. */
    public double initialDifficulty(Rating rating) {
        return round8(parameters.initialDifficultyAfterAgain()
                - StrictMath.exp((rating.grade() - 1) * parameters.initialDifficultyGrowth())
                + 1);
    }

    /** The memory state after a card's first review: S0(G) and D0(G) clamped to [1, 10] (eq. 3 and 4). */
    public MemoryState initialMemory(Rating rating) {
        return new MemoryState(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
    }

    /** The linear damping of a difficulty change ΔD at difficulty D: ΔD·(10 − D)/9 (eq. 5). */
    public double linearDamping(double deltaDifficulty, double difficulty) {
        return round8(deltaDifficulty * (10 - difficulty) / 9);
    }

    /** The mean reversion of a difficulty D′ towards D0(4): w7·D0(4) + (1 − w7)·D′ (eq. 5). */
    public double meanReversion(double difficulty) {
        double w7 = parameters.meanReversionWeight();
        return round8(w7 * initialDifficulty(Rating.EASY) + (1 - w7) * difficulty);
    }

    /** D″: the difficulty after a review rated {@code rating} at difficulty D (eq. 5). */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -parameters.difficultyChange() * (rating.grade() - 3);
        double damped = difficulty + linearDamping(delta, difficulty);
        return clampDifficulty(meanReversion(damped));
    }

    /** S′r: the stability after a recall (Hard, Good or Easy) at retrievability R (eq. 6). */
    public double stabilityAfterRecall(double difficulty, double stability, double retrievability, Rating rating) {
        if (rating == Rating.AGAIN) {
            throw new IllegalArgumentException("Again is a lapse, not a recall: use stabilityAfterLapse");
        }
        double hardPenalty = rating == Rating.HARD ? parameters.hardPenalty() : 1;
        double easyBonus = rating == Rating.EASY ? parameters.easyBonus() : 1;
        double growth = StrictMath.exp(parameters.recallStabilityScale())
                * (11 - difficulty)
                * StrictMath.pow(stability, -parameters.recallStabilitySaturation())
                * (StrictMath.exp((1 - retrievability) * parameters.recallRetrievabilityGain()) - 1)
                * hardPenalty
                * easyBonus;
        return round8(clampStability(stability * (1 + growth)));
    }

    /**
     * S′f: the stability after a lapse (Again) at retrievability R (eq. 7): the long-term post-lapse stability,
     * but never more than S / e<sup>w17·w18</sup>, the stability that the same-day relearning steps would
     * bring back to S.
     */
    public double stabilityAfterLapse(double difficulty, double stability, double retrievability) {
        double longTerm = round8(clampStability(parameters.lapseStabilityScale()
                * StrictMath.pow(difficulty, -parameters.lapseDifficultyExponent())
                * (StrictMath.pow(stability + 1, parameters.lapseStabilityExponent()) - 1)
                * StrictMath.exp((1 - retrievability) * parameters.lapseRetrievabilityGain())));
        double shortTermCeiling =
                round8(stability / StrictMath.exp(parameters.sameDayRate() * parameters.sameDayOffset()));
        return Math.min(Math.max(shortTermCeiling, Parameters.STABILITY_MIN), longTerm);
    }

    /** S′: the stability after a second review on the same day (eq. 8); Hard, Good and Easy never lower it. */
    public double sameDayStability(double stability, Rating rating) {
        double increase = StrictMath.pow(stability, -parameters.sameDaySaturation())
                * StrictMath.exp(parameters.sameDayRate() * (rating.grade() - 3 + parameters.sameDayOffset()));
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return round8(clampStability(stability * increase));
    }

    /**
     * The memory state after a review rated {@code rating}, {@code elapsedDays} after the previous one: the
     * same-day formula when no day has passed, otherwise the lapse or recall formula at the retrievability
     * the forgetting curve gives; the difficulty is updated in every case.
     */
    public MemoryState nextMemory(MemoryState memory, long elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days must be 0 or more, was " + elapsedDays);
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays == 0) {
            stability = sameDayStability(s, rating);
        } else {
            double r = retrievability((double) elapsedDays, s);
            stability = rating == Rating.AGAIN ? stabilityAfterLapse(d, s, r) : stabilityAfterRecall(d, s, r, rating);
        }
        return new MemoryState(stability, nextDifficulty(d, rating));
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, 1), 10);
    }

    private static double clampStability(double stability) {
        return Math.min(Math.max(stability, Parameters.STABILITY_MIN), STABILITY_MAX);
    }

    /**
     * Rounds to 8 decimal places, half up, exactly as ts-fsrs does ({@code Math.round(x * 1e8) / 1e8} in
     * JavaScript and in Java give the same double).
     */
    static double round8(double value) {
        return Math.round(value * 1e8) / 1e8;
    }
}
