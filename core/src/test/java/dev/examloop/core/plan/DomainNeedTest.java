package dev.examloop.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.examloop.core.plan.LearnerState.DomainEvidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of docs/planner.md, number by number. */
class DomainNeedTest {
    @Test
    void masteryIsHalfWithoutEvidence() {
        assertThat(DomainNeed.mastery(DomainEvidence.NONE)).isEqualTo(0.5);
        assertThat(DomainNeed.factor(DomainEvidence.NONE)).isEqualTo(1.0);
    }

    @Test
    void masteryIsTheLaplaceSmoothedShareOfRightAnswers() {
        assertThat(DomainNeed.mastery(new DomainEvidence(12, 23, 52, 0, 0))).isCloseTo(13.0 / 25, within(1e-12));
    }

    @Test
    void redCardsRaiseTheFactorByATenthEachUpToFive() {
        DomainEvidence twoRed = new DomainEvidence(12, 23, 52, 2, 0);
        assertThat(DomainNeed.factor(twoRed)).isCloseTo(2 * (12.0 / 25) * 1.2, within(1e-12));
        DomainEvidence nineRed = new DomainEvidence(12, 23, 52, 9, 0);
        assertThat(DomainNeed.factor(nineRed)).isCloseTo(2 * (12.0 / 25) * 1.5, within(1e-12));
    }

    @Test
    void factorIsClampedBetweenAQuarterAndThree() {
        assertThat(DomainNeed.factor(new DomainEvidence(200, 200, 100, 0, 0))).isEqualTo(0.25);
        assertThat(DomainNeed.factor(new DomainEvidence(0, 200, 0, 5, 0)))
                .isCloseTo(2 * (201.0 / 202) * 1.5, within(1e-12));
    }

    @Test
    void sharesFollowWeightTimesFactor() {
        List<Double> shares = DomainNeed.shares(
                PlanGeneratorTest.MLS,
                PlanGeneratorTest.withEvidence(Map.of(
                        "1", new DomainEvidence(11, 13, 85, 0, 0),
                        "2", new DomainEvidence(13, 16, 81, 0, 0),
                        "3", new DomainEvidence(12, 23, 52, 2, 0),
                        "4", new DomainEvidence(11, 13, 85, 0, 0))));
        // k = 2(1 - m)(1 + 0.1 red): D1 2·(3/15) = 0.4, D2 2·(4/18) = 0.444, D3 2·(12/25)·1.2 = 1.152, D4 0.4
        double[] need = {20 * 0.4, 24 * (8.0 / 18), 36 * 1.152, 20 * 0.4};
        double sum = need[0] + need[1] + need[2] + need[3];
        for (int i = 0; i < 4; i++) {
            assertThat(shares.get(i)).isCloseTo(need[i] / sum, within(1e-12));
        }
        assertThat(shares.get(2)).isCloseTo(0.6087, within(1e-4));
    }

    @Test
    void largestRemainderKeepsTheTotal() {
        int[] rounded = PlanGenerator.largestRemainder(new double[] {1.5, 1.5, 1.0}, 4);
        assertThat(rounded[0] + rounded[1] + rounded[2]).isEqualTo(4);
        assertThat(rounded[2]).isEqualTo(1);
    }
}
