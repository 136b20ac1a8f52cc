package dev.examloop.core.fsrs.optimizer;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The training items laid out for gradient steps, card by card: each card's history is run once per step and
 * every one of its items is scored along the way, which gives the same loss and gradient as running each item's
 * history separately (the "windowed" batches of fsrs-rs, used there when card ids are known), in time linear in
 * the reviews instead of quadratic.
 *
 * <p>Items get the recency weight 0.25 + 0.75·(i / (n − 1))³ by their place i among the n training items in time
 * order; then items whose history is longer than {@code maxHistory} reviews are left out. Cards are dealt in a
 * random order (seeded) into batches of at most {@code batchSize} predictions (a card with more items than that is
 * a batch of its own).
 *
 * @param sequences the cards' histories in batch order, with each item's weight at its review
 * @param batchStart batch b is sequences {@code [batchStart[b], batchStart[b + 1])}
 * @param batchPredictions the number of items in each batch
 * @param predictions the number of items in all
 */
// Columns of numbers kept as arrays for speed; never compared or hashed as values.
@SuppressWarnings("ArrayRecordComponent")
record TrainingBatches(Sequences sequences, int[] batchStart, int[] batchPredictions, int predictions) {

    static TrainingBatches of(TrainingData data, int batchSize, int maxHistory, long seed) {
        ReviewHistory history = data.history();
        int[] training = data.training();
        int n = training.length;
        double last = Math.max(n - 1, 1);
        int cards = history.cards();
        int[] fullLength = new int[cards];
        int[] itemCount = new int[cards];
        double[] weightAt = new double[history.reviews()];
        int kept = 0;
        for (int rank = 0; rank < n; rank++) {
            int item = training[rank];
            int length = history.itemLength[item];
            if (length > maxHistory) {
                continue;
            }
            int card = history.itemCard[item];
            double x = rank / last;
            weightAt[history.cardStart[card] + length - 1] = 0.25 + 0.75 * x * x * x;
            fullLength[card] = Math.max(fullLength[card], length);
            itemCount[card]++;
            kept++;
        }
        // Cards with items, by (longest item, card id).
        int used = 0;
        Integer[] order = new Integer[cards];
        for (int c = 0; c < cards; c++) {
            if (itemCount[c] > 0) {
                order[used++] = c;
            }
        }
        order = Arrays.copyOf(order, used);
        // Cards are in id order here; dealt into batches in a seeded random order, so that every batch mixes
        // short and long histories (decision 0040: batches of cards sorted by length, as fsrs-rs packs them,
        // trained worse).
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] start = new int[used + 1];
        for (int i = 0; i < used; i++) {
            start[i + 1] = start[i] + fullLength[order[i]];
        }
        byte[] rating = new byte[start[used]];
        double[] delta = new double[start[used]];
        double[] weight = new double[start[used]];
        IntList batches = new IntList();
        IntList batchItems = new IntList();
        int current = 0;
        for (int i = 0; i < used; i++) {
            int card = order[i];
            int from = history.cardStart[card];
            for (int k = 0; k < fullLength[card]; k++) {
                rating[start[i] + k] = history.rating[from + k];
                delta[start[i] + k] = history.deltaDays[from + k];
                weight[start[i] + k] = weightAt[from + k];
            }
            if (i == 0 || current + itemCount[card] > batchSize) {
                if (i > 0) {
                    batchItems.add(current);
                }
                batches.add(i);
                current = 0;
            }
            current += itemCount[card];
        }
        if (used > 0) {
            batchItems.add(current);
        }
        batches.add(used);
        return new TrainingBatches(
                new Sequences(start, rating, delta, weight), batches.toArray(), batchItems.toArray(), kept);
    }

    int count() {
        return batchStart.length - 1;
    }
}
