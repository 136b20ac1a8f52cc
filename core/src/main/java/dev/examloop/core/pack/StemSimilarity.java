package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How alike two question stems are: the Jaccard similarity of their word-trigram sets, after lower-casing and
 * replacing everything but letters and digits by spaces (so Markdown marks and punctuation do not count).
 * 1 means the same words in the same order; two stems that share a long passage score high even when the rest
 * differs. Decision 0020 says why this measure.
 */
final class StemSimilarity {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;

    /** Two questions and the similarity of their stems. */
    record Pair(Question first, Question second, double similarity, boolean identical) {}

    private StemSimilarity() {}

    /** The stem's words, lower-cased, without punctuation or Markdown marks. */
    static List<String> words(String stem) {
        String cleaned =
                NOT_WORD.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    /** The runs of three consecutive words; a stem of fewer words is one shingle of all of them. */
    static Set<String> trigrams(List<String> words) {
        Set<String> shingles = new HashSet<>();
        if (words.size() < SHINGLE) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    /** |a ∩ b| / |a ∪ b|, 0 for two empty sets. */
    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String s : smaller) {
            if (larger.contains(s)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Every pair of {@code questions} whose stems are identical or at least {@code threshold} similar, in bank order. */
    static List<Pair> pairsAtLeast(List<Question> questions, double threshold) {
        List<Pair> pairs = new ArrayList<>();
        compare(questions, pair -> {
            if (pair.identical() || pair.similarity() >= threshold) {
                pairs.add(pair);
            }
        });
        return pairs;
    }

    /** The two questions with the most similar stems, if the bank has two questions. */
    static Optional<Pair> mostSimilar(List<Question> questions) {
        Pair[] best = new Pair[1];
        compare(questions, pair -> {
            if (best[0] == null || pair.similarity() > best[0].similarity()) {
                best[0] = pair;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /** Every pair once: O(n²) set comparisons, a few milliseconds for a bank of some hundred questions. */
    private static void compare(List<Question> questions, Consumer<Pair> sink) {
        List<List<String>> words = questions.stream().map(q -> words(q.stem())).toList();
        List<Set<String>> shingles =
                words.stream().map(StemSimilarity::trigrams).toList();
        for (int j = 1; j < questions.size(); j++) {
            for (int i = 0; i < j; i++) {
                boolean identical = words.get(i).equals(words.get(j));
                double similarity = identical ? 1.0 : jaccard(shingles.get(i), shingles.get(j));
                sink.accept(new Pair(questions.get(i), questions.get(j), similarity, identical));
            }
        }
    }
}
