package dev.examloop.notes;

/**
 * An uploaded image.
 *
 * @param url where its owner gets it ({@code /images/ID}); put it in a note as {@code ![…](/images/ID)}
 */
public record ImageView(String id, String url, String contentType, int bytes, String markdown) {}
