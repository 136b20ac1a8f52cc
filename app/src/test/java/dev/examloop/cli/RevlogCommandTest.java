package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code examloop revlog import|export} against a SQLite data folder: round trip, and all-or-nothing imports. */
class RevlogCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    private static final String LOG = """
            card_id,review_time,review_rating,review_state,review_duration
            7,1764400000000,3,0,5000
            7,1764400600000,3,1,4000
            7,1764486400000,4,2,3000
            9,1764400000000,1,0,8000
            9,1764400060000,3,1,6000
            """;

    @Test
    void importsAReviewLogAndExportsTheSameReviews(@TempDir Path dir) throws Exception {
        Path data = TestDatabases.freshDataDir();
        Path in = dir.resolve("in.csv");
        Files.writeString(in, LOG);
        assertThat(run("revlog", "import", in.toString(), "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains("Imported 5 reviews of 2 cards (2 new cards); 0 reviews were there already");

        Path exported = dir.resolve("out.csv");
        assertThat(run("revlog", "export", exported.toString(), "--data", data.toString()))
                .isZero();
        assertThat(Files.readString(exported)).isEqualTo(LOG);

        // Importing the same file again adds nothing.
        assertThat(run("revlog", "import", in.toString(), "--data", data.toString()))
                .isZero();
        assertThat(out.toString())
                .contains("Imported 0 reviews of 0 cards (0 new cards); 5 reviews were there already");
    }

    @Test
    void refusesAMalformedFileWholeNamingEachLine(@TempDir Path dir) throws Exception {
        Path data = TestDatabases.freshDataDir();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                card_id,review_time,review_rating,review_state,review_duration
                7,1764400000000,3,0,5000
                7,1764400600000,7,1,4000
                x,1764400600000,3,1,4000
                """);
        assertThat(run("revlog", "import", bad.toString(), "--data", data.toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .contains(bad + ":3: review_rating: '7' is not a rating", bad + ":4: card_id:", "nothing was imported");
        Path exported = dir.resolve("out.csv");
        assertThat(run("revlog", "export", exported.toString(), "--data", data.toString()))
                .isZero();
        assertThat(Files.readString(exported).strip())
                .isEqualTo("card_id,review_time,review_rating,review_state,review_duration");
    }

    @Test
    void saysClearlyWhenTheFileIsMissing(@TempDir Path dir) {
        assertThat(run("revlog", "import", dir.resolve("none.csv").toString(), "--data", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("is not a file");
    }
}
