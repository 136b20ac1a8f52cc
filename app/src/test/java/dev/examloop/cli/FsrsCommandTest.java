package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewLog;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsrsCommandTest {
    private static final String HEADER = "card_id,review_time,rating,stability,difficulty,retrievability,interval_days";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    private static Path smallLog() {
        try {
            return Path.of(
                    FsrsCommandTest.class.getResource("/revlog/small.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> outputLines() {
        return out.toString().lines().toList();
    }

    /** The field {@code column} (from 0) of the output row for the review of {@code cardId} at {@code time}. */
    private String outputField(long cardId, long time, int column) {
        return outputLines().stream()
                .filter(line -> line.startsWith(cardId + "," + time + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no output for card " + cardId + " at " + time))
                .split(",", -1)[column];
    }

    /** One review of small.csv, replayed by hand through the core scheduler. */
    private record Expected(long cardId, ReviewLog log, boolean first) {}

    private static List<Expected> replayByHand(Scheduler scheduler) throws Exception {
        List<String[]> rows = Files.readAllLines(smallLog()).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .sorted(Comparator.<String[]>comparingLong(r -> Long.parseLong(r[0]))
                        .thenComparingLong(r -> Long.parseLong(r[1])))
                .toList();
        List<Expected> expected = new ArrayList<>();
        Card card = null;
        long cardId = -1;
        for (String[] row : rows) {
            Instant at = Instant.ofEpochMilli(Long.parseLong(row[1]));
            boolean first = Long.parseLong(row[0]) != cardId;
            if (first) {
                cardId = Long.parseLong(row[0]);
                card = Card.newCard(at);
            }
            ReviewOutcome outcome = scheduler.review(card, Rating.ofGrade(Integer.parseInt(row[2])), at);
            card = outcome.card();
            expected.add(new Expected(cardId, outcome.log(), first));
        }
        return expected;
    }

    /** Checks that every output row after the header shows what the scheduler made of that review. */
    private void assertOutputMatches(List<Expected> expected) {
        List<String> lines = outputLines().subList(1, outputLines().size());
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 0; i < lines.size(); i++) {
            String[] got = lines.get(i).split(",", -1);
            Expected want = expected.get(i);
            String where = "line " + (i + 2) + ": " + lines.get(i);
            assertThat(got).as(where).hasSize(7);
            assertThat(Long.parseLong(got[0])).as(where).isEqualTo(want.cardId());
            assertThat(Long.parseLong(got[1]))
                    .as(where)
                    .isEqualTo(want.log().reviewedAt().toEpochMilli());
            assertThat(Integer.parseInt(got[2]))
                    .as(where)
                    .isEqualTo(want.log().rating().grade());
            // The model rounds these to 8 decimals, which the output keeps exactly.
            assertThat(Double.parseDouble(got[3]))
                    .as(where)
                    .isEqualTo(want.log().memory().stability());
            assertThat(Double.parseDouble(got[4]))
                    .as(where)
                    .isEqualTo(want.log().memory().difficulty());
            if (want.first()) {
                assertThat(got[5])
                        .as(where + ": no retrievability before a first review")
                        .isEmpty();
            } else {
                assertThat(Double.parseDouble(got[5]))
                        .as(where)
                        .isEqualTo(want.log().retrievability());
            }
            assertThat(Double.parseDouble(got[6]))
                    .as(where)
                    .isCloseTo(want.log().interval().toMillis() / 86_400_000.0, within(5e-9));
        }
    }

    @Nested
    @DisplayName("replaying a good review log")
    class GoodLog {
        @Test
        void printsTheHeaderAndOneRowPerReviewByCardThenTimeAndNothingOnStandardError() {
            assertThat(run("fsrs", "replay", smallLog().toString())).isZero();
            assertThat(err.toString()).isEmpty();
            assertThat(outputLines()).first().isEqualTo(HEADER);
            assertThat(outputLines()).hasSize(1 + 12);
            assertThat(outputLines().stream()
                            .skip(1)
                            .map(line -> line.split(",", -1)[0])
                            .collect(Collectors.joining(" ")))
                    .isEqualTo("101 101 101 101 102 102 102 102 102 103 103 103");
        }

        @Test
        void printsForEveryReviewWhatTheCoreSchedulerComputes() throws Exception {
            assertThat(run("fsrs", "replay", smallLog().toString())).isZero();
            assertOutputMatches(replayByHand(Scheduler.withDefaults()));
        }

        @Test
        void agreesWithTsFsrsOnTheHistoriesTheLogWasTakenFrom() {
            // Cards 101 and 102 are the first reviews of the histories "good-at-every-due" and
            // "lapse-then-relearning-steps" of core/src/test/resources/fsrs/vectors.json (ts-fsrs 5.4.2, FSRS-6
            // defaults, fuzz off); these lines are ts-fsrs's stability, difficulty, retrievability and interval.
            assertThat(run("fsrs", "replay", smallLog().toString())).isZero();
            assertThat(outputLines())
                    .contains(
                            "101,1705219800000,3,46.31685657,2.09745544,0.89981884,46",
                            "102,1718323260000,1,4.2094527,7.38771571,0.89807071,0.00694444");
        }

        @Test
        void givesTheRetrievabilityOfTheForgettingCurveComputedByHand() {
            // Card 103: Easy on 2024-01-02 gives S = w3 = 8.2956; Again 8 UTC days later. By eq. 1, with bc -l:
            // factor = 0.9^(-1/0.1542) - 1 = 0.98034649, R = (1 + 0.98034649 * 8 / 8.2956)^(-0.1542) = 0.90247330.
            assertThat(run("fsrs", "replay", smallLog().toString())).isZero();
            assertThat(outputField(103, 1704888000000L, 5)).isEqualTo("0.9024733");
        }

        @Test
        void printsTheFirstLearningStepAsAFractionOfADay() {
            assertThat(run("fsrs", "replay", smallLog().toString())).isZero();
            assertThat(outputLines().get(1)).isEqualTo("101,1704096000000,3,2.3065,2.11810397,,0.00694444");
        }
    }

    @Nested
    @DisplayName("the scheduler options")
    class Options {
        @Test
        void useTheWeightsGivenWithParams() throws Exception {
            List<Double> weights = new ArrayList<>(Parameters.DEFAULT.weights());
            weights.set(2, 3.5); // a higher initial stability after Good
            weights.set(20, 0.3); // a faster-falling forgetting curve
            String params = weights.stream().map(String::valueOf).collect(Collectors.joining(", "));
            assertThat(run("fsrs", "replay", "--params", params, smallLog().toString()))
                    .isZero();
            assertOutputMatches(
                    replayByHand(new Scheduler(SchedulerSettings.DEFAULT.withParameters(new Parameters(weights)))));
            assertThat(outputField(101, 1704096000000L, 3)).isEqualTo("3.5");
        }

        @Test
        void useTheDesiredRetentionGivenWithRetention() throws Exception {
            assertThat(run("fsrs", "replay", "--retention", "0.8", smallLog().toString()))
                    .isZero();
            assertOutputMatches(replayByHand(new Scheduler(SchedulerSettings.DEFAULT.withDesiredRetention(0.8))));
            // card 101's fourth review: S = 46.31685657 is 46 days at retention 0.9, longer at 0.8
            assertThat(Double.parseDouble(outputField(101, 1705219800000L, 6))).isGreaterThan(46);
        }

        @Test
        void refuseWeightsOutsideTheirRangesWithTheMessageOfParameters() {
            List<Double> weights = new ArrayList<>(Parameters.DEFAULT.weights());
            weights.set(0, 200.0);
            String params = weights.stream().map(String::valueOf).collect(Collectors.joining(","));
            assertThat(run("fsrs", "replay", "--params", params, smallLog().toString()))
                    .isEqualTo(2);
            assertThat(err.toString())
                    .contains("--params: invalid FSRS-6 parameters: w0 = 200.0 is outside "
                            + "[0.001, 100.0] (initial stability after Again)");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void refuseAWrongNumberOfWeightsOrOneThatIsNoNumber() {
            assertThat(run(
                            "fsrs",
                            "replay",
                            "--params",
                            "0.2,1.3,2.3",
                            smallLog().toString()))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("FSRS-6 takes 21 weights (w0 to w20), got 3");
            assertThat(run("fsrs", "replay", "--params", "0.2,abc", smallLog().toString()))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--params: 'abc' (w1) is not a number");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void refuseARetentionOutsideZeroToOne() {
            assertThat(run("fsrs", "replay", "--retention", "1", smallLog().toString()))
                    .isEqualTo(2);
            assertThat(err.toString())
                    .contains(
                            "--retention: desired retention must lie strictly between 0 and 1 (0.9 means 90 %), was 1.0");
            assertThat(out.toString()).isEmpty();
        }
    }

    @Nested
    @DisplayName("a review log with problems")
    class BadLog {
        @Test
        void reportsEveryProblemWithFileLineAndFieldOnStandardErrorAndReplaysNothing(@TempDir Path dir)
                throws Exception {
            Path log = dir.resolve("revlog.csv");
            Files.writeString(log, """
                    card_id,review_time,review_rating,review_state,review_duration
                    101,1704096000000,3,0,6120
                    101,yesterday,3,1,3410
                    102,1704498660000,7,0,8200
                    101,1704000000000,3,2,2950
                    103,1704196800000,4
                    """);
            assertThat(run("fsrs", "replay", log.toString())).isEqualTo(1);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString().lines().toList())
                    .containsExactly(
                            log + ":3: review_time: 'yesterday' is not a time in milliseconds since 1970-01-01T00:00Z "
                                    + "(a whole number, 0 or more)",
                            log + ":4: review_rating: '7' is not a rating (1 Again, 2 Hard, 3 Good, 4 Easy)",
                            log
                                    + ":5: review_time: 1704000000000 (2023-12-31T05:20:00Z) comes before the review of card 101 "
                                    + "on line 2 (2024-01-01T08:00:00Z); a card's reviews must be in time order",
                            log
                                    + ":6: 3 fields where the header has 5; every row needs a value, or an empty place, for "
                                    + "each column",
                            "4 problems in " + log + " — nothing was replayed; fix them and run again");
        }

        @Test
        void reportsAMissingHeaderColumn(@TempDir Path dir) throws Exception {
            Path log = dir.resolve("no-rating.csv");
            Files.writeString(log, "card_id,review_time\n101,1704096000000\n");
            assertThat(run("fsrs", "replay", log.toString())).isEqualTo(1);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).contains(log + ":1: review_rating: missing from the header");
        }
    }

    @Test
    void saysClearlyWhenTheFileDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertThat(run("fsrs", "replay", missing.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("examloop fsrs replay: " + missing + " does not exist");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void saysClearlyWhenTheFileIsAFolder(@TempDir Path dir) {
        assertThat(run("fsrs", "replay", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + " is a folder");
    }

    @Test
    void showsItsSubcommandsWhenRunAlone() {
        assertThat(run("fsrs")).isZero();
        assertThat(out.toString()).contains("replay");
    }
}
