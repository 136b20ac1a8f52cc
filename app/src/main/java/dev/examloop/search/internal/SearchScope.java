package dev.examloop.search.internal;

import dev.examloop.search.SearchDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The filter tokens of a document: one for its owner, its kind, its domain and each of its tags. SQLite's
 * full-text index holds them in the column {@code scope}, so that a filter is one more term of the match.
 * Each is a letter, the value's UTF-8 bytes in hex and a final {@code 0}: one word to the tokenizer, never
 * changed by the stemmer (no English suffix ends in a digit), and never equal to a word of any text.
 */
final class SearchScope {
    private SearchScope() {}

    static String of(SearchDocument d) {
        List<String> tokens = new ArrayList<>();
        tokens.add(account(d.accountId()));
        tokens.add(kind(d.kind()));
        if (d.domainId() != null) {
            tokens.add(domain(d.domainId()));
        }
        d.tags().forEach(t -> tokens.add(tag(t)));
        return String.join(" ", tokens);
    }

    static String account(String accountId) {
        return token('a', accountId);
    }

    static String kind(String kind) {
        return token('k', kind);
    }

    static String domain(String domainId) {
        return token('d', domainId);
    }

    static String tag(String tag) {
        return token('t', tag);
    }

    private static String token(char prefix, String value) {
        return prefix + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "0";
    }
}
