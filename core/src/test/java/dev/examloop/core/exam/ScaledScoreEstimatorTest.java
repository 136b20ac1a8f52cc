package dev.examloop.core.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaledScoreEstimatorTest {
    @Test
    void mapsTheProportionCorrectLinearlyOntoTheScale() {
        assertThat(ScaledScoreEstimator.estimate(65, 65, 100, 1000, 750).point())
                .isEqualTo(1000);
        assertThat(ScaledScoreEstimator.estimate(0, 65, 100, 1000, 750).point()).isEqualTo(100);
        assertThat(ScaledScoreEstimator.estimate(50, 100, 100, 1000, 750).point())
                .isEqualTo(550);
    }

    @Test
    void givesAWilsonRangeThatNarrowsWithMoreQuestions() {
        ScaledScoreEstimate short_ = ScaledScoreEstimator.estimate(8, 10, 100, 1000, 750);
        ScaledScoreEstimate long_ = ScaledScoreEstimator.estimate(52, 65, 100, 1000, 750);
        assertThat(short_.point()).isEqualTo(820);
        // Wilson 95 % interval of 8/10 is [0.4902, 0.9433] (hand-computed), mapped onto 100..1000.
        assertThat(short_.low()).isEqualTo(541);
        assertThat(short_.high()).isEqualTo(949);
        assertThat(long_.high() - long_.low()).isLessThan(short_.high() - short_.low());
    }

    @Test
    void keepsTheRangeInsideTheScaleAtTheExtremes() {
        ScaledScoreEstimate perfect = ScaledScoreEstimator.estimate(10, 10, 100, 1000, 750);
        assertThat(perfect.high()).isEqualTo(1000);
        assertThat(perfect.low()).isBetween(100, 1000);
    }

    @Test
    void saysPassOrFailAgainstThePassingScore() {
        assertThat(ScaledScoreEstimator.estimate(48, 65, 100, 1000, 750).pass()).isTrue(); // 765
        assertThat(ScaledScoreEstimator.estimate(46, 65, 100, 1000, 750).pass()).isFalse(); // 737
    }

    @Test
    void givesThePosteriorProbabilityOfPassing() {
        // Passing at 750 on 100..1000 needs a true proportion of 13/18 = 0.7222. With 7 of 10 correct the
        // posterior is Beta(8, 4); P(p >= 0.7222) = 1 - I_0.7222(8, 4) = P(Binomial(11, 0.7222) < 8) = 0.36547.
        assertThat(ScaledScoreEstimator.estimate(7, 10, 100, 1000, 750).passProbability())
                .isCloseTo(0.36547, within(1e-4));
        assertThat(ScaledScoreEstimator.estimate(65, 65, 100, 1000, 750).passProbability())
                .isGreaterThan(0.99);
        assertThat(ScaledScoreEstimator.estimate(0, 65, 100, 1000, 750).passProbability())
                .isLessThan(0.01);
    }

    @Test
    void refusesImpossibleCountsNamingTheValue() {
        assertThatThrownBy(() -> ScaledScoreEstimator.estimate(11, 10, 100, 1000, 750))
                .hasMessage("correct must lie in 0..10, was 11");
    }

    @Test
    void computesTheIncompleteBetaFunction() {
        assertThat(Beta.regularizedIncomplete(0.5, 2, 2)).isCloseTo(0.5, within(1e-12));
        // I_0.3(2, 5) = 0.579825 (hand-computed from the binomial sum 1 - sum_{k<2} C(6,k) 0.3^k 0.7^(6-k)).
        assertThat(Beta.regularizedIncomplete(0.3, 2, 5)).isCloseTo(0.579825, within(1e-6));
    }
}
