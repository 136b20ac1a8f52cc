package dev.examloop.core.fsrs.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A review history made from a review log")
class ReviewHistoryTest {
    private static final Duration D = Duration.ofSeconds(5);

    private static RevlogRow row(long card, String time, int grade, State state) {
        return RevlogRow.of(card, Instant.parse(time), Rating.ofGrade(grade), state, D);
    }

    @Test
    void countsDaysAcrossTheLearnersDayBoundaryNotTwentyFourHours() {
        // 23:00 and 05:00 the next morning in Berlin (UTC+1 in winter) with days starting at 4 am: one day apart.
        List<RevlogRow> rows = List.of(
                row(1, "2025-01-10T22:00:00Z", 3, State.NEW),
                row(1, "2025-01-11T04:00:00Z", 3, State.REVIEW),
                row(1, "2025-01-11T06:00:00Z", 3, State.REVIEW));
        ReviewHistory history = ReviewHistory.of(rows, new DayBoundary(ZoneId.of("Europe/Berlin"), 4));
        assertThat(history.deltaDays).containsExactly(0, 1, 0);
        assertThat(history.items()).isEqualTo(1);
        assertThat(history.itemLength).containsExactly(2);
    }

    @Test
    void startsACardsHistoryAtItsLastBlockOfLearningReviews() {
        List<RevlogRow> rows = List.of(
                row(1, "2025-01-01T10:00:00Z", 3, State.NEW),
                row(1, "2025-01-03T10:00:00Z", 3, State.REVIEW),
                row(1, "2025-02-01T10:00:00Z", 1, State.NEW), // reset to new
                row(1, "2025-02-01T10:10:00Z", 3, State.LEARNING),
                row(1, "2025-02-04T10:00:00Z", 4, State.REVIEW));
        ReviewHistory history = ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT);
        assertThat(history.rating).containsExactly(1, 3, 4);
        assertThat(history.deltaDays).containsExactly(0, 0, 3);
    }

    @Test
    void leavesOutACardWhoseLogHasStatesButNoLearningReview() {
        List<RevlogRow> rows = List.of(
                row(1, "2025-01-03T10:00:00Z", 3, State.REVIEW), row(1, "2025-01-09T10:00:00Z", 3, State.REVIEW));
        assertThat(ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT).cards()).isZero();
    }

    @Test
    void startsAtTheFirstReviewWhenTheLogDoesNotSayTheStates() {
        List<RevlogRow> rows = List.of(
                RevlogRow.of(1, Instant.parse("2025-01-03T10:00:00Z"), Rating.GOOD),
                RevlogRow.of(1, Instant.parse("2025-01-09T10:00:00Z"), Rating.AGAIN));
        ReviewHistory history = ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT);
        assertThat(history.deltaDays).containsExactly(0, 6);
        assertThat(history.items()).isEqualTo(1);
    }

    @Test
    void ordersItemsByTheTimeOfTheirReviewAcrossCards() {
        List<RevlogRow> rows = List.of(
                row(2, "2025-01-01T10:00:00Z", 3, State.NEW),
                row(2, "2025-01-05T10:00:00Z", 3, State.REVIEW),
                row(1, "2025-01-01T09:00:00Z", 3, State.NEW),
                row(1, "2025-01-02T09:00:00Z", 3, State.REVIEW),
                row(1, "2025-01-09T09:00:00Z", 3, State.REVIEW));
        ReviewHistory history = ReviewHistory.of(rows, DayBoundary.UTC_MIDNIGHT);
        // items: card 1 on Jan 2, card 2 on Jan 5, card 1 on Jan 9
        assertThat(history.itemLength).containsExactly(2, 2, 3);
        assertThat(history.cardIds[history.itemCard[1]]).isEqualTo(2);
    }
}
