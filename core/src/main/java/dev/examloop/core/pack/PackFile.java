package dev.examloop.core.pack;

import org.jspecify.annotations.Nullable;

/**
 * The text of one file of a pack.
 *
 * @param name the name shown in problems (a path relative to where the user pointed)
 * @param text the file's text, or {@code null} when it is not UTF-8 text
 * @param relativePath the path inside the pack folder, such as {@code questions/modeling.yaml}
 * @param unreadable why the file was not read (not a regular file, too large), or {@code null}
 */
public record PackFile(
        String name,
        String relativePath,
        @Nullable String text,
        @Nullable String unreadable) {
    public PackFile(String name, String relativePath, @Nullable String text) {
        this(name, relativePath, text, null);
    }

    /** A file that was left unread, and why. */
    static PackFile unread(String name, String relativePath, String why) {
        return new PackFile(name, relativePath, null, why);
    }
}
