package dev.examloop.review;

import java.time.Instant;
import java.util.List;

/**
 * FSRS-6 parameters fitted to the learner's review log, with how well they and the defaults predict it.
 *
 * @param id the set's id, for activating it again
 * @param number 1, 2, … in the order the learner's sets were fitted
 * @param weights the 21 weights w0…w20
 * @param reviews the reviews in the log when it was fitted
 * @param logLoss the log loss of these weights on that log (lower is better)
 * @param rmseBins the RMSE over bins of these weights on that log, 0 to 1 (lower is better)
 * @param defaultLogLoss the log loss of the default weights on the same log
 * @param defaultRmseBins the RMSE over bins of the default weights on the same log
 * @param outcome how far the fit went: TRAINED, or INITIAL_STABILITY_ONLY with too few reviews to train
 * @param active whether the learner's reviews are scheduled with it now
 * @param createdAt when it was fitted
 */
public record ParameterSetView(
        String id,
        int number,
        List<Double> weights,
        int reviews,
        double logLoss,
        double rmseBins,
        double defaultLogLoss,
        double defaultRmseBins,
        String outcome,
        boolean active,
        Instant createdAt) {}
