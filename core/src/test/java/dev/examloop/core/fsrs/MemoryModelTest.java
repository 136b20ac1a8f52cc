package dev.examloop.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each FSRS-6 formula at the default weights, against values worked out by hand (to 40 digits, with the
 * arithmetic in the comments). ts-fsrs rounds to 8 decimals, so the comparisons allow 1e-7.
 */
class MemoryModelTest {
    private static final Offset<Double> CLOSE = within(1e-7);
    private final MemoryModel model = new MemoryModel(Parameters.DEFAULT);

    @Nested
    @DisplayName("forgetting curve (eq. 1)")
    class ForgettingCurve {
        @Test
        void hasTheFactorThatMakesRetrievabilityNinetyPercentAfterOneStability() {
            // 0.9^(-1/0.1542) - 1 = 0.98034649441…
            assertThat(model.curveFactor()).isEqualTo(0.98034649);
            assertThat(model.retrievability(5, 5)).isEqualTo(0.9);
        }

        @Test
        void startsAtCertainRecall() {
            assertThat(model.retrievability(0, 3.7)).isEqualTo(1.0);
        }

        @Test
        void fallsAsAPowerOfElapsedTimeOverStability() {
            // (1 + 0.980346494 · 10/5)^-0.1542 = 2.960692989^-0.1542 = 0.845884645
            assertThat(model.retrievability(10, 5)).isCloseTo(0.845884645, CLOSE);
            // (1 + 0.980346494 · 1/2)^-0.1542 = 0.940344289
            assertThat(model.retrievability(1, 2)).isCloseTo(0.940344289, CLOSE);
            // (1 + 0.980346494 · 100/3)^-0.1542 = 0.581410367
            assertThat(model.retrievability(100, 3)).isCloseTo(0.581410367, CLOSE);
        }
    }

    @Nested
    @DisplayName("interval (eq. 2)")
    class Interval {
        @Test
        void isOneStabilityAtNinetyPercentRetention() {
            assertThat(model.intervalModifier(0.9)).isEqualTo(1.0);
        }

        @Test
        void growsAsTheDesiredRetentionFalls() {
            // (0.8^(-1/0.1542) - 1) / 0.980346494 = 3.315959786
            assertThat(model.intervalModifier(0.8)).isCloseTo(3.315959786, CLOSE);
            // (0.95^(-1/0.1542) - 1) / 0.980346494 = 0.402558692
            assertThat(model.intervalModifier(0.95)).isCloseTo(0.402558692, CLOSE);
        }

        @Test
        void roundsToWholeDaysOfAtLeastOneAndAtMostTheMaximum() {
            assertThat(MemoryModel.intervalDays(2.3065, 1.0, 36500)).isEqualTo(2);
            assertThat(MemoryModel.intervalDays(2.5, 1.0, 36500)).isEqualTo(3);
            assertThat(MemoryModel.intervalDays(0.212, 1.0, 36500)).isEqualTo(1);
            assertThat(MemoryModel.intervalDays(400, 1.0, 365)).isEqualTo(365);
            assertThat(MemoryModel.intervalDays(10, 3.315959786, 36500)).isEqualTo(33);
        }
    }

    @Nested
    @DisplayName("first review (eq. 3 and 4)")
    class FirstReview {
        @Test
        void takesTheInitialStabilityOfTheRatingFromW0ToW3() {
            assertThat(model.initialStability(Rating.AGAIN)).isEqualTo(0.212);
            assertThat(model.initialStability(Rating.HARD)).isEqualTo(1.2931);
            assertThat(model.initialStability(Rating.GOOD)).isEqualTo(2.3065);
            assertThat(model.initialStability(Rating.EASY)).isEqualTo(8.2956);
        }

        @Test
        void neverStartsBelowATenthOfADayAsTsFsrsDoes() {
            List<Double> weights = new ArrayList<>(Parameters.DEFAULT.weights());
            weights.set(0, 0.05);
            assertThat(new MemoryModel(new Parameters(weights)).initialStability(Rating.AGAIN))
                    .isEqualTo(0.1);
        }

