package dev.examloop.core.fsrs.revlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevlogWriterTest {
    private static Instant at(long millis) {
        return Instant.ofEpochMilli(millis);
    }

    private static final List<RevlogRow> ROWS = List.of(
            RevlogRow.of(202, at(1704096600000L), Rating.GOOD, State.LEARNING, Duration.ofMillis(4100)),
            RevlogRow.of(101, at(1704268200000L), Rating.EASY),
            RevlogRow.of(202, at(1704096000000L), Rating.AGAIN, State.NEW, Duration.ofMillis(15250)),
            RevlogRow.of(101, at(1704096000000L), Rating.HARD, State.NEW, Duration.ZERO));

    @Test
    void writesTheStandardHeaderThenTheRowsByCardThenTime() {
        assertThat(RevlogWriter.toCsv(ROWS)).isEqualTo("""
                card_id,review_time,review_rating,review_state,review_duration
                101,1704096000000,2,0,0
                101,1704268200000,4,,
                202,1704096000000,1,0,15250
                202,1704096600000,3,1,4100
                """);
    }

    @Test
    void writesOnlyTheHeaderForAnEmptyLog() {
        assertThat(RevlogWriter.toCsv(List.of())).isEqualTo(RevlogColumn.HEADER + "\n");
    }

    @Test
    void keepsTheOrderOfTwoReviewsOfOneCardAtTheSameTime() {
        List<RevlogRow> twins = List.of(RevlogRow.of(1, at(5), Rating.GOOD), RevlogRow.of(1, at(5), Rating.AGAIN));
        assertThat(RevlogWriter.toCsv(twins)).endsWith("1,5,3,,\n1,5,1,,\n");
    }

    @Test
    void givesBackTheSameRowsWhenItsOutputIsReadAgain() {
        RevlogReadResult read = RevlogReader.read("round-trip.csv", RevlogWriter.toCsv(ROWS));
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows())
                .containsExactlyElementsOf(
                        ROWS.stream().sorted(RevlogRow.BY_CARD_THEN_TIME).toList());
    }

    @Test
    void flushesTheWriterItIsGivenAndLeavesItOpen() throws IOException {
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("the caller's writer was closed");
            }
        };
        RevlogWriter.write(ROWS, out);
        out.write("more");
        assertThat(out.toString()).startsWith(RevlogColumn.HEADER).endsWith("4100\nmore");
    }
}
