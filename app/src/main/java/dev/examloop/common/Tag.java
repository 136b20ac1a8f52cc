package dev.examloop.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tag: a card's topic, a note's or a map node's label, a post-mortem's sub-concept. One to {@value #MAX_LENGTH}
 * characters of lower-case letters, digits and '-', starting with a letter or digit ("spaced-repetition",
 * "tcp-handshake"). Stored and sent as its text.
 *
 * @param value the tag's text, already in the tag shape
 */
public record Tag(String value) {
    /** The longest tag, in characters (what the tag columns hold). */
    public static final int MAX_LENGTH = 128;

    /** The tag's shape in words, for messages that tell the user how to fix a value. */
    public static final String SHAPE_IN_WORDS = "lower-case letters, digits and '-'";

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");
    private static final int MAX_SLUG = 120;

    public Tag {
        if (!isTag(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a tag: a tag has 1 to " + MAX_LENGTH + " "
                    + SHAPE_IN_WORDS + ", starting with a letter or digit");
        }
    }

    /** Whether {@code text} is a tag exactly as given (no trimming, no case folding). */
    public static boolean isTag(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The tag {@code text} is, exactly as given, or empty when it is not one. */
    public static Optional<Tag> of(String text) {
        return isTag(text) ? Optional.of(new Tag(text)) : Optional.empty();
    }

    /** The tag a user typed: stripped and lower-cased first ("  TCP-Handshake " is "tcp-handshake"). */
    public static Optional<Tag> typed(String text) {
        return of(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A tag-shaped slug of free text ("What is TCP?" becomes "what-is-tcp"), at most 120 characters; empty when
     * the text has no letter or digit.
     */
    public static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug;
    }

    @Override
    public String toString() {
        return value;
    }
}
