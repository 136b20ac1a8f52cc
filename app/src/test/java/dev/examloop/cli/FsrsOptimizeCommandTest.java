package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("examloop fsrs optimize")
class FsrsOptimizeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    private static String resource(String name) {
        try {
            return Path.of(FsrsOptimizeCommandTest.class
                            .getResource("/revlog/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @DisplayName("on a valid review log")
    class ValidLog {
        @Test
        void printsTheFittedParametersAndTheMetricsBeforeAndAfter() {
            int code = run("fsrs", "optimize", "--revlog", resource("optimize.csv"));
            assertThat(code).isZero();
            assertThat(out.toString())
                    .contains("Fitted FSRS-6 parameters to 800 reviews of 114 cards")
                    .contains("all 21 trained")
                    .containsPattern("parameters: (\\d+\\.\\d{4},){20}\\d+\\.\\d{4}")
                    .containsPattern("log loss +0\\.\\d{4} +0\\.\\d{4}")
                    .containsPattern("RMSE \\(bins\\) +\\d+\\.\\d\\d% +\\d+\\.\\d\\d%")
                    .contains("AUC");
        }

        @Test
        void showsProgressOnStandardErrorWhileItRuns() {
            run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--progress-after", "0");
            assertThat(err.toString()).contains("Fitting").contains("100%");
        }

        @Test
        void showsNoProgressBarForAFitShorterThanTheQuietPeriod() {
            int code = run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--progress-after", "600000");
            assertThat(code).isZero();
            assertThat(err.toString()).doesNotContain("Fitting");
        }

        @Test
        void printsOneJsonObjectWithJson() throws Exception {
            int code = run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--json", "--no-progress");
            assertThat(code).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("parameters")).hasSize(21);
            assertThat(json.get("reviews").asInt()).isEqualTo(800);
            assertThat(json.get("logLoss").asDouble())
                    .isLessThan(json.get("defaultLogLoss").asDouble());
            assertThat(json.has("rmseBins")).isTrue();
            assertThat(json.has("defaultRmseBins")).isTrue();
            assertThat(json.get("seconds").asDouble()).isPositive();
            assertThat(err.toString()).isEmpty();
        }

        @Test
        void scoresOtherWeightsTheSameWayWithScore() throws Exception {
            String defaults = String.join(
                    ",",
                    dev.examloop.core.fsrs.Parameters.DEFAULT.weights().stream()
                            .map(String::valueOf)
                            .toList());
            int code = run(
                    "fsrs",
                    "optimize",
                    "--revlog",
                    resource("optimize.csv"),
                    "--json",
                    "--no-progress",
                    "--score",
                    defaults);
            assertThat(code).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            JsonNode scored = json.get("scored");
            assertThat(scored).hasSize(1);
            assertThat(scored.get(0).get("parameters")).hasSize(21);
            assertThat(scored.get(0).get("logLoss").asDouble())
                    .isEqualTo(json.get("defaultLogLoss").asDouble());
            assertThat(scored.get(0).get("rmseBins").asDouble())
                    .isEqualTo(json.get("defaultRmseBins").asDouble());
            assertThat(scored.get(0).get("auc").asDouble())
                    .isEqualTo(json.get("defaultAuc").asDouble());
        }

        @Test
        void givesTheSameParametersOnEveryRun() throws Exception {
            run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--json", "--no-progress");
            JsonNode first = new ObjectMapper().readTree(out.toString()).get("parameters");
            out.getBuffer().setLength(0);
            run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--json", "--no-progress", "--threads", "1");
            assertThat(new ObjectMapper().readTree(out.toString()).get("parameters"))
                    .isEqualTo(first);
        }

        @Test
        void crossValidatesOnTheLaterReviewsWithHoldout() throws Exception {
            int code = run(
                    "fsrs",
                    "optimize",
                    "--revlog",
                    resource("optimize.csv"),
                    "--json",
                    "--no-progress",
                    "--holdout",
                    "0.25");
            assertThat(code).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString());
            assertThat(json.get("testItems").asInt() + json.get("trainItems").asInt())
                    .isEqualTo(json.get("items").asInt());
            assertThat(json.get("holdout").asDouble()).isEqualTo(0.25);
        }

        @Test
        void countsDaysInTheGivenTimeZoneAndDayStart() {
            int code = run(
                    "fsrs",
                    "optimize",
                    "--revlog",
                    resource("optimize.csv"),
                    "--timezone",
                    "Asia/Tokyo",
                    "--day-starts-at",
                    "4",
                    "--no-progress");
            assertThat(code).isZero();
        }

        @Test
        void refusesAnUnknownTimeZone() {
            int code = run("fsrs", "optimize", "--revlog", resource("optimize.csv"), "--timezone", "Mars/Olympus");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("--timezone: 'Mars/Olympus' is not a time zone");
        }
    }

    @Nested
    @DisplayName("on a review log with malformed rows")
    class MalformedLog {
        @Test
        void reportsEachProblemWithItsLineAndFitsNothing() {
            int code = run("fsrs", "optimize", "--revlog", resource("optimize-malformed.csv"));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString())
                    .containsPattern("optimize-malformed\\.csv:5: review_rating: '5' is not a rating")
                    .containsPattern("optimize-malformed\\.csv:9: review_time: 'yesterday' is not a time")
                    .containsPattern("optimize-malformed\\.csv:12: 4 fields where the header has 5")
                    .contains("3 problems in")
                    .contains("nothing was fitted");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void fitsOnTheValidRowsWithSkipInvalid() throws Exception {
            int code = run(
                    "fsrs",
                    "optimize",
                    "--revlog",
                    resource("optimize-malformed.csv"),
                    "--skip-invalid",
                    "--json",
                    "--no-progress");
            assertThat(code).isZero();
            assertThat(err.toString()).contains(":5: review_rating").contains("skipped; fitting on the 797 valid rows");
            assertThat(new ObjectMapper()
                            .readTree(out.toString())
                            .get("reviews")
                            .asInt())
                    .isEqualTo(797);
        }

        @Test
        void saysWhenTheFileDoesNotExist() {
            int code = run("fsrs", "optimize", "--revlog", "no/such/revlog.csv");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("no/such/revlog.csv does not exist");
        }
    }
}
