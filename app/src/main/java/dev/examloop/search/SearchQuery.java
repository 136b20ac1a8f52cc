package dev.examloop.search;

/**
 * What to search for.
 *
 * @param text words ({@code batch transform}), phrases in double quotes ({@code "batch transform"}),
 *     prefixes ending in {@code *} ({@code sagem*}) and words to leave out with a leading {@code -}; all
 *     given words must occur (stemmed: "monitoring" finds "monitors"). Blank lists the filtered documents.
 * @param kind only documents of this kind, or {@code null}
 * @param domain only documents of this exam domain, or {@code null}
 * @param tag only documents with this tag, or {@code null}
 */
public record SearchQuery(String text, String kind, String domain, String tag, int limit, int offset) {
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        kind = blankToNull(kind);
        domain = blankToNull(domain);
        tag = blankToNull(tag);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, 20, 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
