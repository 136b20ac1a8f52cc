package dev.examloop.review;

import java.util.List;

/**
 * A review session's cards in the order they come.
 *
 * @param kind {@code daily} (due, red and a few new cards) or {@code everything} (the whole board, weakest first)
 * @param due how many reviewed cards are due by the end of today (all of them, even past the listed page)
 * @param red how many cards are red
 * @param fresh how many new cards the queue lists
 * @param basis with an active goal, what the list was planned from (the exam, the plan's minutes, the review time);
 *     {@code null} without one
 */
public record QueueView(String kind, int due, int red, int fresh, List<Item> items, ScheduleBasis basis) {
    public QueueView(String kind, int due, int red, int fresh, List<Item> items) {
        this(kind, due, red, fresh, items, null);
    }

    /** A card in the queue and why it is there: {@code due}, {@code red} or {@code new}. */
    public record Item(CardView card, String reason) {}
}
