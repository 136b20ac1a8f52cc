package dev.examloop.core.interchange;

import java.text.Normalizer;
import java.util.Locale;

/** The ids the pack format asks for, made from positions and names. */
final class Ids {
    private Ids() {}

    /** {@code a}, {@code b}, … {@code z}, then {@code o27}, {@code o28}, …: option ids by position (0-based). */
    static String option(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /** {@code t1}, {@code t2}, …: target ids by position (0-based). */
    static String target(int index) {
        return "t" + (index + 1);
    }

    /** The position of an option id made by {@link #option}, or -1. */
    static int optionIndex(String id) {
        if (id.length() == 1 && id.charAt(0) >= 'a' && id.charAt(0) <= 'z') {
            return id.charAt(0) - 'a';
        }
        if (id.startsWith("o")) {
            try {
                return Integer.parseInt(id.substring(1)) - 1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** A tag or id word: lower-case ASCII letters and digits joined by '-', or {@code fallback} when none is left. */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length() && slug.length() < 60; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.isEmpty() ? fallback : slug.toString();
    }
}
