package dev.examloop.search.internal;

import java.util.List;

/**
 * A search text taken apart: the words every match must have (each may be a prefix), the phrases it must
 * contain, and the words it must not have. Words are lower-case letters and digits only, so that nothing
 * the learner types can reach a database's query syntax.
 */
public record ParsedQuery(List<Word> words, List<List<String>> phrases, List<String> excluded) {
    public ParsedQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** A word to match, or with {@code prefix} any word that starts with it. */
    public record Word(String text, boolean prefix) {}

    /** True when nothing is left to match on (blank text, or only stop words and exclusions). */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
