/**
 * The standard FSRS review log, the CSV that FSRS tools exchange: {@code card_id, review_time, review_rating,
 * review_state, review_duration}, one review per row. {@link dev.examloop.core.fsrs.revlog.RevlogReader} reads
 * it into {@link dev.examloop.core.fsrs.revlog.RevlogRow}s and collects every problem with file, line and field
 * instead of throwing; {@link dev.examloop.core.fsrs.revlog.RevlogWriter} writes it sorted by card and time;
 * {@link dev.examloop.core.fsrs.revlog.RevlogReplay} runs it through the {@link dev.examloop.core.fsrs.Scheduler}
 * card by card. CSV parsing is FastCSV's (decision 0013).
 */
package dev.examloop.core.fsrs.revlog;
