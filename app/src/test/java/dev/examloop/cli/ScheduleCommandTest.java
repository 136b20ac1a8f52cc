package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import dev.examloop.core.fsrs.schedule.CardToSchedule;
import dev.examloop.core.fsrs.schedule.DailyMinutes;
import dev.examloop.core.fsrs.schedule.DailyReviews;
import dev.examloop.core.fsrs.schedule.EasyDays;
import dev.examloop.core.fsrs.schedule.ScheduleRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    /** 800 reviews of one simulated learner, the last on 2025-04-30. */
    private static Path log() {
        try {
            return Path.of(ScheduleCommandTest.class
                    .getResource("/revlog/optimize.csv")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> ids) {
        StringBuilder text = new StringBuilder("{\"review\":[");
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
        }
        return text.append("]}").toString();
    }

    /** The core function's answer for the log, replayed by the test itself. */
    private static List<String> expected(Optional<Instant> exam, double minutes, double seconds, EasyDays easy)
            throws Exception {
        Map<Long, Card> cards = RevlogReplay.cards(
                new Scheduler(SchedulerSettings.DEFAULT),
                RevlogReader.read(log()).rows());
        List<CardToSchedule> input = new ArrayList<>();
        cards.forEach((id, card) -> input.add(new CardToSchedule(Long.toString(id), card)));
        return DailyReviews.today(new ScheduleRequest(
                        input,
                        LocalDate.of(2025, 5, 10),
                        exam,
                        DailyMinutes.every(minutes),
                        seconds,
                        easy,
                        ZoneId.of("UTC"),
                        SchedulerSettings.DEFAULT,
                        0))
                .review();
    }

    @Test
    void printsTheCoreFunctionsListForTheLogAsJson() throws Exception {
        int code = run(
                "schedule",
                "today",
                "--revlog",
                log().toString(),
                "--today",
                "2025-05-10",
                "--minutes",
                "10",
                "--seconds-per-review",
                "8",
                "--json");

        List<String> expected = expected(Optional.empty(), 10, 8, EasyDays.NONE);
        assertThat(code).isZero();
        assertThat(expected).isNotEmpty();
        assertThat(out.toString().strip()).isEqualTo(json(expected));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void plansForTheExamWithinTheMinutes() throws Exception {
        Instant exam = Instant.parse("2025-05-20T09:00:00Z");
        int code = run(
                "schedule",
                "today",
                "--revlog",
                log().toString(),
                "--today",
                "2025-05-10",
                "--exam-at",
                "2025-05-20T09:00:00Z",
                "--minutes",
                "2",
                "--seconds-per-review",
                "8",
                "--easy-days",
                "sat,sun",
                "--json");

        List<String> expected = expected(Optional.of(exam), 2, 8, EasyDays.parse("sat,sun"));
        assertThat(code).isZero();
        // 2025-05-10 is a Saturday: half of two minutes at 8 s a review.
        assertThat(expected).isNotEmpty().hasSizeLessThanOrEqualTo(7);
        assertThat(out.toString().strip()).isEqualTo(json(expected));
    }

    @Test
    void printsTheSameListOnEveryRun() {
        String[] args = {
            "schedule",
            "today",
            "--revlog",
            log().toString(),
            "--today",
            "2025-05-12",
            "--exam-at",
            "2025-06-01T08:00+02:00",
            "--minutes",
            "5",
            "--seconds-per-review",
            "6",
            "--time-zone",
            "Europe/Paris",
            "--json"
        };
        assertThat(run(args)).isZero();
        String first = out.toString();

        assertThat(run(args)).isZero();
        assertThat(first).startsWith("{\"review\":[\"").isEqualTo(out.toString());
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @TempDir
        Path dir;

        @Test
        void namesTheFileAndLineOfEachProblemAndExitsWith1() throws Exception {
            Path bad = dir.resolve("bad.csv");
            Files.writeString(
                    bad,
                    "card_id,review_time,review_rating\n1,1704096000000,3\n1,1704196000000,7\nx,1704296000000,3\n");

            int code = run(
                    "schedule",
                    "today",
                    "--revlog",
                    bad.toString(),
                    "--today",
                    "2025-05-10",
                    "--minutes",
                    "10",
                    "--seconds-per-review",
                    "8",
                    "--json");

            assertThat(code).isEqualTo(1);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString())
                    .contains(bad + ":3: review_rating")
                    .contains(bad + ":4: card_id")
                    .contains("2 problems in " + bad + " — nothing was scheduled");
        }

        @Test
        void refusesAMissingFile() {
            int code = run(
                    "schedule",
                    "today",
                    "--revlog",
                    dir.resolve("none.csv").toString(),
                    "--today",
                    "2025-05-10",
                    "--minutes",
                    "10",
                    "--seconds-per-review",
                    "8");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("none.csv does not exist");
        }

        @Test
        void refusesADayBeforeTheLastReview() {
            int code = run(
                    "schedule",
                    "today",
                    "--revlog",
                    log().toString(),
                    "--today",
                    "2025-04-01",
                    "--minutes",
                    "10",
                    "--seconds-per-review",
                    "8");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("--today 2025-04-01 comes before a review in");
        }

        @Test
        void refusesAnExamBeforeToday() {
            int code = run(
                    "schedule",
                    "today",
                    "--revlog",
                    log().toString(),
                    "--today",
                    "2025-05-10",
                    "--exam-at",
                    "2025-05-01T09:00:00Z",
                    "--minutes",
                    "10",
                    "--seconds-per-review",
                    "8");

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("is before --today 2025-05-10");
        }

        @Test
        void namesEachBadOptionWithItsValue() {
            String file = log().toString();
            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "10/05/2025",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "8"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--today: '10/05/2025' is not a date");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "ten",
                            "--seconds-per-review",
                            "8"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--minutes: 'ten' is not a number from 0 to 1440");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "0"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--seconds-per-review: '0' is not a number from 1 to 3600");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "8",
                            "--time-zone",
                            "Mars/Olympus"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--time-zone: 'Mars/Olympus' is not a time zone");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "8",
                            "--easy-days",
                            "funday"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--easy-days: 'funday' is not a weekday");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "8",
                            "--exam-at",
                            "next friday"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--exam-at: 'next friday' is not an instant");

            assertThat(run(
                            "schedule",
                            "today",
                            "--revlog",
                            file,
                            "--today",
                            "2025-05-10",
                            "--minutes",
                            "10",
                            "--seconds-per-review",
                            "8",
                            "--params",
                            "1,2,3"))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--params: FSRS-6 takes 21 weights");
            assertThat(out.toString()).isEmpty();
        }
    }
}
