package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code examloop search QUERY} against a data folder: the pack questions are indexed when it starts. */
class SearchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    @Test
    void printsRankedResultsWithTheMatchesMarkedAndWhereTheyAreDocumented() {
        Path data = TestDatabases.dataDirWithTestPacks();
        assertThat(run("search", "block", "device", "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString())
                .contains(
                        "Documented at:",
                        "https://docs.aws.amazon.com/ebs/latest/userguide/what-is-ebs.html",
                        "[question] SHORT-01 s-2:",
                        "[block] [device]",
                        "/questions/SHORT-01/s-2");
    }

    @Test
    void printsJsonInTheShapeOfTheApi() throws Exception {
        Path data = TestDatabases.dataDirWithTestPacks();
        assertThat(run("search", "\"block device\"", "--json", "--kind", "question", "--data", data.toString()))
                .as(err.toString())
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("hits").get(0).get("refId").asText()).isEqualTo("SHORT-01/s-2");
        assertThat(json.get("total").asInt()).isEqualTo(1);
    }

    /**
     * On PostgreSQL too: the questions are indexed in a thread and a transaction of their own (indexing inside the
     * search's read-only transaction would be refused there, and the search would find no question).
     */
    @Test
    void findsThePacksQuestionsOnPostgresql() throws Exception {
        Path data = TestDatabases.dataDirWithTestPacks();
        String db = TestDatabases.freshPostgresSchema();
        assertThat(run(
                        "search",
                        "\"block device\"",
                        "--json",
                        "--kind",
                        "question",
                        "--data",
                        data.toString(),
                        "--db",
                        db))
                .as(err.toString())
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("hits").get(0).get("refId").asText()).isEqualTo("SHORT-01/s-2");
        assertThat(err.toString()).doesNotContain("could not be indexed");
    }

    @Test
    void saysSoWhenNothingIsFound() {
        Path data = TestDatabases.dataDirWithTestPacks();
        assertThat(run("search", "zzyzx", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("Nothing found for 'zzyzx'.");
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThat(run("search", "x", "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be from 1 to 100, was 0");
    }
}
