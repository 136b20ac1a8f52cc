package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.Parameters;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Fits the 21 FSRS-6 weights to one learner's review history, the way the reference optimiser (fsrs-rs 6) does:
 *
 * <ol>
 *   <li>prepare the items ({@link TrainingData}: outliers of the first long-term reviews left out);
 *   <li>pre-train the initial stabilities w0–w3 on the first long-term reviews ({@link InitialStability});
 *   <li>from those and the default w4–w20, minimise over mini-batches the weighted log loss of every item plus
 *       the penalty γ·(b/N)·Σ (w<sub>i</sub> − w<sub>i</sub><sup>init</sup>)² / σ<sub>i</sub>² (b the batch's
 *       items, N all items, σ<sub>i</sub> the spread of w<sub>i</sub> across learners), with Adam, a learning rate
 *       annealed on a cosine, and the weights clamped to their ranges after every step; cards are dealt into
 *       batches, and the batch order shuffled every epoch, by a generator seeded with {@link
 *       OptimizerSettings#seed()};
 *   <li>keep the weights of the epoch with the lowest loss over all items, and put w0–w3 in order again.
 * </ol>
 *
 * <p>Deterministic: the same history and settings give the same weights, for any number of threads (each
 * batch's cards are split into two fixed halves whose gradients are added in order).
 */
public final class ParameterOptimizer {
    /** The spread of each weight across learners, for the penalty (fsrs-rs {@code PARAMS_STDDEV}). */
    private static final double[] SPREAD = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31,
        0.32, 0.14, 0.27
    };

    private static final int PARTS = 2;
    private static final int LEAST_TO_FIT_STABILITY = 8;
    private static final int LEAST_TO_TRAIN = 64;

    private ParameterOptimizer() {}

    /** Fits weights to {@code history}. */
    public static FitResult fit(ReviewHistory history, OptimizerSettings settings, FitProgress progress) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
        TrainingData data = TrainingData.prepare(history);
        int trainingItems = data.training().length;
        if (trainingItems < LEAST_TO_FIT_STABILITY) {
            return new FitResult(Parameters.DEFAULT, FitResult.Outcome.NOT_ENOUGH_DATA, trainingItems, 0);
        }
        Optional<InitialStability.Fit> initial = InitialStability.fit(data);
        if (initial.isEmpty()) {
            return new FitResult(Parameters.DEFAULT, FitResult.Outcome.NOT_ENOUGH_DATA, trainingItems, 0);
        }
        double[] start = weights(Parameters.DEFAULT);
        System.arraycopy(initial.get().stability(), 0, start, 0, 4);
        if (trainingItems == data.initialisation().length || trainingItems < LEAST_TO_TRAIN) {
            return new FitResult(Parameters.of(start), FitResult.Outcome.INITIAL_STABILITY_ONLY, trainingItems, 0);
        }
        TrainingBatches batches =
                TrainingBatches.of(data, settings.batchSize(), settings.maxHistory(), settings.seed());
        Training training = new Training(batches, start, settings, progress);
        double[] best = training.run();
        Map<Integer, Double> stability = new TreeMap<>();
        for (int g = 1; g <= 4; g++) {
            stability.put(g, best[g - 1]);
        }
        double[] s0 = InitialStability.smoothAndFill(stability, initial.get().ratingCount())
                .orElseThrow();
        System.arraycopy(s0, 0, best, 0, 4);
        ParameterBounds.clip(best, settings.relearningSteps());
        return new FitResult(Parameters.of(best), FitResult.Outcome.TRAINED, batches.predictions(), training.bestEpoch);
    }

    /**
     * Cross-validation in time: fits on the earlier items of {@code history} and evaluates the defaults and the
     * fitted weights on the later {@code testShare} of them (every item weighted equally, as fsrs-rs does on a
     * time-series split).
     */
    public static CrossValidation crossValidate(
            ReviewHistory history, double testShare, OptimizerSettings settings, FitProgress progress) {
        if (!(testShare > 0 && testShare < 1)) {
            throw new IllegalArgumentException("the share of the history held out for testing must lie strictly "
                    + "between 0 and 1 (0.2 holds out the last 20 %), was " + testShare);
        }
        int trainCount = (int) Math.round(history.items() * (1 - testShare));
        ReviewHistory earlier = history.firstItems(trainCount);
        ReviewHistory later = history.itemsFrom(trainCount);
        FitResult fit = fit(earlier, settings, progress);
        return new CrossValidation(
                fit,
                trainCount,
                later.items(),
                Evaluator.evaluate(later, Parameters.DEFAULT, Evaluator.Weighting.EQUAL),
                Evaluator.evaluate(later, fit.parameters(), Evaluator.Weighting.EQUAL));
    }

    /**
     * How {@code parameters} predict the later {@code testShare} of {@code history}'s items: the test part of
     * {@link #crossValidate}, for scoring weights fitted elsewhere the same way.
     */
    public static Evaluation crossValidateGiven(ReviewHistory history, double testShare, Parameters parameters) {
        int trainCount = (int) Math.round(history.items() * (1 - testShare));
        return Evaluator.evaluate(history.itemsFrom(trainCount), parameters, Evaluator.Weighting.EQUAL);
    }

    static double[] weights(Parameters parameters) {
        double[] w = new double[Parameters.COUNT];
        for (int i = 0; i < w.length; i++) {
            w[i] = parameters.w(i);
        }
        return w;
    }

    /** The penalty on moving away from the initial weights, for a batch of {@code batch} of {@code total} items. */
    static double penalty(double[] w, double[] initial, double gamma, int batch, int total) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double gap = w[i] - initial[i];
            sum += gap * gap / (SPREAD[i] * SPREAD[i]);
        }
        return sum * gamma * batch / total;
    }

    static void addPenaltyGradient(double[] grad, double[] w, double[] initial, double gamma, int batch, int total) {
        double scale = gamma * batch / total;
        for (int i = 0; i < w.length; i++) {
            grad[i] += 2 * (w[i] - initial[i]) / (SPREAD[i] * SPREAD[i]) * scale;
        }
    }

    /** One run of the gradient descent. */
    private static final class Training {
        private final TrainingBatches batches;
        private final double[] initial;
        private final OptimizerSettings settings;
        private final FitProgress progress;
        private final ForgettingKernel[] kernels = new ForgettingKernel[PARTS];
        private final double[][] partGrad = new double[PARTS][Parameters.COUNT];
        private int bestEpoch;

        Training(TrainingBatches batches, double[] initial, OptimizerSettings settings, FitProgress progress) {
            this.batches = batches;
            this.initial = initial.clone();
            this.settings = settings;
            this.progress = progress;
            for (int p = 0; p < PARTS; p++) {
                kernels[p] = new ForgettingKernel();
            }
        }

        double[] run() {
            ExecutorService helper = settings.threads() > 1
                    ? Executors.newSingleThreadExecutor(r -> {
                        Thread thread = new Thread(r, "fsrs-optimizer");
                        thread.setDaemon(true);
                        return thread;
                    })
                    : null;
            try {
                return descend(helper);
            } finally {
                if (helper != null) {
                    helper.shutdownNow();
                }
            }
        }

        private double[] descend(@Nullable ExecutorService helper) {
            int total = batches.predictions();
            int count = batches.count();
            // The reference's schedule length; never shorter than the steps taken, so the rate only falls.
            double steps = (double) Math.max(total / settings.batchSize() + 1, count) * settings.epochs();
            double[] w = initial.clone();
            double[] grad = new double[Parameters.COUNT];
            Adam adam = new Adam(Parameters.COUNT);
            SplittableRandom random = new SplittableRandom(settings.seed());
            int[] order = new int[count];
            double bestLoss = Double.POSITIVE_INFINITY;
            double[] best = w.clone();
            long done = 0;
            long all = (long) total * settings.epochs();
            int step = 0;
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                for (int b = 0; b < count; b++) {
                    order[b] = b;
                }
                shuffle(order, random);
                for (int b : order) {
                    // Cosine annealing from the full rate at the first step towards 0 (fsrs-rs CosineAnnealingLR).
                    double rate = settings.learningRate() * (1 + Math.cos(Math.PI * step / steps)) / 2;
                    step++;
                    Arrays.fill(grad, 0);
                    batchLoss(helper, w, batches.batchStart()[b], batches.batchStart()[b + 1], grad);
                    addPenaltyGradient(grad, w, initial, settings.gamma(), batches.batchPredictions()[b], total);
                    if (!settings.shortTerm()) {
                        Arrays.fill(grad, 0, 4, 0);
                        Arrays.fill(grad, 17, 20, 0);
                    }
                    adam.step(w, grad, rate);
                    ParameterBounds.clip(w, settings.relearningSteps());
                    done += batches.batchPredictions()[b];
                    progress.advanced(done, all);
                }
                double loss = batchLoss(helper, w, 0, batches.sequences().count(), null);
                for (int b = 0; b < count; b++) {
                    loss += penalty(w, initial, settings.gamma(), batches.batchPredictions()[b], total);
                }
                loss /= total;
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = w.clone();
                    bestEpoch = epoch;
                }
            }
            return best;
        }

        /** The loss of sequences [from, to), in two fixed halves added in order; their gradient into grad. */
        private double batchLoss(
                @Nullable ExecutorService helper, double[] w, int from, int to, double @Nullable [] grad) {
            int middle = from + (to - from) / 2;
            for (int p = 0; p < PARTS; p++) {
                kernels[p].use(w);
                Arrays.fill(partGrad[p], 0);
            }
            double first;
            double second;
            if (helper != null && to - from > 1) {
                Future<Double> other = helper.submit(
                        () -> kernels[1].loss(batches.sequences(), middle, to, grad == null ? null : partGrad[1]));
                first = kernels[0].loss(batches.sequences(), from, middle, grad == null ? null : partGrad[0]);
                second = join(other);
            } else {
                first = kernels[0].loss(batches.sequences(), from, middle, grad == null ? null : partGrad[0]);
                second = kernels[1].loss(batches.sequences(), middle, to, grad == null ? null : partGrad[1]);
            }
            if (grad != null) {
                for (int i = 0; i < grad.length; i++) {
                    grad[i] += partGrad[0][i] + partGrad[1][i];
                }
            }
            return first + second;
        }

        private static double join(Future<Double> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the optimiser was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the optimiser's helper thread failed", e.getCause());
            }
        }

        /** Fisher–Yates, with the seeded generator. */
        private static void shuffle(int[] order, SplittableRandom random) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }
}
