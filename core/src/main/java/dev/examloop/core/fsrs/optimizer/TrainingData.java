package dev.examloop.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The items the optimiser trains on, chosen as the reference does ({@code prepare_training_data} of fsrs-rs):
 *
 * <ol>
 *   <li>the <em>initialisation set</em> is the items with exactly one long-term review (each card's first
 *       long-term review), grouped by the card's first rating and the days until that review;
 *   <li>outliers are removed from it, per first rating: the smallest groups (fewest items, then the shortest
 *       delay first) until 5 % of the items, or at least 20, are gone, and every group of fewer than 6 items
 *       or with a delay above 100 days (365 for a first Easy);
 *   <li>the <em>training set</em> is every item (in time order) whose card's (first rating, days until the
 *       first long-term review) was not removed as an outlier.
 * </ol>
 *
 * @param initialisation the items that fit the initial stabilities (indices into the history's items)
 * @param training the items to train on, in time order
 * @param averageRecall the share of training items whose review was not Again, for smoothing the pre-training
 */
// Columns of numbers kept as arrays for speed; never compared or hashed as values.
@SuppressWarnings("ArrayRecordComponent")
record TrainingData(ReviewHistory history, int[] initialisation, int[] training, double averageRecall) {
    private static final int EASY = 4;

    static TrainingData prepare(ReviewHistory history) {
        int cards = history.cards();
        int[] firstRating = new int[cards];
        int[] firstLongTermDelta = new int[cards];
        for (int c = 0; c < cards; c++) {
            firstRating[c] = history.rating[history.cardStart[c]];
            int position = history.firstLongTermPosition(c);
            firstLongTermDelta[c] = position < 0 ? -1 : history.deltaDays[history.cardStart[c] + position];
        }
        // first rating -> delay of the first long-term review -> items, for the items with one long-term review
        Map<Integer, Map<Integer, List<Integer>>> groups = new TreeMap<>();
        for (int i = 0; i < history.items(); i++) {
            int card = history.itemCard[i];
            if (history.longTermReviews(card, history.itemLength[i]) == 1) {
                groups.computeIfAbsent(firstRating[card], r -> new HashMap<>())
                        .computeIfAbsent(history.itemDelta(i), d -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Set<Integer>> removed =
                List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        IntList kept = new IntList();
        groups.forEach((rating, byDelay) -> filterOutliers(rating, byDelay, removed.get(rating), kept));

        IntList training = new IntList();
        int recalled = 0;
        for (int i = 0; i < history.items(); i++) {
            int card = history.itemCard[i];
            if (!removed.get(firstRating[card]).contains(firstLongTermDelta[card])) {
                training.add(i);
                recalled += history.itemRating(i) > 1 ? 1 : 0;
            }
        }
        double averageRecall = training.size() == 0 ? 0 : (double) recalled / training.size();
        return new TrainingData(history, kept.toArray(), training.toArray(), averageRecall);
    }

    /** Removes the outlier groups of one first rating, keeping the rest in {@code kept}. */
    private static void filterOutliers(
            int rating, Map<Integer, List<Integer>> byDelay, Set<Integer> removed, IntList kept) {
        List<Map.Entry<Integer, List<Integer>>> smallestFirst = new ArrayList<>(byDelay.entrySet());
        smallestFirst.sort((a, b) -> a.getValue().size() != b.getValue().size()
                ? Integer.compare(a.getValue().size(), b.getValue().size())
                : Integer.compare(a.getKey(), b.getKey()));
        int total = smallestFirst.stream().mapToInt(e -> e.getValue().size()).sum();
        int toRemove = Math.max(20, total / 20);
        int removedSoFar = 0;
        int maxDelay = rating == EASY ? 365 : 100;
        for (Map.Entry<Integer, List<Integer>> group : smallestFirst) {
            int delay = group.getKey();
            int size = group.getValue().size();
            if (removedSoFar + size >= toRemove) {
                if (size >= 6 && delay <= maxDelay) {
                    group.getValue().forEach(kept::add);
                } else {
                    removed.add(delay);
                }
            } else {
                removedSoFar += size;
                removed.add(delay);
            }
        }
    }
}
