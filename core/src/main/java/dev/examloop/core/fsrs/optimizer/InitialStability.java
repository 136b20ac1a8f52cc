package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.Parameters;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pre-training: the initial stabilities w0…w3 fitted directly to each card's first long-term review, before the
 * gradient descent, as the reference does ({@code initialize_stability_parameters} of fsrs-rs).
 *
 * <p>For each first rating G, the reviews are grouped by their delay t; the recall rate of each group is
 * smoothed towards the average recall ((recalls + average) / (n + 1), Laplace smoothing), and S0(G) is the
 * stability whose forgetting curve (with the default decay) best fits them: it minimises Σ n·BCE(recall,
 * R(t, S)) + |S − default S0(G)| / 16, found by ternary search on [0.001, 100]. Then {@link #smoothAndFill}
 * puts the four in order and fills in the ratings never given first.
 */
final class InitialStability {
    static final double MIN = 0.001;
    static final double MAX = 100;
    /** Exponents that relate S0 of neighbouring grades, from the FSRS benchmark (fsrs-rs pre_training). */
    private static final double W1 = 0.41;

    private static final double W2 = 0.54;

    /** The fitted stabilities and how many first reviews each first rating had. */
    // An array for speed; never compared or hashed as a value.
    @SuppressWarnings("ArrayRecordComponent")
    record Fit(double[] stability, Map<Integer, Integer> ratingCount) {}

    private InitialStability() {}

    /** Fits S0 per first rating to the initialisation items; empty when there are none. */
    static Optional<Fit> fit(TrainingData data) {
        ReviewHistory history = data.history();
        // first rating -> delay -> {recalled, count}
        Map<Integer, TreeMap<Integer, int[]>> groups = new TreeMap<>();
        for (int item : data.initialisation()) {
            int first = history.rating[history.cardStart[history.itemCard[item]]];
            int[] tally = groups.computeIfAbsent(first, r -> new TreeMap<>())
                    .computeIfAbsent(history.itemDelta(item), d -> new int[2]);
            tally[0] += history.itemRating(item) > 1 ? 1 : 0;
            tally[1]++;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        groups.forEach((rating, byDelay) -> {
            counts.put(rating, byDelay.values().stream().mapToInt(t -> t[1]).sum());
            stability.put(rating, search(rating, byDelay, data.averageRecall()));
        });
        return smoothAndFill(stability, counts).map(s -> new Fit(s, counts));
    }

    /** Ternary search for the S0 of one first rating. */
    private static double search(int rating, NavigableMap<Integer, int[]> byDelay, double averageRecall) {
        int n = byDelay.size();
        double[] delay = new double[n];
        double[] recall = new double[n];
        double[] count = new double[n];
        int i = 0;
        for (Map.Entry<Integer, int[]> e : byDelay.entrySet()) {
            delay[i] = e.getKey();
            count[i] = e.getValue()[1];
            double rate = (double) e.getValue()[0] / count[i];
            recall[i] = (rate * count[i] + averageRecall) / (count[i] + 1);
            i++;
        }
        double defaultS0 = Parameters.DEFAULT.w(rating - 1);
        double low = MIN;
        double high = MAX;
        double best = defaultS0;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(delay, recall, count, mid1, defaultS0) < loss(delay, recall, count, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2;
        }
        return best;
    }

    /** Σ n·BCE(recall, R(t, S)) with the default decay, plus |S − default| / 16. */
    private static double loss(double[] delay, double[] recall, double[] count, double s, double defaultS0) {
        double decay = -Parameters.DEFAULT.decay();
        double factor = Math.pow(0.9, 1 / decay) - 1;
        double sum = 0;
        for (int i = 0; i < delay.length; i++) {
            double r = Math.pow(delay[i] / s * factor + 1, decay);
            sum += -(recall[i] * Math.log(r) + (1 - recall[i]) * Math.log(1 - r)) * count[i];
        }
        return sum + Math.abs(s - defaultS0) / 16;
    }

    /**
     * Orders the stabilities by grade (a lower grade never gets a higher S0: the rarer of the two takes the other's
     * value), fills in the grades never given first from their neighbours (S0 of neighbouring grades are related by
     * powers with exponents 0.41 and 0.54), and keeps each in [0.001, 100]; empty when no grade has a value.
     *
     * @param stability S0 by grade, only for grades that were given first; changed in place
     * @param count the number of first reviews by grade
     */
    static Optional<double[]> smoothAndFill(Map<Integer, Double> stability, Map<Integer, Integer> count) {
        stability.keySet().retainAll(count.keySet());
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            Double small = stability.get(pair[0]);
            Double big = stability.get(pair[1]);
            if (small != null && big != null && small > big) {
                if (count.getOrDefault(pair[0], 0) > count.getOrDefault(pair[1], 0)) {
                    stability.put(pair[1], small);
                } else {
                    stability.put(pair[0], big);
                }
            }
        }
        Double[] s = new Double[5];
        stability.forEach((grade, value) -> s[grade] = value);
        double[] result;
        switch (stability.size()) {
            case 0 -> {
                return Optional.empty();
            }
            case 1 -> {
                int grade = stability.keySet().iterator().next();
                double factor = s[grade] / Parameters.DEFAULT.w(grade - 1);
                result = new double[4];
                for (int g = 0; g < 4; g++) {
                    result[g] = Parameters.DEFAULT.w(g) * factor;
                }
                Arrays.sort(result);
            }
            case 2 -> result = fillFromTwo(s);
            case 3 -> result = fillFromThree(s);
            default -> result = new double[] {s[1], s[2], s[3], s[4]};
        }
        for (int g = 0; g < 4; g++) {
            result[g] = Math.min(Math.max(result[g], MIN), MAX);
        }
        return Optional.of(result);
    }

    private static double[] fillFromTwo(Double[] s) {
        boolean a = s[1] != null;
        boolean b = s[2] != null;
        boolean c = s[3] != null;
        boolean d = s[4] != null;
        if (!a && !b && c && d) {
            s[2] = Math.pow(s[3], 1 / (1 - W2)) * Math.pow(s[4], 1 - 1 / (1 - W2));
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (!a && b && !c && d) {
            s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (!a && b && c && !d) {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (a && !b && !c && d) {
            double denominator = Math.fma(W1, -W2, W1 + W2);
            s[2] = Math.pow(s[1], W1 / denominator) * Math.pow(s[4], 1 - W1 / denominator);
            s[3] = Math.pow(s[1], 1 - W2 / denominator) * Math.pow(s[4], W2 / denominator);
        } else if (a && !b && c && !d) {
            s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        } else if (a && b && !c && !d) {
            s[3] = Math.pow(s[1], 1 - 1 / (1 - W1)) * Math.pow(s[2], 1 / (1 - W1));
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        }
        return new double[] {s[1], s[2], s[3], s[4]};
    }

    private static double[] fillFromThree(Double[] s) {
        if (s[1] == null) {
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (s[2] == null) {
            s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
        } else if (s[3] == null) {
            s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
        } else {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        }
        return new double[] {s[1], s[2], s[3], s[4]};
    }
}
