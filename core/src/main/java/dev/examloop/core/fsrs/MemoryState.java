package dev.examloop.core.fsrs;

/**
 * What FSRS knows of the memory of one card: its stability and its difficulty.
 *
 * @param stability S, in days: the time for retrievability to fall from 100 % to 90 %; in [0.001, 36500]
 * @param difficulty D: how hard the card is to make stick, from 1 (easiest) to 10 (hardest)
 */
public record MemoryState(double stability, double difficulty) {
    /** The highest stability the model allows, in days (100 years). */
    public static final double STABILITY_MAX = 36500;

    public MemoryState {
        if (!Double.isFinite(stability) || stability < Parameters.STABILITY_MIN || stability > STABILITY_MAX) {
            throw new IllegalArgumentException("stability must lie in [0.001, 36500] days, was " + stability);
        }
        if (!Double.isFinite(difficulty) || difficulty < 1 || difficulty > 10) {
            throw new IllegalArgumentException("difficulty must lie in [1, 10], was " + difficulty);
        }
    }
}
