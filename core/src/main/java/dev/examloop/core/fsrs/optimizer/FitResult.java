package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.Parameters;
import java.util.Objects;

/**
 * What a fit gave.
 *
 * @param parameters the fitted weights (the defaults when there was too little to fit)
 * @param outcome how far the fit could go
 * @param trainingItems the items trained on (after outliers and overlong histories were left out)
 * @param bestEpoch the epoch whose weights were kept (the lowest training loss), 0 when there was no training
 */
public record FitResult(Parameters parameters, Outcome outcome, int trainingItems, int bestEpoch) {
    public FitResult {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How far a fit could go with the history it was given. */
    public enum Outcome {
        /** Pre-training and gradient descent ran: all 21 weights are the learner's. */
        TRAINED,
        /** Fewer than 64 items (or only first long-term reviews): only w0–w3 were fitted, the rest are defaults. */
        INITIAL_STABILITY_ONLY,
        /** Fewer than 8 items, or no first long-term review to fit w0–w3 on: the defaults. */
        NOT_ENOUGH_DATA
    }
}
