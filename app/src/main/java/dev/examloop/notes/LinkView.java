package dev.examloop.notes;

/**
 * One end of a link between a note and something else.
 *
 * @param kind {@code note}, {@code card}, {@code question} or {@code resource}
 * @param title what it is called, or its id when the index does not know it
 * @param url where it is shown, or {@code null} when it is unknown
 */
public record LinkView(String kind, String id, String title, String url) {}
