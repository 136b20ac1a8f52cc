package dev.examloop.core.fsrs.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryModel;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DailyReviewsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1); // a Monday
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Scheduler SCHEDULER = Scheduler.withDefaults();

    /** Card i reviewed {@code ago} days before today at noon, with stability S, due after its interval at 0.9. */
    private static CardToSchedule reviewCard(String id, int ago, double stability, double difficulty) {
        Instant last = TODAY.minusDays(ago).atTime(12, 0).toInstant(ZoneOffset.UTC);
        long interval = Math.max(1, Math.round(stability));
        return new CardToSchedule(
                id,
                Card.reviewed(
                        State.REVIEW,
                        0,
                        new MemoryState(stability, difficulty),
                        last.plus(Duration.ofDays(interval)),
                        last));
    }

    /** Thirty cards of mixed memory: stabilities 1 to 60 days, last reviewed 1 to 20 days ago. */
    private static List<CardToSchedule> mixedCards() {
        List<CardToSchedule> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double stability = 1 + (i * 37 % 60);
            int ago = 1 + (i * 13 % 20);
            cards.add(reviewCard(String.format("c%02d", i), ago, stability, 3 + (i % 6)));
        }
        return cards;
    }

    private static ScheduleRequest request(
            List<CardToSchedule> cards, Optional<Instant> exam, double minutes, EasyDays easyDays, int newCards) {
        return new ScheduleRequest(
                cards,
                TODAY,
                exam,
                DailyMinutes.every(minutes),
                10,
                easyDays,
                UTC,
                SchedulerSettings.DEFAULT,
                newCards);
    }

    private static Optional<Instant> examIn(int days) {
        return Optional.of(TODAY.plusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void givesTheSameListWhateverTheOrderOfTheCards() {
        List<CardToSchedule> cards = mixedCards();
        List<CardToSchedule> shuffled = new ArrayList<>(cards);
        Collections.reverse(shuffled);
        for (Optional<Instant> exam : List.of(Optional.<Instant>empty(), examIn(12))) {
            List<String> first = DailyReviews.today(request(cards, exam, 1, EasyDays.NONE, 0))
                    .review();
            List<String> second = DailyReviews.today(request(shuffled, exam, 1, EasyDays.NONE, 0))
                    .review();
            assertThat(first).isNotEmpty().isEqualTo(second);
        }
    }

    @Test
    void listsNoMoreReviewsThanTheMinutesHold() {
        TodaysReviews reviews = DailyReviews.today(request(mixedCards(), examIn(12), 1, EasyDays.NONE, 0));

        // One minute at 10 s a review: six reviews at most, fewer when lapses are likely.
        assertThat(reviews.review()).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        assertThat(reviews.mode()).isEqualTo(TodaysReviews.Mode.EXAM);
    }

    @Test
    void putsCardsInTheirLearningStepsFirst() {
        List<CardToSchedule> cards = new ArrayList<>(mixedCards());
        Instant now = TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
        Card learning = SCHEDULER.review(Card.newCard(now), Rating.GOOD, now).card();
        assertThat(learning.state()).isEqualTo(State.LEARNING);
        cards.add(new CardToSchedule("z-learning", learning));

        for (Optional<Instant> exam : List.of(Optional.<Instant>empty(), examIn(12))) {
            assertThat(DailyReviews.today(request(cards, exam, 10, EasyDays.NONE, 0))
                            .review())
                    .first()
                    .isEqualTo("z-learning");
        }
    }

    @Test
    void startsNoNewCardInTheLastTwoDaysBeforeTheExam() {
        List<CardToSchedule> cards = new ArrayList<>(mixedCards());
        cards.add(
                new CardToSchedule("new-1", Card.newCard(TODAY.atStartOfDay(UTC).toInstant())));

        assertThat(DailyReviews.today(request(cards, examIn(10), 30, EasyDays.NONE, 5))
                        .review())
                .contains("new-1");
        assertThat(DailyReviews.today(request(cards, examIn(2), 30, EasyDays.NONE, 5))
                        .review())
                .doesNotContain("new-1");
    }

    @Nested
    @DisplayName("planned backward from the exam")
    class ExamPlan {
        /**
         * Plays both policies forward day by day on the scheduler's own model, every review recalled (Good): the
         * outcome is deterministic, and the exam-day recall is the model's.
         */
        private double examRecall(boolean examAware, int examDay, double minutes) {
            Map<String, Card> cards = new LinkedHashMap<>();
            for (CardToSchedule c : mixedCards()) {
                cards.put(c.id(), c.card());
            }
            for (int day = 0; day < examDay; day++) {
                LocalDate date = TODAY.plusDays(day);
                Instant noon = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
                List<String> list;
                if (examAware) {
                    List<CardToSchedule> input = new ArrayList<>();
                    cards.forEach((id, card) -> input.add(new CardToSchedule(id, card)));
                    list = DailyReviews.today(request(input, examIn(examDay), minutes, EasyDays.NONE, 0)
                                    .on(date, input, DailyMinutes.every(minutes)))
                            .review();
                } else {
                    Instant endOfDay = date.plusDays(1).atStartOfDay(UTC).toInstant();
                    list = cards.entrySet().stream()
                            .filter(e -> e.getValue().due().isBefore(endOfDay))
                            .sorted(Comparator.comparing(
                                    (Map.Entry<String, Card> e) -> e.getValue().due()))
                            .limit((long) (minutes * 6))
                            .map(Map.Entry::getKey)
                            .toList();
                }
                for (String id : list) {
                    cards.put(
                            id,
                            SCHEDULER.review(cards.get(id), Rating.GOOD, noon).card());
                }
            }
            MemoryModel model = SCHEDULER.model();
            LocalDate examDate = TODAY.plusDays(examDay);
            return cards.values().stream()
                    .mapToDouble(card -> model.retrievability(
                            examDate.toEpochDay()
                                    - LocalDate.ofInstant(card.lastReview().orElseThrow(), UTC)
                                            .toEpochDay(),
                            card.memory().orElseThrow().stability()))
                    .average()
                    .orElseThrow();
        }

        @Test
        void expectsNoLowerRecallAtTheExamThanPlainFsrsWithTheSameMinutes() {
            double plain = examRecall(false, 14, 0.5);
            double planned = examRecall(true, 14, 0.5);

            assertThat(planned).isGreaterThanOrEqualTo(plain);
        }

        @Test
        void spendsTheLastDayOnTheCardsWithTheLowestRecallAtTheExam() {
            TodaysReviews reviews = DailyReviews.today(request(mixedCards(), examIn(1), 0.5, EasyDays.NONE, 0));
            MemoryModel model = SCHEDULER.model();
            Map<String, Double> recallAtExam = new LinkedHashMap<>();
            for (CardToSchedule c : mixedCards()) {
                int ago = (int) (TODAY.toEpochDay()
                        - LocalDate.ofInstant(c.card().lastReview().orElseThrow(), UTC)
                                .toEpochDay());
                recallAtExam.put(
                        c.id(),
                        model.retrievability(
                                ago + 1, c.card().memory().orElseThrow().stability()));
            }
            double lowestChosen = reviews.review().stream()
                    .mapToDouble(recallAtExam::get)
                    .max()
                    .orElseThrow();
            long lowerLeftOut = recallAtExam.entrySet().stream()
                    .filter(e -> !reviews.review().contains(e.getKey()))
                    .filter(e -> e.getValue() < lowestChosen - 0.05)
                    .count();

            assertThat(reviews.review()).isNotEmpty();
            assertThat(lowerLeftOut).isZero();
        }
    }

    @Nested
    @DisplayName("without an exam")
    class Due {
        @Test
        void listsDueCardsLowestRecallFirst() {
            List<CardToSchedule> cards =
                    List.of(reviewCard("a", 10, 2, 5), reviewCard("b", 3, 2, 5), reviewCard("c", 30, 2, 5));

            assertThat(DailyReviews.today(request(cards, Optional.empty(), 10, EasyDays.NONE, 0))
                            .review())
                    .containsExactly("c", "a", "b");
        }

        @Test
        void movesReviewsOffALightDayWhenTheirRangeAllowsIt() {
            // Today is a Monday: a card due today with a 20-day interval may move up to two days either way.
            List<CardToSchedule> cards = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                cards.add(reviewCard("m" + i, 20, 20, 5));
            }
            EasyDays mondayOff = EasyDays.parse("mon:0");

            List<String> normal = DailyReviews.today(request(cards, Optional.empty(), 60, EasyDays.NONE, 0))
                    .review();
            List<String> light = DailyReviews.today(request(cards, Optional.empty(), 60, mondayOff, 0))
                    .review();

            assertThat(normal).isNotEmpty();
            assertThat(light).isEmpty();
        }
    }
}
