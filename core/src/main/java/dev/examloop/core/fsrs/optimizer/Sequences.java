package dev.examloop.core.fsrs.optimizer;

/**
 * Card histories laid out one after the other in primitive arrays, for the loss and its gradient: sequence c is
 * positions {@code [start[c], start[c + 1])}; at each position the rating, the days since the previous review,
 * and the weight of the prediction made for that review (0 where no item is scored: the first review, same-day
 * reviews, and items left out of training).
 */
final class Sequences {
    final int[] start;
    final byte[] rating;
    final double[] delta;
    final double[] weight;
    final int maxLength;

    Sequences(int[] start, byte[] rating, double[] delta, double[] weight) {
        this.start = start;
        this.rating = rating;
        this.delta = delta;
        this.weight = weight;
        int max = 0;
        for (int c = 0; c + 1 < start.length; c++) {
            max = Math.max(max, start[c + 1] - start[c]);
        }
        this.maxLength = max;
    }

    int count() {
        return start.length - 1;
    }
}
