package dev.examloop.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays review histories through the scheduler and compares every review with what ts-fsrs computed for
 * it: memory state, retrievability, state and step, due time and the due time each rating would have given.
 * The vectors and how they were made are in {@code src/test/resources/fsrs/}.
 */
@DisplayName("FSRS-6 scheduler, review by review against ts-fsrs")
class TsFsrsDifferentialTest {
    private static final double TOLERANCE = 1e-6;
    private static final TsFsrsVectors VECTORS = TsFsrsVectors.load();

    @Test
    void vectorsComeFromTsFsrs5RunningFsrs6WithoutFuzz() {
        assertThat(VECTORS.tsFsrsVersion()).isEqualTo("5.4.2");
        assertThat(VECTORS.fsrsVersion()).contains("FSRS-6");
        assertThat(VECTORS.configs())
                .allSatisfy(config -> assertThat(config.enableFuzz()).isFalse());
    }

    @Test
    void vectorsCoverEveryStateWithEveryRatingAndSameDayLateAndLongGaps() {
        List<TsFsrsVectors.Review> reviews = VECTORS.configs().stream()
                .flatMap(config -> config.histories().stream())
                .flatMap(history -> history.reviews().stream())
                .toList();
        Set<String> pairs = new HashSet<>();
        reviews.forEach(review -> pairs.add(review.stateBefore() + "/" + review.rating()));
        for (State state : State.values()) {
            for (Rating rating : Rating.values()) {
                assertThat(pairs).contains(state.code() + "/" + rating);
            }
        }
        assertThat(reviews).hasSizeGreaterThan(1000);
        assertThat(reviews).anyMatch(r -> r.stateBefore() == State.REVIEW.code() && r.elapsedDays() == 0);
        assertThat(reviews).anyMatch(r -> r.elapsedDays() > 3000);
        assertThat(reviews).anyMatch(r -> r.stateBefore() == State.LEARNING.code() && r.elapsedDays() > 0);
    }

    @Test
    void capsTheSameDayWeightsForSeveralRelearningStepsAsTsFsrsDoes() {
        for (TsFsrsVectors.Config config : VECTORS.configs()) {
            List<Double> used =
                    new Scheduler(config.settings()).model().parameters().weights();
            for (int i = 0; i < Parameters.COUNT; i++) {
                assertThat(used.get(i))
                        .as("%s: w%d", config.name(), i)
                        .isEqualTo(config.parameters().get(i));
            }
        }
    }

    @TestFactory
    Stream<DynamicContainer> replaysEveryHistoryLikeTsFsrs() {
        return VECTORS.configs().stream()
                .map(config -> DynamicContainer.dynamicContainer(
                        config.name(),
                        config.histories().stream()
                                .map(history ->
                                        DynamicTest.dynamicTest(history.name(), () -> replay(config, history)))));
    }

    private static void replay(TsFsrsVectors.Config config, TsFsrsVectors.History history) {
        Scheduler scheduler = new Scheduler(config.settings());
        Card card = Card.newCard(history.created());
        for (int i = 0; i < history.reviews().size(); i++) {
            TsFsrsVectors.Review expected = history.reviews().get(i);
            String where = "%s/%s review %d (%s at %s)"
                    .formatted(config.name(), history.name(), i + 1, expected.rating(), expected.at());
            assertThat(card.state().code()).as(where + ": state before").isEqualTo(expected.stateBefore());
            assertThat(card.step()).as(where + ": step before").isEqualTo(expected.stepBefore());
            assertThat(scheduler.retrievability(card, expected.at()))
                    .as(where + ": retrievability")
                    .isCloseTo(expected.retrievability(), within(TOLERANCE));

            Preview preview = scheduler.preview(card, expected.at());
            for (Rating rating : Rating.values()) {
                assertThat(preview.due(rating))
                        .as(where + ": due if rated " + rating)
                        .isEqualTo(expected.previewDue().get(rating.grade() - 1));
            }

            ReviewOutcome outcome = scheduler.review(card, expected.rating(), expected.at());
            ReviewLog log = outcome.log();
            assertThat(log.elapsedDays()).as(where + ": elapsed days").isEqualTo(expected.elapsedDays());
            assertThat(log.retrievability())
                    .as(where + ": logged retrievability")
                    .isCloseTo(expected.retrievability(), within(TOLERANCE));
            Card next = outcome.card();
            MemoryState memory = next.memory().orElseThrow();
            assertThat(memory.stability()).as(where + ": stability").isCloseTo(expected.stability(), within(TOLERANCE));
            assertThat(memory.difficulty())
                    .as(where + ": difficulty")
                    .isCloseTo(expected.difficulty(), within(TOLERANCE));
            assertThat(next.state().code()).as(where + ": state after").isEqualTo(expected.stateAfter());
            assertThat(next.step()).as(where + ": step after").isEqualTo(expected.stepAfter());
            assertThat(next.due()).as(where + ": due").isEqualTo(expected.due());
            assertThat(next.interval().toDays()).as(where + ": scheduled days").isEqualTo(expected.scheduledDays());
            assertThat(next.lastReview()).as(where + ": last review").contains(expected.at());
            card = next;
        }
    }

    /**
     * ts-fsrs's get_retrievability counts whole 24-hour periods since the last review, while its scheduler
     * counts UTC calendar days; Examloop's retrievability uses the scheduler's count throughout. The two
     * agree except when the review's time of day is earlier than the last review's on a later day.
     */
    @Test
    void reportsTheRetrievabilityOfTsFsrsGetRetrievabilityUnlessTheTimeOfDayWrapsPastMidnight() {
        int wrapped = 0;
        for (TsFsrsVectors.Config config : VECTORS.configs()) {
            Scheduler scheduler = new Scheduler(config.settings());
            for (TsFsrsVectors.History history : config.histories()) {
                Card card = Card.newCard(history.created());
                for (TsFsrsVectors.Review review : history.reviews()) {
                    double ours = scheduler.retrievability(card, review.at());
                    Instant last = card.lastReview().orElse(review.at());
                    long wholeDays = Duration.between(last, review.at()).toDays();
                    if (wholeDays == Scheduler.calendarDays(last, review.at())) {
                        assertThat(ours).isCloseTo(review.reportedRetrievability(), within(TOLERANCE));
                    } else {
                        wrapped++;
                        assertThat(ours).isCloseTo(review.retrievability(), within(TOLERANCE));
                    }
                    card = scheduler.review(card, review.rating(), review.at()).card();
                }
            }
        }
        assertThat(wrapped).as("reviews where the two day counts differ").isPositive();
    }
}