        @Test
        void lowersTheInitialDifficultyExponentiallyWithTheGrade() {
            // D0(G) = 6.4133 - e^(0.8334·(G-1)) + 1
            assertThat(model.initialDifficulty(Rating.AGAIN)).isEqualTo(6.4133);
            assertThat(model.initialDifficulty(Rating.HARD)).isCloseTo(5.112170706, CLOSE); // 7.4133 - e^0.8334
            assertThat(model.initialDifficulty(Rating.GOOD)).isCloseTo(2.118103970, CLOSE); // 7.4133 - e^1.6668
            assertThat(model.initialDifficulty(Rating.EASY)).isCloseTo(-4.771630703, CLOSE); // 7.4133 - e^2.5002
        }

        @Test
        void clampsTheFirstDifficultyToOneToTen() {
            assertThat(model.initialMemory(Rating.EASY)).isEqualTo(new MemoryState(8.2956, 1));
            assertThat(model.initialMemory(Rating.GOOD).difficulty()).isCloseTo(2.118103970, CLOSE);
        }
    }

    @Nested
    @DisplayName("difficulty update (eq. 5)")
    class DifficultyUpdate {
        @Test
        void dampsAChangeLinearlyAsDifficultyNearsTen() {
            // Again at D = 5: ΔD = -3.0194·(1-3) = 6.0388; 6.0388·(10-5)/9 = 3.354888889
            assertThat(model.linearDamping(6.0388, 5)).isCloseTo(3.354888889, CLOSE);
            // Easy at D = 2: ΔD = -3.0194; -3.0194·8/9 = -2.683911111
            assertThat(model.linearDamping(-3.0194, 2)).isCloseTo(-2.683911111, CLOSE);
            assertThat(model.linearDamping(6.0388, 10)).isZero();
        }

        @Test
        void revertsTowardsTheUnclampedInitialDifficultyOfEasy() {
            // 0.001·(-4.771630703) + 0.999·5 = 4.990228369
            assertThat(model.meanReversion(5)).isCloseTo(4.990228369, CLOSE);
        }

        @Test
        void risesAfterAgainAndHardStaysNearlyAfterGoodAndFallsAfterEasy() {
            // D = 5: 5 + ΔD·5/9 for ΔD = 6.0388, 3.0194, 0, -3.0194, then mean reversion
            assertThat(model.nextDifficulty(5, Rating.AGAIN)).isCloseTo(8.341762369, CLOSE);
            assertThat(model.nextDifficulty(5, Rating.HARD)).isCloseTo(6.665995369, CLOSE);
            assertThat(model.nextDifficulty(5, Rating.GOOD)).isCloseTo(4.990228369, CLOSE);
            assertThat(model.nextDifficulty(5, Rating.EASY)).isCloseTo(3.314461369, CLOSE);
        }

        @Test
        void staysWithinOneToTen() {
            // 1.2 - 3.0194·8.8/9 = -1.75 before clamping
            assertThat(model.nextDifficulty(1.2, Rating.EASY)).isEqualTo(1.0);
            // 9.5 + 6.0388·0.5/9 = 9.835488889, reverted: 9.820881769
            assertThat(model.nextDifficulty(9.5, Rating.AGAIN)).isCloseTo(9.820881769, CLOSE);
            assertThat(model.nextDifficulty(10, Rating.AGAIN)).isLessThanOrEqualTo(10);
        }
    }

    @Nested
    @DisplayName("stability after a recall (eq. 6)")
    class StabilityAfterRecall {
        @Test
        void growsMoreForALowerRetrievabilityAndAnEasierCard() {
            // 5·(1 + e^1.8722·(11-3)·5^-0.1666·(e^(0.3·0.796) - 1)) = 58.655991068
            assertThat(model.stabilityAfterRecall(3, 5, 0.7, Rating.GOOD)).isCloseTo(58.655991068, CLOSE);
            // 10·(1 + e^1.8722·6·10^-0.1666·(e^(0.1·0.796) - 1)) = 32.026729482
            assertThat(model.stabilityAfterRecall(5, 10, 0.9, Rating.GOOD)).isCloseTo(32.026729482, CLOSE);
        }

        @Test
        void appliesTheHardPenaltyAndTheEasyBonusToTheGrowth() {
            // growth · 0.6014 at D = 2, R = 0.8: 28.226570959
            assertThat(model.stabilityAfterRecall(2, 5, 0.8, Rating.HARD)).isCloseTo(28.226570959, CLOSE);
            // growth · 1.8729 at D = 4, R = 0.6: 127.226692503
            assertThat(model.stabilityAfterRecall(4, 5, 0.6, Rating.EASY)).isCloseTo(127.226692503, CLOSE);
        }

