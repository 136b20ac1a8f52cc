package dev.examloop.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input is refused at the edge, with a message that shows the value and what is expected. */
class ValidationTest {
    private static List<Double> defaults() {
        return new ArrayList<>(Parameters.DEFAULT.weights());
    }

    @Test
    void acceptsTheFsrs6DefaultWeights() {
        assertThat(Parameters.DEFAULT.weights()).hasSize(21);
        assertThat(Parameters.DEFAULT.decay()).isEqualTo(0.1542);
        assertThat(Parameters.DEFAULT.initialStability(Rating.EASY)).isEqualTo(8.2956);
        assertThat(Parameters.DEFAULT.hardPenalty()).isEqualTo(0.6014);
        assertThat(Parameters.DEFAULT.easyBonus()).isEqualTo(1.8729);
    }

    @Test
    void refusesAVectorThatIsNotTwentyOneWeights() {
        assertThatThrownBy(() -> Parameters.of(0.4, 0.6, 2.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("FSRS-6 takes 21 weights (w0 to w20), got 3");
    }

    @Test
    void namesEveryWeightOutOfItsRangeWithItsValue() {
        List<Double> weights = defaults();
        weights.set(7, 0.9);
        weights.set(20, Double.NaN);
        assertThatThrownBy(() -> new Parameters(weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid FSRS-6 parameters: w7 = 0.9 is outside [0.001, 0.75] (difficulty mean-reversion"
                        + " weight); w20 = NaN is outside [0.1, 0.8] (forgetting-curve decay)");
    }

    @Test
    void keepsItsWeightsImmutable() {
        List<Double> weights = defaults();
        Parameters parameters = new Parameters(weights);
        weights.set(0, 1.0);
        assertThat(parameters.w(0)).isEqualTo(0.212);
        assertThatThrownBy(() -> parameters.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void capsTheSameDayWeightsForThreeRelearningStepsOnly() {
        // sqrt(-(ln 1.4835 + ln(2^0.2629 - 1) + 0.3·1.6483) / 3) = 0.490273006
        Parameters capped = Parameters.DEFAULT.cappedForRelearningSteps(3);
        assertThat(capped.sameDayRate()).isEqualTo(0.49027301);
        assertThat(capped.sameDayOffset()).isEqualTo(0.0912);
        assertThat(Parameters.DEFAULT.cappedForRelearningSteps(2)).isSameAs(Parameters.DEFAULT);
        assertThat(Parameters.DEFAULT.cappedForRelearningSteps(1)).isSameAs(Parameters.DEFAULT);
    }

    @Test
    void refusesADesiredRetentionOutsideZeroToOne() {
        for (double retention : new double[] {0, 1, 1.5, -0.2, Double.NaN}) {
            assertThatThrownBy(() -> SchedulerSettings.DEFAULT.withDesiredRetention(retention))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "desired retention must lie strictly between 0 and 1 (0.9 means 90 %), was " + retention);
        }
        assertThat(SchedulerSettings.DEFAULT.withDesiredRetention(0.85).desiredRetention())
                .isEqualTo(0.85);
    }

    @Test
    void refusesStepsThatAreNotPositiveWholeMinutes() {
        assertThatThrownBy(() -> SchedulerSettings.DEFAULT.withLearningSteps(
                        List.of(Duration.ofMinutes(1), Duration.ofSeconds(90), Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learning steps must be positive whole minutes: step 2 is PT1M30S, step 3 is PT0S");
    }

    @Test
    void refusesAMaximumIntervalOutsideOneDayToAHundredYears() {
        assertThatThrownBy(() -> SchedulerSettings.DEFAULT.withMaximumInterval(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximum interval must be 1 to 36500 days, was 0");
    }

    @Test
    void refusesAMemoryStateOutsideTheModelsRanges() {
        assertThatThrownBy(() -> new MemoryState(0, 5))
                .hasMessage("stability must lie in [0.001, 36500] days, was 0.0");
        assertThatThrownBy(() -> new MemoryState(3, 11)).hasMessage("difficulty must lie in [1, 10], was 11.0");
    }

    @Test
    void refusesANewCardWithAMemoryAndAReviewedCardWithout() {
        Instant now = Instant.parse("2024-03-01T09:00:00Z");
        assertThatThrownBy(() -> new Card(State.NEW, 0, Optional.of(new MemoryState(1, 5)), now, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a new card has no memory state");
        assertThatThrownBy(() -> new Card(State.REVIEW, 0, Optional.empty(), now, Optional.of(now)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a card in state REVIEW needs a memory state and a last review");
    }

    @Test
    void readsRatingsAndStatesByTheirReviewLogNumbers() {
        assertThat(Rating.ofGrade(3)).isEqualTo(Rating.GOOD);
        assertThat(State.ofCode(3)).isEqualTo(State.RELEARNING);
        assertThatThrownBy(() -> Rating.ofGrade(7))
                .hasMessage("a rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was 7");
        assertThatThrownBy(() -> State.ofCode(9))
                .hasMessage("a card state is 0 (New), 1 (Learning), 2 (Review) or 3 (Relearning), was 9");
    }
}
