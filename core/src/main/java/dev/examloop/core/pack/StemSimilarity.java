package dev.examloop.core.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
        if (threshold <= 0) {
            throw new IllegalArgumentException("threshold must be above 0, was " + threshold);
        }
        return new Bank(questions).pairsAtLeast(threshold);
    }

    /**
     * The two questions with the most similar stems, if the bank has two questions; of equally similar pairs, the
     * one whose later question comes first in the bank, then whose earlier one does. Pairs that share no shingle
     * (similarity 0) are never compared: when no pair shares one, the first two questions are the answer.
     */
    static Optional<Pair> mostSimilar(List<Question> questions) {
        if (questions.size() < 2) {
            return Optional.empty();
        }
        Bank bank = new Bank(questions);
        // Look for the best pair above a threshold first (cheap: a short prefix of each stem is indexed), lower it
        // until some pair passes; the last step takes every pair that shares a shingle at all.
        for (double threshold : new double[] {0.5, 0.25, 0.1, 0.03, Double.MIN_VALUE}) {
            Optional<Pair> best = bank.pairsAtLeast(threshold).stream()
                    .filter(p -> p.similarity() > 0)
                    .reduce((a, b) -> b.similarity() > a.similarity() ? b : a);
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.of(new Pair(questions.get(0), questions.get(1), 0, bank.identical(0, 1)));
    }

    /**
     * The stems of a bank, prepared for a similarity join with prefix filtering (Bayardo, Ma and Srikant, "Scaling
     * up all pairs similarity search", 2007): each stem's shingles are ordered rarest first; two stems whose
     * Jaccard similarity is at least t share a shingle among the first |x| − ⌈t·|x|⌉ + 1 of each. Only those
     * prefixes go into the inverted index, so a pair of stems is compared only when it could pass: the same pairs
     * as comparing all of them, in far less than quadratic time on real banks (decision 0065).
     */
    private static final class Bank {
        private final List<Question> questions;
        private final List<List<String>> words;
        private final List<Set<String>> shingles;
        /** Each stem's shingles as ids, rarest first (ties by id). */
        private final int[][] ordered;

        Bank(List<Question> questions) {
            this.questions = questions;
            this.words = questions.stream().map(q -> words(q.stem())).toList();
            this.shingles = words.stream().map(StemSimilarity::trigrams).toList();
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            List<int[]> asIds = new ArrayList<>(shingles.size());
            for (Set<String> set : shingles) {
                int[] row = new int[set.size()];
                int k = 0;
                for (String shingle : set) {
                    row[k++] = ids.computeIfAbsent(shingle, s -> ids.size());
                }
                asIds.add(row);
            }
            int[] frequency = new int[ids.size()];
            for (int[] row : asIds) {
                for (int id : row) {
                    frequency[id]++;
                }
            }
            this.ordered = new int[asIds.size()][];
            for (int q = 0; q < asIds.size(); q++) {
                ordered[q] = Arrays.stream(asIds.get(q))
                        .boxed()
                        .sorted(java.util.Comparator.<Integer>comparingInt(id -> frequency[id])
                                .thenComparingInt(id -> id))
                        .mapToInt(Integer::intValue)
                        .toArray();
            }
        }

        boolean identical(int i, int j) {
            return words.get(i).equals(words.get(j));
        }

        /** The pairs at or above {@code threshold}, or identical, in bank order (by later question, then earlier). */
        List<Pair> pairsAtLeast(double threshold) {
            java.util.Map<Integer, List<Integer>> index = new java.util.HashMap<>();
            List<Pair> pairs = new ArrayList<>();
            for (int j = 0; j < questions.size(); j++) {
                int prefix = prefixLength(ordered[j].length, threshold);
                java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
                for (int k = 0; k < prefix; k++) {
                    List<Integer> posting = index.get(ordered[j][k]);
                    if (posting != null) {
                        candidates.addAll(posting);
                    }
                }
                for (int i : candidates) {
                    boolean identical = identical(i, j);
                    double similarity = identical ? 1.0 : jaccard(shingles.get(i), shingles.get(j));
                    if (identical || similarity >= threshold) {
                        pairs.add(new Pair(questions.get(i), questions.get(j), similarity, identical));
                    }
                }
                for (int k = 0; k < prefix; k++) {
                    index.computeIfAbsent(ordered[j][k], id -> new ArrayList<>())
                            .add(j);
                }
            }
            return pairs;
        }

        /** How many of a set's rarest elements to index so that no pair at or above {@code t} is missed. */
        private static int prefixLength(int size, double t) {
            if (size == 0) {
                return 0;
            }
            return Math.min(size, size - (int) Math.ceil(t * size - 1e-9) + 1);
        }
    }
}