        @Test
        void refusesAgainWhichIsALapse() {
            assertThatThrownBy(() -> model.stabilityAfterRecall(5, 5, 0.9, Rating.AGAIN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("stabilityAfterLapse");
        }
    }

    @Nested
    @DisplayName("stability after a lapse (eq. 7)")
    class StabilityAfterLapse {
        @Test
        void keepsSomeStabilityDependingOnDifficultyStabilityAndRetrievability() {
            // 1.4835·1^-0.0614·(6^0.2629 - 1)·e^(0.1·1.6483) = 1.052539608
            assertThat(model.stabilityAfterLapse(1, 5, 0.9)).isCloseTo(1.052539608, CLOSE);
            // 1.4835·4^-0.0614·(6^0.2629 - 1)·e^(0.4·1.6483) = 1.584988964
            assertThat(model.stabilityAfterLapse(4, 5, 0.6)).isCloseTo(1.584988964, CLOSE);
        }

        @Test
        void isAtMostTheStabilityThatSameDayRelearningWouldBringBack() {
            // long term: 1.4835·(1.01^0.2629 - 1)·e^(0.9·1.6483) = 0.017129578;
            // ceiling: 0.01 / e^(0.5425·0.0912) = 0.009517280
            assertThat(model.stabilityAfterLapse(1, 0.01, 0.1)).isCloseTo(0.009517280, CLOSE);
        }
    }

    @Nested
    @DisplayName("same-day stability (eq. 8)")
    class SameDayStability {
        @Test
        void shrinksAfterAgain() {
            // SInc = 2.3065^-0.0658 · e^(0.5425·(-2 + 0.0912)) = 0.336043348
            assertThat(model.sameDayStability(2.3065, Rating.AGAIN)).isCloseTo(0.775083983, CLOSE);
        }

        @Test
        void neverShrinksAfterHardOrGood() {
            // SInc for Hard = 0.578096127 and for Good = 0.994500066, both raised to 1
            assertThat(model.sameDayStability(2.3065, Rating.HARD)).isEqualTo(2.3065);
            assertThat(model.sameDayStability(2.3065, Rating.GOOD)).isEqualTo(2.3065);
        }

        @Test
        void growsAfterEasyAndAfterGoodOnAWeakMemory() {
            // SInc = 2.3065^-0.0658 · e^(0.5425·1.0912) = 1.710840697
            assertThat(model.sameDayStability(2.3065, Rating.EASY)).isCloseTo(3.946054068, CLOSE);
            // SInc = 0.212^-0.0658 · e^(0.5425·0.0912) = 1.163628244
            assertThat(model.sameDayStability(0.212, Rating.GOOD)).isCloseTo(0.246689188, CLOSE);
        }
    }

    @Nested
    @DisplayName("next memory state")
    class NextMemory {
        private final MemoryState memory = new MemoryState(5, 3);

        @Test
        void usesTheSameDayFormulaWhenNoDayHasPassed() {
            assertThat(model.nextMemory(memory, 0, Rating.EASY).stability())
                    .isEqualTo(model.sameDayStability(5, Rating.EASY));
        }

        @Test
        void usesTheRecallFormulaAtTheCurvesRetrievabilityAfterDays() {
            double r = model.retrievability(7, 5);
            assertThat(model.nextMemory(memory, 7, Rating.GOOD))
                    .isEqualTo(new MemoryState(
                            model.stabilityAfterRecall(3, 5, r, Rating.GOOD), model.nextDifficulty(3, Rating.GOOD)));
        }

        @Test
        void usesTheLapseFormulaAfterAgain() {
            double r = model.retrievability(7, 5);
            assertThat(model.nextMemory(memory, 7, Rating.AGAIN).stability())
                    .isEqualTo(model.stabilityAfterLapse(3, 5, r));
        }

        @Test
        void refusesNegativeElapsedDays() {
            assertThatThrownBy(() -> model.nextMemory(memory, -1, Rating.GOOD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("elapsed days must be 0 or more, was -1");
        }
    }
}
