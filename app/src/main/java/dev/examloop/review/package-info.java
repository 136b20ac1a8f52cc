/**
 * Review cards and spaced repetition: one card per weak topic (or per missed question), its outcome
 * history, its zone on the review board (the core's {@code ZoneRule}), its memory state scheduled by the
 * core's FSRS-6 {@code Scheduler}, the daily queue, review sessions and the review log with its CSV export
 * and import. Publishes {@link dev.examloop.review.Cards} and its records, the REST API under
 * {@code /api/cards} and {@code /api/review}, and the board and review pages.
 */
package dev.examloop.review;
