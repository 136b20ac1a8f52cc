package dev.examloop.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The parameter optimiser")
class ParameterOptimizerTest {
    /** A learner unlike the defaults: slower first memories, faster decay, harsher lapses. */
    static final double[] TRUTH = {
        0.5, 2.0, 4.5, 15.0, 5.5, 1.2, 2.2, 0.02, 1.6, 0.25, 1.1, 1.2, 0.1, 0.35, 1.3, 0.45, 2.4, 0.4, 0.3, 0.15, 0.35
    };

    static ReviewHistory history;
    static ReviewHistory fresh;
    static FitResult fit;

    @BeforeAll
    static void fitTheSimulatedLearner() {
        // About 31,000 reviews of 6,000 cards over 300 days; a second, independent history to test on.
        history = ReviewHistory.of(new SimulatedLearner(TRUTH, 7).reviews(300, 20), DayBoundary.UTC_MIDNIGHT);
        fresh = ReviewHistory.of(new SimulatedLearner(TRUTH, 8).reviews(300, 20), DayBoundary.UTC_MIDNIGHT);
        fit = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT, FitProgress.NONE);
    }

    @Nested
    @DisplayName("on a learner simulated with known weights")
    class Recovery {
        @Test
        void trainsAllWeights() {
            assertThat(fit.outcome()).isEqualTo(FitResult.Outcome.TRAINED);
        }

        /**
         * The weights themselves are not all identifiable from 30,000 reviews (several combinations predict alike,
         * and the penalty holds weights the data say little about near the defaults), so the tolerance is stated
         * on what they are for: the retrievability they predict on reviews never trained on.
         */
        @Test
        void predictsUnseenReviewsWithinTwoPointsOfTheTrueRetrievability() {
            double[] truth = predictions(fresh, TRUTH);
            double[] fitted = predictions(fresh, ParameterOptimizer.weights(fit.parameters()));
            double gap = 0;
            for (int i = 0; i < truth.length; i++) {
                gap += Math.abs(truth[i] - fitted[i]);
            }
            assertThat(gap / truth.length).isLessThan(0.02);
        }

        @Test
        void reachesTheLogLossOfTheTrueWeightsWithinHalfAPercentOnUnseenReviews() {
            double truth = Evaluator.evaluate(fresh, Parameters.of(TRUTH), Evaluator.Weighting.EQUAL)
                    .logLoss();
            double fitted = Evaluator.evaluate(fresh, fit.parameters(), Evaluator.Weighting.EQUAL)
                    .logLoss();
            assertThat(fitted).isLessThan(truth * 1.005);
        }

        @Test
        void beatsTheDefaultWeightsOnUnseenReviews() {
            Evaluation defaults = Evaluator.evaluate(fresh, Parameters.DEFAULT, Evaluator.Weighting.EQUAL);
            Evaluation fitted = Evaluator.evaluate(fresh, fit.parameters(), Evaluator.Weighting.EQUAL);
            assertThat(fitted.logLoss()).isLessThan(defaults.logLoss());
            assertThat(fitted.rmseBins()).isLessThan(defaults.rmseBins());
        }

        @Test
        void recoversTheInitialStabilitiesOfAgainHardAndGoodWithinFifteenPercent() {
            for (int g = 0; g < 3; g++) {
                assertThat(fit.parameters().w(g)).as("w%d", g).isCloseTo(TRUTH[g], within(TRUTH[g] * 0.15));
            }
        }
    }

    @Nested
    @DisplayName("determinism")
    class Determinism {
        @Test
        void givesTheSameWeightsForTheSameHistoryAndSeed() {
            FitResult again = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT, FitProgress.NONE);
            assertThat(again.parameters()).isEqualTo(fit.parameters());
        }

        @Test
        void givesTheSameWeightsOnOneThreadAsOnTwo() {
            FitResult one = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT.withThreads(1), FitProgress.NONE);
            FitResult two = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT.withThreads(2), FitProgress.NONE);
            assertThat(one.parameters()).isEqualTo(two.parameters());
        }

        @Test
        void givesOtherWeightsForAnotherSeed() {
            FitResult other = ParameterOptimizer.fit(history, OptimizerSettings.DEFAULT.withSeed(1), FitProgress.NONE);
            assertThat(other.parameters()).isNotEqualTo(fit.parameters());
        }
    }

    @Nested
    @DisplayName("with little data")
    class LittleData {
        @Test
        void keepsTheDefaultsWithFewerThanEightItems() {
            List<RevlogRow> rows = new SimulatedLearner(TRUTH, 3).reviews(6, 1);
            FitResult small = ParameterOptimizer.fit(
                    ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT), OptimizerSettings.DEFAULT, FitProgress.NONE);
            assertThat(small.outcome()).isEqualTo(FitResult.Outcome.NOT_ENOUGH_DATA);
            assertThat(small.parameters()).isEqualTo(Parameters.DEFAULT);
        }

        @Test
        void fitsOnlyTheInitialStabilitiesWhenEveryCardHasOnlyItsFirstLongTermReview() {
            // 300 cards first rated Good, each seen once more 1 to 3 days later: nothing beyond S0 to learn from.
            java.util.List<RevlogRow> rows = new java.util.ArrayList<>();
            java.time.Instant start = java.time.Instant.parse("2025-03-01T09:00:00Z");
            for (int card = 0; card < 300; card++) {
                java.time.Instant first = start.plusSeconds(card * 60L);
                rows.add(RevlogRow.of(
                        card,
                        first,
                        dev.examloop.core.fsrs.Rating.GOOD,
                        dev.examloop.core.fsrs.State.NEW,
                        java.time.Duration.ofSeconds(3)));
                rows.add(RevlogRow.of(
                        card,
                        first.plus(java.time.Duration.ofDays(1 + card % 3)),
                        card % 5 == 0 ? dev.examloop.core.fsrs.Rating.AGAIN : dev.examloop.core.fsrs.Rating.GOOD,
                        dev.examloop.core.fsrs.State.REVIEW,
                        java.time.Duration.ofSeconds(3)));
            }
            FitResult small = ParameterOptimizer.fit(
                    ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT), OptimizerSettings.DEFAULT, FitProgress.NONE);
            assertThat(small.outcome()).isEqualTo(FitResult.Outcome.INITIAL_STABILITY_ONLY);
            assertThat(small.parameters().weights().subList(4, 21))
                    .isEqualTo(Parameters.DEFAULT.weights().subList(4, 21));
            assertThat(small.parameters().w(2)).isNotEqualTo(Parameters.DEFAULT.w(2));
        }
    }

    @Test
    void crossValidatesOnTheLaterPartOfTheHistory() {
        CrossValidation validation =
                ParameterOptimizer.crossValidate(history, 0.2, OptimizerSettings.DEFAULT, FitProgress.NONE);
        assertThat(validation.testItems()).isEqualTo(history.items() - validation.trainItems());
        assertThat(validation.testItems()).isCloseTo((int) (history.items() * 0.2), within(1));
        assertThat(validation.fitted().logLoss())
                .isLessThan(validation.defaults().logLoss());
    }

    /** The retrievability {@code w} predicts for every item of {@code history}. */
    static double[] predictions(ReviewHistory history, double[] w) {
        ForgettingKernel kernel = new ForgettingKernel();
        kernel.use(w);
        double[] out = new double[history.items()];
        double[] card = new double[512];
        int[] seen = new int[history.cards()];
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < history.items(); i++) {
            int c = history.itemCard[i];
            kernel.predict(history, c, card);
            out[i] = card[history.itemLength[i] - 1];
        }
        return out;
    }
}
