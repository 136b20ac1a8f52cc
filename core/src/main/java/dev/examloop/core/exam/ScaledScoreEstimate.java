package dev.examloop.core.exam;

/**
 * A scaled-score estimate from a raw score, with a 95 % range and the probability of passing.
 *
 * @param point the scaled score the raw proportion maps to
 * @param low the scaled score of the lower end of the 95 % interval of the true proportion correct
 * @param high the scaled score of the upper end of that interval
 * @param passProbability the probability that the learner's true proportion correct is at or above the one
 *     that maps to the passing score (uniform prior, binomial likelihood)
 */
public record ScaledScoreEstimate(
        int point, int low, int high, int passingScore, boolean pass, double passProbability) {}
