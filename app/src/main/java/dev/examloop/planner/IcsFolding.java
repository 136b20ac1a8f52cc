package dev.examloop.planner;

import java.nio.charset.StandardCharsets;

/**
 * Folds the content lines of an iCalendar document at 75 octets, as RFC 5545 section 3.1 asks ("Lines of text
 * SHOULD NOT be longer than 75 octets, excluding the line break"): a long line is split into a first line of at
 * most 75 octets and continuation lines of a space and at most 74 octets, never inside a UTF-8 sequence.
 *
 * <p>ical4j's own {@code FoldingWriter} counts characters, not octets, so a title with accented letters or a dash
 * ("MLA-C01 – Modeling") gave lines of more than 75 octets. The document is written unfolded by ical4j and
 * folded here.
 */
final class IcsFolding {
    static final int MAX_OCTETS = 75;

    private IcsFolding() {}

    /** The document with every content line folded; lines end with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        // Unfold first (a CRLF followed by a space or tab continues the line), so that folding twice is harmless.
        String whole = unfolded.replaceAll("\r?\n[ \t]", "");
        for (String line : whole.split("\r\n|\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = MAX_OCTETS;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
    }
}
