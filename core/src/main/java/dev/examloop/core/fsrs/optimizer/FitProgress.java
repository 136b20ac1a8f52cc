package dev.examloop.core.fsrs.optimizer;

/** Told how far a fit has come, after every gradient step; a progress bar, for example. */
@FunctionalInterface
public interface FitProgress {
    /** Does nothing. */
    FitProgress NONE = (done, total) -> {};

    /**
     * Called as the training advances.
     *
     * @param done predictions trained on so far, over all epochs
     * @param total predictions to train on in all, over all epochs
     */
    void advanced(long done, long total);
}
