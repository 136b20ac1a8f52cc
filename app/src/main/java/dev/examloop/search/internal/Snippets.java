package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a query in a text, and cuts the passage with the most of them: the snippets of the SQLite
 * engine, made in Java for the rows shown (FTS5's own {@code snippet} would read every matching word's whole
 * list of documents again for each row). A word matches by a light English stem ("monitoring" marks
 * "monitors"); a prefix matches any word that starts with it.
 */
public final class Snippets {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int WORDS = 24;

    private Snippets() {}

    /** The whole text with every matching word marked. */
    public static String marked(String text, ParsedQuery query) {
        return cut(text, query, Integer.MAX_VALUE);
    }

    /** About {@value #WORDS} words around the densest matches, marked, with "…" where the text was cut. */
    public static String snippet(String text, ParsedQuery query) {
        return cut(text, query, WORDS);
    }

    private static String cut(String text, ParsedQuery query, int words) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Set<String> stems = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        query.words().forEach(w -> {
            if (w.prefix()) {
                prefixes.add(w.text());
            } else {
                stems.add(stem(w.text()));
            }
        });
        query.phrases().forEach(p -> p.forEach(w -> stems.add(stem(w))));
        List<int[]> tokens = new ArrayList<>();
        List<Boolean> hits = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            tokens.add(new int[] {m.start(), m.end()});
            hits.add(stems.contains(stem(word)) || prefixes.stream().anyMatch(word::startsWith));
        }
        if (tokens.isEmpty()) {
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        }
        int from = 0;
        int to = tokens.size();
        if (tokens.size() > words) {
            int best = 0;
            int bestCount = -1;
            int count = 0;
            for (int i = 0; i < tokens.size(); i++) {
                count += hits.get(i) ? 1 : 0;
                if (i >= words) {
                    count -= hits.get(i - words) ? 1 : 0;
                }
                int start = Math.max(0, i - words + 1);
                if (count > bestCount) {
                    bestCount = count;
                    best = start;
                }
            }
            // Start a little before the first match of the window, so that it reads in context.
            int firstHit = best;
            while (firstHit < best + words - 1 && !hits.get(firstHit)) {
                firstHit++;
            }
            from = Math.max(0, Math.min(firstHit - 4, tokens.size() - words));
            to = Math.min(tokens.size(), from + words);
        }
        StringBuilder out = new StringBuilder();
        int cursor = from == 0 ? 0 : tokens.get(from)[0];
        if (from > 0) {
            out.append('…');
        }
        for (int i = from; i < to; i++) {
            int[] t = tokens.get(i);
            out.append(text, cursor, t[0]);
            if (hits.get(i)) {
                out.append(SearchEngine.MARK_START).append(text, t[0], t[1]).append(SearchEngine.MARK_END);
            } else {
                out.append(text, t[0], t[1]);
            }
            cursor = t[1];
        }
        if (to < tokens.size()) {
            out.append('…');
        } else {
            out.append(text, cursor, text.length());
        }
        return out.toString();
    }

    /** A light English stem: enough to mark "monitors", "monitoring" and "monitored" for "monitor". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String suffix :
                List.of("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "es", "ed", "s", "ly")) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                return suffix.equals("ies") || suffix.equals("ied") ? stem + "y" : stem;
            }
        }
        return w;
    }
}
