/**
 * The exam maths: drawing a mock to the blueprint's weights ({@link dev.examloop.core.exam.MockDraw}),
 * checking and scoring responses ({@link dev.examloop.core.exam.Scoring}) and estimating a scaled score
 * with its uncertainty ({@link dev.examloop.core.exam.ScaledScoreEstimator}). Randomness comes in as a
 * seeded generator; nothing here reads the clock.
 */
package dev.examloop.core.exam;
