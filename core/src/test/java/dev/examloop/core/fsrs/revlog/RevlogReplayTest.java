package dev.examloop.core.fsrs.revlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevlogReplayTest {
    private static final Instant T0 = Instant.parse("2024-01-01T08:00:00Z");
    private final Scheduler scheduler = Scheduler.withDefaults();

    @Test
    void reviewsEachCardFromNewInTimeOrderAndListsTheReviewsByCard() {
        List<RevlogRow> log = List.of(
                RevlogRow.of(2, T0.plus(Duration.ofMinutes(5)), Rating.EASY),
                RevlogRow.of(1, T0.plus(Duration.ofMinutes(10)), Rating.GOOD),
                RevlogRow.of(1, T0, Rating.GOOD),
                RevlogRow.of(1, T0.plus(Duration.ofDays(2)), Rating.HARD));
        List<ReplayedReview> replayed = RevlogReplay.replay(scheduler, log);

        ReviewOutcome first = scheduler.review(Card.newCard(T0), Rating.GOOD, T0);
        ReviewOutcome second = scheduler.review(first.card(), Rating.GOOD, T0.plus(Duration.ofMinutes(10)));
        ReviewOutcome third = scheduler.review(second.card(), Rating.HARD, T0.plus(Duration.ofDays(2)));
        ReviewOutcome other = scheduler.review(Card.newCard(T0), Rating.EASY, T0.plus(Duration.ofMinutes(5)));
        assertThat(replayed)
                .containsExactly(
                        new ReplayedReview(1, first.log()), new ReplayedReview(1, second.log()),
                        new ReplayedReview(1, third.log()), new ReplayedReview(2, other.log()));
    }

    @Test
    void hasNoRetrievabilityBeforeACardsFirstReviewAndTheForgettingCurvesAfter() {
        List<ReplayedReview> replayed = RevlogReplay.replay(
                scheduler,
                List.of(
                        RevlogRow.of(1, T0, Rating.GOOD),
                        RevlogRow.of(1, T0.plus(Duration.ofMinutes(10)), Rating.GOOD),
                        RevlogRow.of(1, T0.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(10)), Rating.GOOD)));
        assertThat(replayed.get(0).retrievabilityBefore()).isEmpty();
        assertThat(replayed.get(1).retrievabilityBefore()).hasValue(1.0); // the same day
        assertThat(replayed.get(2).retrievabilityBefore())
                .hasValue(scheduler.model().retrievability(2, 2.3065));
    }

    @Test
    void givesTheIntervalInFractionalDays() {
        List<ReplayedReview> replayed = RevlogReplay.replay(
                scheduler,
                List.of(
                        RevlogRow.of(1, T0, Rating.GOOD),
                        RevlogRow.of(1, T0.plus(Duration.ofMinutes(10)), Rating.GOOD)));
        assertThat(replayed.get(0).intervalDays()).isEqualTo(10.0 / (24 * 60)); // the 10-minute learning step
        assertThat(replayed.get(1).intervalDays()).isEqualTo(2.0); // S = 2.3065 rounds to 2 days
    }

    @Test
    void replaysAnEmptyLogToNothing() {
        assertThat(RevlogReplay.replay(scheduler, List.of())).isEmpty();
    }
}
