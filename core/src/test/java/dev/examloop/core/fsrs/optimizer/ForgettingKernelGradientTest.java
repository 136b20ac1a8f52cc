package dev.examloop.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

@DisplayName("The analytic gradient of the training loss")
class ForgettingKernelGradientTest {

    @RepeatedTest(value = 20, name = "random weights and histories #{currentRepetition}")
    void agreesWithCentralFiniteDifferencesOnRandomWeights(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(1000 + repetition.getCurrentRepetition());
        double[] w = randomWeights(random);
        Sequences sequences = randomSequences(random, 12);
        ForgettingKernel kernel = new ForgettingKernel();
        kernel.use(w);
        double[] analytic = new double[21];
        kernel.loss(sequences, 0, sequences.count(), analytic);

        for (int i = 0; i < 21; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[i]));
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (loss(plus, sequences) - loss(minus, sequences)) / (2 * h);
            double scale = Math.max(1, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
            assertThat(Math.abs(numeric - analytic[i]) / scale)
                    .as("d loss / d w%d: analytic %s, numeric %s", i, analytic[i], numeric)
                    .isLessThan(1e-5);
        }
    }

    private static double loss(double[] w, Sequences sequences) {
        ForgettingKernel kernel = new ForgettingKernel();
        kernel.use(w);
        return kernel.loss(sequences, 0, sequences.count(), null);
    }

    /** Weights drawn inside their ranges, away from the bounds where a clamp would make the loss non-smooth. */
    static double[] randomWeights(SplittableRandom random) {
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            double low = ParameterBounds.MIN[i];
            double high = Math.min(ParameterBounds.MAX[i], i < 4 ? 20 : ParameterBounds.MAX[i]);
            w[i] = low + (high - low) * (0.1 + 0.8 * random.nextDouble());
        }
        return w;
    }

    /** Card histories with same-day reviews, lapses, every rating and weighted items. */
    static Sequences randomSequences(SplittableRandom random, int cards) {
        int[] start = new int[cards + 1];
        int[] length = new int[cards];
        for (int c = 0; c < cards; c++) {
            length[c] = 2 + random.nextInt(14);
            start[c + 1] = start[c] + length[c];
        }
        byte[] rating = new byte[start[cards]];
        double[] delta = new double[start[cards]];
        double[] weight = new double[start[cards]];
        for (int c = 0; c < cards; c++) {
            for (int k = 0; k < length[c]; k++) {
                int p = start[c] + k;
                rating[p] = (byte) (1 + random.nextInt(4));
                delta[p] = k == 0 ? 0 : random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(60);
                weight[p] = delta[p] > 0 ? 0.25 + 0.75 * random.nextDouble() : 0;
            }
        }
        return new Sequences(start, rating, delta, weight);
    }
}
