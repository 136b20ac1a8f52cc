/**
 * Spaced repetition with FSRS-6: the memory model ({@link dev.examloop.core.fsrs.MemoryModel}, the formulas
 * for stability, difficulty and retrievability under 21 {@link dev.examloop.core.fsrs.Parameters}) and the
 * {@link dev.examloop.core.fsrs.Scheduler}, which turns a {@link dev.examloop.core.fsrs.Card}, a
 * {@link dev.examloop.core.fsrs.Rating} and the time of the review into the next card and a
 * {@link dev.examloop.core.fsrs.ReviewLog}, and previews all four ratings for the review buttons. Everything
 * is an immutable value; time comes in as an argument and there is no randomness. Results equal ts-fsrs 5
 * with fuzz off, which a differential test checks review by review. The sub-package {@code revlog} reads, writes
 * and replays the standard FSRS review-log CSV; {@code optimizer} fits the 21 weights to a learner's review log.
 */
package dev.examloop.core.fsrs;
