package dev.examloop.core.fsrs.optimizer;

/**
 * How well a set of weights predicts a history's reviews.
 *
 * @param logLoss the mean binary cross-entropy of the predicted recall against the outcome (lower is better)
 * @param rmseBins the root mean square of (predicted − observed) recall over bins of reviews alike in delay,
 *     history length and lapses: calibration (lower is better)
 * @param auc the area under the ROC curve: how often a recalled review got a higher prediction than a forgotten
 *     one (0.5 is chance, higher is better); NaN when every outcome is the same
 * @param items the number of reviews predicted
 */
public record Evaluation(double logLoss, double rmseBins, double auc, int items) {}
