package dev.examloop.core.fsrs.revlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RevlogReaderTest {
    private static final Instant T1 = Instant.ofEpochMilli(1704096000000L); // 2024-01-01T08:00:00Z
    private static final Instant T2 = Instant.ofEpochMilli(1704096600000L); // ten minutes later

    private static RevlogReadResult read(String text) {
        return RevlogReader.read("revlog.csv", text);
    }

    private static List<String> problems(String text) {
        return read(text).problems().stream().map(RevlogProblem::toString).toList();
    }

    @Nested
    @DisplayName("a good file")
    class GoodFile {
        @Test
        void readsEveryRowWithItsFields() {
            RevlogReadResult result = read("""
                    card_id,review_time,review_rating,review_state,review_duration
                    101,1704096000000,3,0,5230
                    101,1704096600000,1,1,12000
                    """);
            assertThat(result.ok()).isTrue();
            assertThat(result.rows())
                    .containsExactly(
                            RevlogRow.of(101, T1, Rating.GOOD, State.NEW, Duration.ofMillis(5230)),
                            RevlogRow.of(101, T2, Rating.AGAIN, State.LEARNING, Duration.ofSeconds(12)));
        }

        @Test
        void leavesStateAndDurationUnknownWhenTheirFieldsAreEmpty() {
            RevlogReadResult result = read("""
                    card_id,review_time,review_rating,review_state,review_duration
                    101,1704096000000,4,,
                    """);
            assertThat(result.ok()).isTrue();
            assertThat(result.rows()).containsExactly(RevlogRow.of(101, T1, Rating.EASY));
        }

        @Test
        void acceptsAHeaderWithoutTheOptionalColumnsInAnyOrder() {
            RevlogReadResult result = read("""
                    review_rating,card_id,review_time
                    2,7,1704096000000
                    """);
            assertThat(result.ok()).isTrue();
            assertThat(result.rows()).containsExactly(RevlogRow.of(7, T1, Rating.HARD));
        }

        @Test
        void ignoresColumnsItDoesNotKnow() {
            RevlogReadResult result = read("""
                    card_id,deck,review_time,review_rating
                    7,Default,1704096000000,3
                    """);
            assertThat(result.rows()).containsExactly(RevlogRow.of(7, T1, Rating.GOOD));
            assertThat(result.problems()).isEmpty();
        }

        @Test
        void toleratesSpacesAroundValuesQuotesEmptyLinesAndCarriageReturns() {
            RevlogReadResult result = read("card_id, review_time ,review_rating\r\n\r\n 7 ,\"1704096000000\", 3\r\n");
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).containsExactly(RevlogRow.of(7, T1, Rating.GOOD));
        }

        @Test
        void readsAFileThatStartsWithAByteOrderMark() throws IOException {
            byte[] bytes =
                    ("\uFEFFcard_id,review_time,review_rating\n7,1704096000000,3\n").getBytes(StandardCharsets.UTF_8);
            RevlogReadResult result = RevlogReader.read("revlog.csv", new ByteArrayInputStream(bytes));
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).containsExactly(RevlogRow.of(7, T1, Rating.GOOD));
        }

        @Test
        void acceptsCardsWhoseReviewsInterleaveAsLongAsEachCardIsInTimeOrder() {
            RevlogReadResult result = read("""
                    card_id,review_time,review_rating
                    1,1704096000000,3
                    2,1704096000001,3
                    1,1704096600000,3
                    2,1704096600000,3
                    2,1704096600000,3
                    """);
            assertThat(result.problems()).isEmpty();
            assertThat(result.rows()).hasSize(5);
        }

        @Test
        void readsAHeaderWithNoReviewsAsAnEmptyLog() {
            RevlogReadResult result = read(RevlogColumn.HEADER + "\n");
            assertThat(result.ok()).isTrue();
            assertThat(result.rows()).isEmpty();
        }
    }

    @Nested
    @DisplayName("a bad row")
    class BadRow {
        private static final String HEADER = RevlogColumn.HEADER + "\n";

        @Test
        void isReportedWithFileLineAndFieldWhenItsRatingIsNotOneToFour() {
            assertThat(problems(HEADER + "101,1704096000000,7,0,5000\n"))
                    .containsExactly(
                            "revlog.csv:2: review_rating: '7' is not a rating (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }

        @Test
        void isReportedWhenItsTimeIsNotANumberOfMilliseconds() {
            assertThat(problems(HEADER + "101,2024-01-01T08:00:00Z,3,0,5000\n"))
                    .containsExactly(
                            "revlog.csv:2: review_time: '2024-01-01T08:00:00Z' is not a time in milliseconds since "
                                    + "1970-01-01T00:00Z (a whole number, 0 or more)");
        }

        @Test
        void isReportedWhenItsTimeIsBefore1970() {
            assertThat(problems(HEADER + "101,-1,3,0,5000\n"))
                    .singleElement()
                    .asString()
                    .startsWith("revlog.csv:2: review_time: '-1' is not a time");
        }

        @Test
        void isReportedWhenItsCardIdIsNotAWholeNumber() {
            assertThat(problems(HEADER + "card-1,1704096000000,3,0,5000\n"))
                    .containsExactly("revlog.csv:2: card_id: 'card-1' is not a card id (a whole number)");
        }

        @Test
        void isReportedWhenItsStateIsNotZeroToThree() {
            assertThat(problems(HEADER + "101,1704096000000,3,4,5000\n"))
                    .containsExactly(
                            "revlog.csv:2: review_state: '4' is not a card state (0 New, 1 Learning, 2 Review, 3 Relearning)");
        }

        @Test
        void isReportedWhenItsDurationIsNegativeOrFractional() {
            assertThat(problems(HEADER + "101,1704096000000,3,0,-5\n102,1704096000000,3,0,1.5\n"))
                    .containsExactly(
                            "revlog.csv:2: review_duration: '-5' is not a duration in milliseconds (a whole number, 0 or more)",
                            "revlog.csv:3: review_duration: '1.5' is not a duration in milliseconds (a whole number, 0 or "
                                    + "more)");
        }

        @Test
        void isReportedWhenARequiredFieldIsEmpty() {
            assertThat(problems(HEADER + ",1704096000000,,0,5000\n"))
                    .containsExactly(
                            "revlog.csv:2: card_id: is empty; every review needs a card id (a whole number)",
                            "revlog.csv:2: review_rating: is empty; every review needs a rating (1 Again, 2 Hard, 3 Good, "
                                    + "4 Easy)");
        }

        @Test
        void isReportedWhenItHasMoreOrFewerFieldsThanTheHeader() {
            assertThat(problems(HEADER + "101,1704096000000,3\n101,1704096600000,3,1,500,9\n"))
                    .containsExactly(
                            "revlog.csv:2: 3 fields where the header has 5; every row needs a value, or an empty place, for "
                                    + "each column",
                            "revlog.csv:3: 6 fields where the header has 5; every row needs a value, or an empty place, for "
                                    + "each column");
        }

        @Test
        void isReportedWhenItComesBeforeAnEarlierLineOfItsCardInTime() {
            assertThat(problems(HEADER + """
                    101,1704096600000,3,1,5000
                    102,1704000000000,3,0,5000
                    101,1704096000000,3,0,5000
                    """))
                    .containsExactly("revlog.csv:4: review_time: 1704096000000 (2024-01-01T08:00:00Z) comes "
                            + "before the review of card 101 on line 2 (2024-01-01T08:10:00Z); a card's reviews must be in "
                            + "time order");
        }

        @Test
        void isReportedWithItsOwnLineCountingEmptyLinesAndLineBreaksInsideQuotes() {
            assertThat(problems("card_id,review_time,review_rating,note\n\n101,1704096000000,3,\"two\nlines\"\n"
                            + "101,1704096600000,9,x\n"))
                    .containsExactly(
                            "revlog.csv:5: review_rating: '9' is not a rating (1 Again, 2 Hard, 3 Good, 4 Easy)");
        }

        @Test
        void isReportedWithEveryOtherProblemOfTheFileWhileTheGoodRowsAreStillRead() {
            RevlogReadResult result = read(HEADER + """
                    101,1704096000000,3,0,5000
                    101,x,0,7,-1
                    102,1704096000000,4,,
                    """);
            assertThat(result.problems())
                    .extracting(RevlogProblem::line, RevlogProblem::field)
                    .containsExactly(
                            tuple(3, "review_time"),
                            tuple(3, "review_rating"),
                            tuple(3, "review_state"),
                            tuple(3, "review_duration"));
            assertThat(result.ok()).isFalse();
            assertThat(result.rows()).extracting(RevlogRow::cardId).containsExactly(101L, 102L);
        }

        @Test
        void thatLeavesAQuoteOpenStopsTheReadingWithAProblemOnItsLineInsteadOfAnException() {
            RevlogReadResult result = read(HEADER + "101,1704096000000,3,0,5000\n102,\"1704096000000,3,0,5000\n");
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.message()).startsWith("not readable as CSV, so nothing from here on was read");
            });
            assertThat(result.rows()).hasSize(1);
        }

        @Test
        void thatHasCharactersAfterAClosingQuoteIsReportedOnItsLine() {
            RevlogReadResult result = read(HEADER + "101,1704096000000,3,0,5000\n102,\"17\"x,3,0,5000\n");
            assertThat(result.problems())
                    .singleElement()
                    .extracting(RevlogProblem::line)
                    .isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("a bad header")
    class BadHeader {
        @Test
        void isReportedWhenTheFileIsEmpty() {
            assertThat(problems(""))
                    .containsExactly("revlog.csv: the file is empty; a review log starts with the "
                            + "header card_id,review_time,review_rating,review_state,review_duration");
        }

        @Test
        void isReportedForEachRequiredColumnItLacks() {
            assertThat(problems("card_id,time,rating\n101,1704096000000,3\n"))
                    .containsExactly(
                            "revlog.csv:1: review_time: missing from the header, which must name card_id, review_time and "
                                    + "review_rating (and, if known, review_state and review_duration)",
                            "revlog.csv:1: review_rating: missing from the header, which must name card_id, review_time and "
                                    + "review_rating (and, if known, review_state and review_duration)");
        }

        @Test
        void stillLetsTheRowsBeCheckedForTheColumnsItHas() {
            RevlogReadResult result = read("card_id,review_time\nabc,1704096000000\n");
            assertThat(result.problems())
                    .extracting(RevlogProblem::toString)
                    .containsExactly(
                            "revlog.csv:1: review_rating: missing from the header, which must name card_id, review_time and "
                                    + "review_rating (and, if known, review_state and review_duration)",
                            "revlog.csv:2: card_id: 'abc' is not a card id (a whole number)");
            assertThat(result.rows()).isEmpty();
        }

        @Test
        void isReportedWhenItNamesAColumnTwice() {
            assertThat(problems("card_id,review_time,review_rating,card_id\n101,1704096000000,3,101\n"))
                    .containsExactly("revlog.csv:1: card_id: named twice in the header (columns 1 and 4); keep one");
        }

        @Test
        void isReportedOnceWhenTheFirstLineIsAReviewRatherThanAHeader() {
            RevlogReadResult result = read("101,1704096000000,3,0,5000\n101,1704096600000,3,1,5000\n");
            assertThat(result.problems())
                    .extracting(RevlogProblem::toString)
                    .containsExactly(
                            "revlog.csv:1: '101,1704096000000,3,0,5000' is not the header of a review log; the first line "
                                    + "must name the columns card_id, review_time and review_rating (and, if known, "
                                    + "review_state and review_duration), such as "
                                    + "card_id,review_time,review_rating,review_state,review_duration");
            assertThat(result.rows()).isEmpty();
        }
    }

    @Test
    void namesItsColumnsInTheOrderOfTheHeader() {
        assertThat(String.join(
                        ",",
                        Arrays.stream(RevlogColumn.values())
                                .map(RevlogColumn::header)
                                .toList()))
                .isEqualTo(RevlogColumn.HEADER);
    }

    @Test
    void keepsAnUnknownStateOrDurationEmpty() {
        RevlogRow row = read(RevlogColumn.HEADER + "\n1,0,1,,\n").rows().getFirst();
        assertThat(row.state()).isEqualTo(Optional.empty());
        assertThat(row.duration()).isEqualTo(Optional.empty());
    }
}
