package dev.examloop.core.fsrs;

import java.util.ArrayList;
import java.util.List;

/**
 * The 21 weights w0…w20 of FSRS-6: the model of one learner's memory.
 *
 * <p>Each weight must lie in the range the FSRS optimiser keeps it in (the clamps of ts-fsrs 5 and py-fsrs
 * 6); a vector outside them is rejected, not clipped, with every offending index, its value and its range
 * in the message. The accessors name the role each weight plays in the formulas of {@link MemoryModel}.
 *
 * @param weights w0 to w20, in the order of the FSRS-6 papers and libraries
 */
public record Parameters(List<Double> weights) {
    /** FSRS-6 has 21 weights. */
    public static final int COUNT = 21;

    /** The lowest stability the model allows, in days. */
    static final double STABILITY_MIN = 0.001;

    private record Bound(String meaning, double min, double max) {}

    private static final List<Bound> BOUNDS = List.of(
            new Bound("initial stability after Again", STABILITY_MIN, 100),
            new Bound("initial stability after Hard", STABILITY_MIN, 100),
            new Bound("initial stability after Good", STABILITY_MIN, 100),
            new Bound("initial stability after Easy", STABILITY_MIN, 100),
            new Bound("initial difficulty after Again", 1, 10),
            new Bound("initial difficulty growth per grade", 0.001, 4),
            new Bound("difficulty change per grade", 0.001, 4),
            new Bound("difficulty mean-reversion weight", 0.001, 0.75),
            new Bound("recall stability scale (exponent)", 0, 4.5),
            new Bound("recall stability saturation", 0, 0.8),
            new Bound("recall retrievability gain", 0.001, 3.5),
            new Bound("post-lapse stability scale", 0.001, 5),
            new Bound("post-lapse difficulty exponent", 0.001, 0.25),
            new Bound("post-lapse stability exponent", 0.001, 0.9),
            new Bound("post-lapse retrievability gain", 0, 4),
            new Bound("Hard penalty", 0, 1),
            new Bound("Easy bonus", 1, 6),
            new Bound("same-day stability rate", 0, 2),
            new Bound("same-day grade offset", 0, 2),
            new Bound("same-day stability saturation", 0.01, 0.8),
            new Bound("forgetting-curve decay", 0.1, 0.8));

    // Declared after BOUNDS, which the constructor needs.
    /** The default weights of FSRS-6, as shipped by ts-fsrs 5 and py-fsrs 6 (fitted on many learners). */
    public static final Parameters DEFAULT = of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public Parameters {
        if (weights == null) {
            throw new IllegalArgumentException("FSRS-6 parameters must be 21 weights, were null");
        }
        if (weights.size() != COUNT) {
            throw new IllegalArgumentException("FSRS-6 takes " + COUNT + " weights (w0 to w20), got " + weights.size()
                    + "; FSRS-4.5 (17) and FSRS-5 (19) vectors must be converted first");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Double value = weights.get(i);
            Bound bound = BOUNDS.get(i);
            if (value == null || !Double.isFinite(value) || value < bound.min() || value > bound.max()) {
                problems.add("w" + i + " = " + value + " is outside [" + bound.min() + ", " + bound.max() + "] ("
                        + bound.meaning() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid FSRS-6 parameters: " + String.join("; ", problems));
        }
        weights = List.copyOf(weights);
    }

    /** Parameters from the 21 weights w0, w1, …, w20. */
    public static Parameters of(double... weights) {
        List<Double> list = new ArrayList<>(weights.length);
        for (double w : weights) {
            list.add(w);
        }
        return new Parameters(list);
    }

    /** Weight w<sub>index</sub>. */
    public double w(int index) {
        return weights.get(index);
    }

    /** S0(G) = w<sub>G−1</sub>: the stability after the first review (w0 to w3). */
    public double initialStability(Rating rating) {
        return w(rating.grade() - 1);
    }

    /** w4: the initial difficulty after Again, D0(1). */
    public double initialDifficultyAfterAgain() {
        return w(4);
    }

    /** w5: how fast the initial difficulty falls with a better first grade. */
    public double initialDifficultyGrowth() {
        return w(5);
    }

    /** w6: the change of difficulty per grade away from Good. */
    public double difficultyChange() {
        return w(6);
    }

    /** w7: the weight of mean reversion towards D0(Easy). */
    public double meanReversionWeight() {
        return w(7);
    }

    /** w8: e<sup>w8</sup> scales the growth of stability after a recall. */
    public double recallStabilityScale() {
        return w(8);
    }

    /** w9: stability growth saturates as S<sup>−w9</sup>. */
    public double recallStabilitySaturation() {
        return w(9);
    }

    /** w10: a recall at lower retrievability grows stability more, as e<sup>w10·(1−R)</sup>. */
    public double recallRetrievabilityGain() {
        return w(10);
    }

    /** w11: the scale of the stability after a lapse. */
    public double lapseStabilityScale() {
        return w(11);
    }

    /** w12: the post-lapse stability falls as D<sup>−w12</sup>. */
    public double lapseDifficultyExponent() {
        return w(12);
    }

    /** w13: the post-lapse stability rises as (S+1)<sup>w13</sup>. */
    public double lapseStabilityExponent() {
        return w(13);
    }

    /** w14: a lapse at lower retrievability keeps more stability, as e<sup>w14·(1−R)</sup>. */
    public double lapseRetrievabilityGain() {
        return w(14);
    }

    /** w15: the factor on the stability growth of a Hard recall. */
    public double hardPenalty() {
        return w(15);
    }

    /** w16: the factor on the stability growth of an Easy recall. */
    public double easyBonus() {
        return w(16);
    }

    /** w17: the rate of the same-day stability change, e<sup>w17·(G−3+w18)</sup>. */
    public double sameDayRate() {
        return w(17);
    }

    /** w18: the grade offset of the same-day stability change. */
    public double sameDayOffset() {
        return w(18);
    }

    /** w19: the same-day stability change saturates as S<sup>−w19</sup>. */
    public double sameDaySaturation() {
        return w(19);
    }

    /** w20: the decay of the power forgetting curve, trainable in FSRS-6. */
    public double decay() {
        return w(20);
    }

    /**
     * These parameters with w17 and w18 capped so that going through {@code relearningSteps} same-day steps
     * after a lapse cannot leave the card more stable than a lapse allows. The bound is the one ts-fsrs and
     * the FSRS optimiser apply when there is more than one relearning step: w17·w18 ≤ −[ln w11 + ln(2<sup>w13</sup>
     * − 1) + 0.3·w14] / steps (the post-lapse stability at D = 1, S = 1, R = 0.7), split evenly as a ceiling
     * of its square root on each, kept in [0.01, 2] and rounded to 8 decimals.
     */
    public Parameters cappedForRelearningSteps(int relearningSteps) {
        if (relearningSteps <= 1) {
            return this;
        }
        double bound = -(Math.log(w(11)) + Math.log(Math.pow(2.0, w(13)) - 1.0) + w(14) * 0.3) / relearningSteps;
        double ceiling = Math.min(Math.max(MemoryModel.round8(Math.sqrt(Math.max(bound, 0))), 0.01), 2.0);
        if (w(17) <= ceiling && w(18) <= ceiling) {
            return this;
        }
        List<Double> capped = new ArrayList<>(weights);
        capped.set(17, Math.min(w(17), ceiling));
        capped.set(18, Math.min(w(18), ceiling));
        return new Parameters(capped);
    }
}
