package dev.examloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.support.TestDatabases;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;

/** {@code examloop goal set}, {@code plan show} and {@code plan ics} against a SQLite data folder. */
class GoalAndPlanCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Path data = TestDatabases.dataDirWithTestPacks();
    private final String examDate = LocalDate.now(ZoneId.of("UTC")).plusDays(10).toString();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ExamloopCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args)
                .exitCode();
    }

    @Test
    void refusesABadGoalNamingEachProblemAndSavesNothing() {
        assertThat(run(
                        "goal",
                        "set",
                        "--pack",
                        "NOPE-01",
                        "--exam-date",
                        "2020-01-01",
                        "--hours-per-day",
                        "0",
                        "--data",
                        data.toString()))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("examloop goal set: pack: 'NOPE-01' is not a loaded pack")
                .contains("examDate: 2020-01-01 09:00 is in the past")
                .contains("hoursPerDay: no study time on any day")
                .contains("nothing was saved")
                .doesNotContain("Exception");
        assertThat(run("goal", "show", "--data", data.toString())).isEqualTo(1);
        assertThat(run("plan", "show", "--data", data.toString())).isEqualTo(1);
    }

    @Test
    void setsAGoalAndPrintsThePlanAsTextJsonAndICalendar() throws Exception {
        assertThat(run(
                        "goal",
                        "set",
                        "--pack",
                        "SHORT-01",
                        "--exam-date",
                        examDate,
                        "--hours-per-day",
                        "5",
                        "--time-zone",
                        "UTC",
                        "--data",
                        data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).startsWith("Goal: SHORT-01");

        assertThat(run("plan", "show", "--days", "2", "--data", data.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Plan to SHORT-01 on " + examDate).contains("Full-length mock exam");

        assertThat(run("plan", "show", "--days", "3", "--json", "--data", data.toString()))
                .isZero();
        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertThat(plan.get("days")).hasSize(3);
        assertThat(plan.get("goal").get("pack").asText()).isEqualTo("SHORT-01");

        assertThat(run("plan", "ics", "--data", data.toString())).isZero();
        var calendar = new CalendarBuilder().build(new StringReader(out.toString()));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();
    }
}
