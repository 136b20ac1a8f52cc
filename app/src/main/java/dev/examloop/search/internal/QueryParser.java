package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the search box: {@code "a phrase"}, {@code prefix*}, {@code -excluded} and plain words. Common
 * English stop words are dropped on both databases (PostgreSQL's 'english' configuration drops them, FTS5
 * does not), so that the same text finds the same documents on either.
 */
public final class QueryParser {
    private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)([^\\s\"]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 16;
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "i", "in", "is", "it",
            "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "which", "who", "why",
            "will", "with");

    private QueryParser() {}

    public static ParsedQuery parse(String text) {
        List<ParsedQuery.Word> words = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher part = PART.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        int count = 0;
        while (part.find() && count < MAX_WORDS) {
            boolean negated;
            List<String> pieces;
            boolean prefix = false;
            if (part.group(2) != null) {
                negated = !part.group(1).isEmpty();
                pieces = words(part.group(2));
                if (pieces.size() > 1 && !negated) {
                    phrases.add(pieces);
                    count += pieces.size();
                    continue;
                }
            } else {
                negated = !part.group(3).isEmpty();
                String raw = part.group(4);
                prefix = raw.endsWith("*");
                pieces = words(raw);
            }
            for (int i = 0; i < pieces.size(); i++) {
                String word = pieces.get(i);
                boolean last = i == pieces.size() - 1;
                if (negated) {
                    excluded.add(word);
                } else if (prefix && last && word.length() >= 2) {
                    words.add(new ParsedQuery.Word(word, true));
                } else if (!STOP_WORDS.contains(word)) {
                    words.add(new ParsedQuery.Word(word, false));
                }
                count++;
            }
        }
        return new ParsedQuery(words, phrases, excluded);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
