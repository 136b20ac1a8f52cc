package dev.examloop.core.pack;

import org.jspecify.annotations.Nullable;

/**
 * The text of one file of a pack.
 *
 * @param name the name shown in problems (a path relative to where the user pointed)
 * @param text the file's text, or {@code null} when it is not UTF-8 text
 * @param relativePath the path inside the pack folder, such as {@code questions/modeling.yaml}
 */
public record PackFile(
        String name, String relativePath, @Nullable String text) {}
