package dev.examloop.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The evaluation metrics")
class MetricsTest {
    private static final double[] P = {0.9, 0.8, 0.6, 0.3};
    private static final double[] Y = {1, 1, 0, 0};

    @Test
    void logLossIsTheMeanCrossEntropy() {
        // (−ln 0.9 − ln 0.8 − ln 0.4 − ln 0.7) / 4 = (0.10536 + 0.22314 + 0.91629 + 0.35667) / 4
        assertThat(Metrics.logLoss(P, Y, new double[] {1, 1, 1, 1})).isCloseTo(0.4003667, within(1e-6));
    }

    @Test
    void logLossWeighsEachReview() {
        // (1·0.10536 + 3·0.91629) / 4
        assertThat(Metrics.logLoss(new double[] {0.9, 0.6}, new double[] {1, 0}, new double[] {1, 3}))
                .isCloseTo(0.7135577, within(1e-6));
    }

    @Test
    void rmseBinsComparesMeansWithinEachBin() {
        // bin 1: predicted mean 0.85, observed 1 → gap 0.15; bin 2: predicted 0.45, observed 0 → gap 0.45
        // √((2·0.15² + 2·0.45²) / 4) = √0.1125
        double rmse = Metrics.rmseBins(P, Y, new double[] {1, 1, 1, 1}, new long[] {1, 1, 2, 2});
        assertThat(rmse).isCloseTo(Math.sqrt(0.1125), within(1e-12));
    }

    @Test
    void rmseBinsWeighsBinsByTheirWeights() {
        // gaps 0.15 (weight 1 + 1) and 0.45 (weight 3 + 3): √((2·0.0225 + 6·0.2025) / 8)
        double rmse = Metrics.rmseBins(P, Y, new double[] {1, 1, 3, 3}, new long[] {1, 1, 2, 2});
        assertThat(rmse).isCloseTo(Math.sqrt((2 * 0.0225 + 6 * 0.2025) / 8), within(1e-12));
    }

    @Test
    void aucIsOneWhenEveryRecalledReviewIsRankedAboveEveryForgottenOne() {
        assertThat(Metrics.auc(P, Y)).isEqualTo(1.0);
    }

    @Test
    void aucCountsTheOrderedPairsAndHalfOfTheTies() {
        // positives 0.8, 0.4; negatives 0.6, 0.4: pairs (0.8>0.6) 1, (0.8>0.4) 1, (0.4<0.6) 0, (0.4=0.4) ½ → 2.5/4
        assertThat(Metrics.auc(new double[] {0.8, 0.4, 0.6, 0.4}, new double[] {1, 1, 0, 0}))
                .isEqualTo(0.625);
    }

    @Test
    void aucIsUndefinedWhenAllOutcomesAreTheSame() {
        assertThat(Metrics.auc(new double[] {0.2, 0.7}, new double[] {1, 1})).isNaN();
    }

    @Test
    void binsFollowTheLogarithmicScalesOfTheReference() {
        // delay 1 → 248, 4 → round(2.48·3.62·100) = 898; length 2 (one long-term review) → round(1.99·1.89) = 4
        assertThat(Metrics.bin(1, 1, 0)).isEqualTo(248L << 32 | 4L << 16);
        assertThat(Metrics.bin(4, 1, 0)).isEqualTo(898L << 32 | 4L << 16);
        // 2 lapses → round(1.65·1.73) = 3
        assertThat(Metrics.bin(1, 1, 2) & 0xFFFF).isEqualTo(3L);
    }
}
