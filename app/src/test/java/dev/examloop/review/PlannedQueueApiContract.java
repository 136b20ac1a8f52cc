package dev.examloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.cli.ExamloopCommand;
import dev.examloop.support.Http;
import dev.examloop.support.TestClockConfiguration;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The daily queue of a learner with an exam is the core's plan for today, the same list `examloop schedule today`
 * prints for the exported review log: a contract run on SQLite and on PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
// Closed after the class: each PostgreSQL context keeps a pool of 16 connections open while it is cached, and the
// suite's PostgreSQL contexts together come near the server's 100.
@DirtiesContext
abstract class PlannedQueueApiContract {
    /** Ten days from the test clock's 2026-11-29T09:00Z. */
    private static final String GOAL = "{\"pack\":\"SHORT-01\",\"examDate\":\"2026-12-09\",\"examTime\":\"09:00\","
            + "\"timeZone\":\"Europe/Paris\",\"hoursPerDay\":4}";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private static String fixture() {
        try {
            return Files.readString(Path.of(PlannedQueueApiContract.class
                    .getResource("/revlog/optimize.csv")
                    .toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String joined(JsonNode numbers) {
        List<String> parts = new ArrayList<>();
        numbers.forEach(n -> parts.add(n.asText()));
        return String.join(",", parts);
    }

    @Test
    void listsTodaysPlanForTheExamAsTheCommandLineDoesForTheExportedLog() throws IOException {
        Http http = new Http(port);
        Http.Response imported =
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review/log"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(fixture())));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Http.Response goal = http.post("/api/goals", GOAL);
        assertThat(goal.status()).as(goal.body()).isIn(200, 201);

        JsonNode queue = http.get("/api/review/queue").json();
        JsonNode basis = queue.get("basis");
        assertThat(basis.isObject()).as(queue.toString()).isTrue();
        List<String> planned = new ArrayList<>();
        queue.get("items").forEach(item -> {
            if (item.get("reason").asText().equals("due")) {
                planned.add(item.get("card").get("number").asText());
            }
        });
        Path log = dir.resolve("log.csv");
        Files.writeString(log, http.get("/api/review/log.csv").body());

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExamloopCommand.run(
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        "schedule",
                        "today",
                        "--revlog",
                        log.toString(),
                        "--today",
                        basis.get("today").asText(),
                        "--exam-at",
                        basis.get("examAt").asText(),
                        "--minutes",
                        joined(basis.get("minutes")),
                        "--seconds-per-review",
                        basis.get("secondsPerReview").asText(),
                        "--time-zone",
                        basis.get("timeZone").asText(),
                        "--retention",
                        basis.get("desiredRetention").asText(),
                        "--params",
                        joined(basis.get("weights")),
                        "--json")
                .exitCode();

        assertThat(code).as(err.toString()).isZero();
        assertThat(basis.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(basis.get("minutes").get(0).asDouble()).isPositive();
        assertThat(planned).isNotEmpty();
        StringBuilder expected = new StringBuilder("{\"review\":[");
        for (int i = 0; i < planned.size(); i++) {
            expected.append(i == 0 ? "\"" : ",\"").append(planned.get(i)).append('"');
        }
        assertThat(out.toString().strip()).isEqualTo(expected.append("]}").toString());
        double seconds = basis.get("secondsPerReview").asDouble();
        assertThat(planned.size() * seconds)
                .isLessThanOrEqualTo(basis.get("minutes").get(0).asDouble() * 60);
    }
}
