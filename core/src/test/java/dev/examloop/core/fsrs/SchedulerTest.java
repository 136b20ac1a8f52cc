package dev.examloop.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
    private final Scheduler scheduler = Scheduler.withDefaults();

    private static Instant plus(Instant at, Duration duration) {
        return at.plus(duration);
    }

    private static MemoryState memory(ReviewOutcome outcome) {
        return outcome.card().memory().orElseThrow();
    }

    @Nested
    @DisplayName("a new card")
    class NewCard {
        private final Card card = Card.newCard(T0);

        @Test
        void entersTheFirstLearningStepsAfterAgainHardAndGood() {
            Preview preview = scheduler.preview(card, T0);
            assertThat(preview.interval(Rating.AGAIN)).isEqualTo(Duration.ofMinutes(1));
            assertThat(preview.interval(Rating.HARD)).isEqualTo(Duration.ofMinutes(6));
            assertThat(preview.interval(Rating.GOOD)).isEqualTo(Duration.ofMinutes(10));
            assertThat(preview.outcome(Rating.GOOD).card().state()).isEqualTo(State.LEARNING);
            assertThat(preview.outcome(Rating.GOOD).card().step()).isEqualTo(1);
            assertThat(preview.outcome(Rating.HARD).card().step()).isZero();
        }

        @Test
        void skipsTheStepsAfterEasyAndIsDueAfterItsInitialStabilityInDays() {
            ReviewOutcome easy = scheduler.review(card, Rating.EASY, T0);
            assertThat(easy.card().state()).isEqualTo(State.REVIEW);
            assertThat(easy.card().due()).isEqualTo(plus(T0, Duration.ofDays(8))); // S0 = 8.2956
        }

        @Test
        void getsTheInitialMemoryStateOfItsFirstRating() {
            ReviewOutcome good = scheduler.review(card, Rating.GOOD, T0);
            assertThat(memory(good).stability()).isEqualTo(2.3065);
            assertThat(memory(good).difficulty()).isCloseTo(2.11810397, within(1e-9));
            assertThat(good.card().lastReview()).contains(T0);
        }

        @Test
        void logsTheReviewAsTheFirstWithNoRetrievability() {
            ReviewLog log = scheduler.review(card, Rating.GOOD, T0).log();
            assertThat(log.state()).isEqualTo(State.NEW);
            assertThat(log.elapsedDays()).isZero();
            assertThat(log.retrievability()).isZero();
            assertThat(log.rating()).isEqualTo(Rating.GOOD);
            assertThat(log.reviewedAt()).isEqualTo(T0);
        }

        @Test
        void hasNoRetrievabilityYet() {
            assertThat(scheduler.retrievability(card, T0.plus(Duration.ofDays(3))))
                    .isZero();
        }
    }

    @Nested
    @DisplayName("a card on its last learning step")
    class LearningCard {
        private final Card card =
                scheduler.review(Card.newCard(T0), Rating.GOOD, T0).card();
        private final Instant tenMinutesLater = plus(T0, Duration.ofMinutes(10));

        @Test
        void graduatesToReviewAfterGoodWithItsStabilityInDays() {
            ReviewOutcome good = scheduler.review(card, Rating.GOOD, tenMinutesLater);
            assertThat(good.card().state()).isEqualTo(State.REVIEW);
            assertThat(good.card().step()).isZero();
            assertThat(good.log().interval()).isEqualTo(Duration.ofDays(2)); // S = 2.3065, unchanged on the same day
        }

        @Test
        void staysOnTheStepAfterHardWaitingBetweenTheFirstTwoSteps() {
            ReviewOutcome hard = scheduler.review(card, Rating.HARD, tenMinutesLater);
            assertThat(hard.card().state()).isEqualTo(State.LEARNING);
            assertThat(hard.card().step()).isEqualTo(1);
            assertThat(hard.log().interval()).isEqualTo(Duration.ofMinutes(6));
        }

        @Test
        void goesBackToTheFirstStepAfterAgainWithAShrunkStability() {
            ReviewOutcome again = scheduler.review(card, Rating.AGAIN, tenMinutesLater);
            assertThat(again.card().step()).isZero();
            assertThat(again.log().interval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(memory(again).stability()).isCloseTo(0.77508398, within(1e-9));
        }

        @Test
        void usesTheForgettingCurveWhenLeftUntilTheNextDay() {
            Instant nextDay = plus(T0, Duration.ofHours(20));
            ReviewOutcome good = scheduler.review(card, Rating.GOOD, nextDay);
            assertThat(good.log().elapsedDays()).isEqualTo(1);
            double r = scheduler.model().retrievability(1, 2.3065);
            assertThat(memory(good).stability())
                    .isEqualTo(scheduler.model().stabilityAfterRecall(2.11810397, 2.3065, r, Rating.GOOD));
        }
    }

    @Nested
    @DisplayName("a review card")
    class ReviewCard {
        private final Card card =
                Card.reviewed(State.REVIEW, 0, new MemoryState(10, 5), T0, T0.minus(Duration.ofDays(10)));

        @Test
        void isRecalledWithTheDesiredRetentionWhenDueAfterOneStability() {
            assertThat(scheduler.retrievability(card, T0)).isEqualTo(0.9);
            assertThat(scheduler.review(card, Rating.GOOD, T0).log().retrievability())
                    .isEqualTo(0.9);
        }

        @Test
        void growsItsStabilityAfterGoodAndIsDueAfterIt() {
            ReviewOutcome good = scheduler.review(card, Rating.GOOD, T0);
            assertThat(memory(good).stability()).isCloseTo(32.02672948, within(1e-8));
            assertThat(good.card().due()).isEqualTo(plus(T0, Duration.ofDays(32)));
        }

        @Test
        void ordersTheIntervalsOfHardGoodAndEasy() {
            Preview preview = scheduler.preview(card, T0);
            assertThat(preview.interval(Rating.HARD)).isLessThan(preview.interval(Rating.GOOD));
            assertThat(preview.interval(Rating.GOOD)).isLessThan(preview.interval(Rating.EASY));
        }

        @Test
        void keepsHardADayShortOfGoodWhenTheirStabilitiesRoundAlike() {
            Card weak = Card.reviewed(State.REVIEW, 0, new MemoryState(0.5, 9), T0, T0.minus(Duration.ofDays(1)));
            Preview preview = scheduler.preview(weak, T0);
            assertThat(preview.interval(Rating.HARD)).isEqualTo(Duration.ofDays(1));
            assertThat(preview.interval(Rating.GOOD)).isEqualTo(Duration.ofDays(2));
            assertThat(preview.interval(Rating.EASY)).isGreaterThanOrEqualTo(Duration.ofDays(3));
        }

        @Test
        void lapsesIntoRelearningAfterAgain() {
            ReviewOutcome again = scheduler.review(card, Rating.AGAIN, T0);
            assertThat(again.card().state()).isEqualTo(State.RELEARNING);
            assertThat(again.card().step()).isZero();
            assertThat(again.log().interval()).isEqualTo(Duration.ofMinutes(10));
            assertThat(memory(again).stability()).isEqualTo(scheduler.model().stabilityAfterLapse(5, 10, 0.9));
        }

        @Test
        void staysInReviewAfterAgainWhenThereAreNoRelearningSteps() {
            Scheduler noSteps = new Scheduler(SchedulerSettings.DEFAULT.withRelearningSteps(List.of()));
            ReviewOutcome again = noSteps.review(card, Rating.AGAIN, T0);
            assertThat(again.card().state()).isEqualTo(State.REVIEW);
            // S'f = 1.4835·5^-0.0614·(11^0.2629 - 1)·e^(0.1·1.6483) = 1.391986973, rounded to 1 day
            assertThat(memory(again).stability()).isCloseTo(1.391986973, within(1e-8));
            assertThat(again.log().interval()).isEqualTo(Duration.ofDays(1));
        }

        @Test
        void neverSchedulesGoodBeyondTheMaximumIntervalButKeepsEasyAbove() {
            Scheduler capped = new Scheduler(SchedulerSettings.DEFAULT.withMaximumInterval(30));
            Preview preview = capped.preview(card, T0);
            assertThat(preview.interval(Rating.GOOD)).isEqualTo(Duration.ofDays(30));
            assertThat(preview.interval(Rating.EASY)).isEqualTo(Duration.ofDays(31));
        }

        @Test
        void givesLongerIntervalsForALowerDesiredRetention() {
            Scheduler relaxed = new Scheduler(SchedulerSettings.DEFAULT.withDesiredRetention(0.8));
            assertThat(relaxed.preview(card, T0).interval(Rating.GOOD))
                    .isGreaterThan(scheduler.preview(card, T0).interval(Rating.GOOD));
        }
    }

    @Nested
    @DisplayName("a relearning card")
    class RelearningCard {
        private final Card card = scheduler
                .review(
                        Card.reviewed(State.REVIEW, 0, new MemoryState(10, 5), T0, T0.minus(Duration.ofDays(10))),
                        Rating.AGAIN,
                        T0)
                .card();
        private final Instant later = plus(T0, Duration.ofMinutes(10));

        @Test
        void waitsOneAndAHalfStepsAfterHardWithASingleStep() {
            assertThat(scheduler.preview(card, later).interval(Rating.HARD)).isEqualTo(Duration.ofMinutes(15));
        }

        @Test
        void returnsToReviewAfterGood() {
            ReviewOutcome good = scheduler.review(card, Rating.GOOD, later);
            assertThat(good.card().state()).isEqualTo(State.REVIEW);
            assertThat(good.log().interval().toDays()).isPositive();
        }
    }

    @Nested
    @DisplayName("counting days")
    class CountingDays {
        private final Instant lateEvening = Instant.parse("2024-03-01T23:55:00Z");

        @Test
        void countsADayAcrossUtcMidnightEvenAfterTenMinutes() {
            Card card = scheduler
                    .review(Card.newCard(lateEvening), Rating.EASY, lateEvening)
                    .card();
            ReviewLog log = scheduler
                    .review(card, Rating.GOOD, lateEvening.plus(Duration.ofMinutes(10)))
                    .log();
            assertThat(log.elapsedDays()).isEqualTo(1);
        }

        @Test
        void countsNoDayWithinTheSameUtcDayEvenAfterTwentyHours() {
            Instant morning = Instant.parse("2024-03-01T00:05:00Z");
            Card card = scheduler
                    .review(Card.newCard(morning), Rating.EASY, morning)
                    .card();
            ReviewOutcome later = scheduler.review(card, Rating.GOOD, morning.plus(Duration.ofHours(20)));
            assertThat(later.log().elapsedDays()).isZero();
            assertThat(memory(later).stability()).isEqualTo(scheduler.model().sameDayStability(8.2956, Rating.GOOD));
        }

        @Test
        void refusesAReviewBeforeTheLastOne() {
            Card card = scheduler.review(Card.newCard(T0), Rating.GOOD, T0).card();
            assertThatThrownBy(() -> scheduler.review(card, Rating.GOOD, T0.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a review at 2024-03-01T08:59:59Z cannot come before the card's last review at "
                            + "2024-03-01T09:00:00Z");
        }
    }

    @Nested
    @DisplayName("as a function")
    class AsAFunction {
        @Test
        void previewsExactlyWhatEachReviewWouldDo() {
            Card card = scheduler.review(Card.newCard(T0), Rating.GOOD, T0).card();
            Instant at = plus(T0, Duration.ofDays(3));
            Preview preview = scheduler.preview(card, at);
            for (Rating rating : Rating.values()) {
                assertThat(scheduler.review(card, rating, at)).isEqualTo(preview.outcome(rating));
            }
        }

        @Test
        void givesTheSameOutcomeForTheSameInputAndLeavesTheCardUnchanged() {
            Card card = scheduler.review(Card.newCard(T0), Rating.HARD, T0).card();
            Card copy = Card.reviewed(
                    card.state(),
                    card.step(),
                    card.memory().orElseThrow(),
                    card.due(),
                    card.lastReview().orElseThrow());
            Instant at = plus(T0, Duration.ofDays(2));
            assertThat(scheduler.review(card, Rating.GOOD, at)).isEqualTo(scheduler.review(card, Rating.GOOD, at));
            assertThat(card).isEqualTo(copy);
        }
    }
}
