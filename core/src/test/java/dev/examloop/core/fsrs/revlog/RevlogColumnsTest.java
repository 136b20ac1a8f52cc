package dev.examloop.core.fsrs.revlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A review log read into columns")
class RevlogColumnsTest {
    @TempDir
    Path dir;

    private RevlogReader.ColumnsOrProblems read(String text) throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return RevlogReader.readColumns(file);
    }

    @Test
    void readsAPlainFileStraightFromItsBytes() throws IOException {
        String text = "card_id,review_time,review_rating,review_state,review_duration\r\n"
                + "7,1000,3,0,500\r\n8, 2000 ,1,,\r\n\r\n7,3000,4,2,0\r\n";
        assertThat(FastRevlogParser.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isPresent();
        RevlogColumns columns = read(text).columns().orElseThrow();
        assertThat(columns.cardId()).containsExactly(7, 8, 7);
        assertThat(columns.reviewTime()).containsExactly(1000, 2000, 3000);
        assertThat(columns.rating()).containsExactly(3, 1, 4);
        assertThat(columns.state()).containsExactly(0, -1, 2);
    }

    @Test
    void givesTheSameColumnsAsTheFullReaderWithColumnsInAnotherOrder() throws IOException {
        String text = "review_rating,card_id,review_time\n2,5,100\n3,5,200\n";
        RevlogColumns fast = read(text).columns().orElseThrow();
        RevlogColumns full = RevlogColumns.of(RevlogReader.read("log.csv", text).rows());
        assertThat(fast.cardId()).containsExactly(full.cardId());
        assertThat(fast.reviewTime()).containsExactly(full.reviewTime());
        assertThat(fast.rating()).containsExactly(full.rating());
        assertThat(fast.state()).containsExactly(full.state());
    }

    @Test
    void leavesQuotedFilesToTheFullReader() throws IOException {
        String text = "card_id,review_time,review_rating\n\"7\",1000,3\n";
        assertThat(FastRevlogParser.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(read(text).columns().orElseThrow().cardId()).containsExactly(7);
    }

    @Test
    void reportsEveryProblemByLineThroughTheFullReader() throws IOException {
        RevlogReader.ColumnsOrProblems read = read("card_id,review_time,review_rating\n7,1000,5\n7,x,3\n7,900,3\n");
        assertThat(read.columns()).isEmpty();
        assertThat(read.problems()).extracting(RevlogProblem::line).containsExactly(2, 3);
        assertThat(read.validRows()).isEqualTo(1);
    }

    @Test
    void refusesACardWhoseReviewsAreOutOfTimeOrder() throws IOException {
        String text = "card_id,review_time,review_rating\n7,2000,3\n8,1000,3\n7,1000,3\n";
        assertThat(FastRevlogParser.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(read(text).problems()).extracting(RevlogProblem::line).containsExactly(4);
    }
}
