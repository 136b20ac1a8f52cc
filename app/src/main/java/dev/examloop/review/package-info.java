/**
 * Review cards and spaced repetition: one card per weak topic (or per missed question), its outcome
 * history, its zone on the review board (the core's {@code ZoneRule}), its memory state scheduled by the
 * core's FSRS-6 {@code Scheduler}, the daily queue, review sessions and the review log with its CSV export
 * and import, and "optimise my schedule" ({@link dev.examloop.review.ScheduleOptimiser}: FSRS parameters fitted to
 * the account's own log, kept as sets of which one is active and used by its scheduler). Publishes {@link
 * dev.examloop.review.Cards}, {@link dev.examloop.review.ScheduleOptimiser} and their records, the REST API under
 * {@code /api/cards} and {@code /api/review}, and the board and review pages.
 */
@ApplicationModule(allowedDependencies = {"common", "storage", "web", "accounts", "content", "search", "exam"})
package dev.examloop.review;

import org.springframework.modulith.ApplicationModule;
