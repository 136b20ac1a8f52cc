/**
 * The FSRS-6 parameter optimiser: fits the 21 weights of {@link dev.examloop.core.fsrs.Parameters} to one
 * learner's review history, with the data preparation, pre-training, loss, Adam descent and metrics of the
 * reference optimiser fsrs-rs (decision 0040 lists where Examloop differs and why).
 *
 * <p>{@link dev.examloop.core.fsrs.optimizer.ReviewHistory} turns review-log rows into cards and items, {@link
 * dev.examloop.core.fsrs.optimizer.ParameterOptimizer} fits (and cross-validates in time), and {@link
 * dev.examloop.core.fsrs.optimizer.Evaluator} with {@link dev.examloop.core.fsrs.optimizer.Metrics} scores weights
 * by log loss, RMSE over bins and AUC. Pure: no clock, no global randomness (the batch order comes from a seeded
 * generator); the work is on primitive arrays, linear in the number of reviews per epoch.
 */
package dev.examloop.core.fsrs.optimizer;
