package dev.examloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.support.Http;
import dev.examloop.support.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Long writes do not hold the database: a large review-log import runs in the background, in short transactions,
 * says how far it got and when it is done. A contract both databases keep ({@code LongWritesApiTest}). Timings are in bench/ (import-while-saving), not here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class LongWritesApiContract {
    private static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration\n";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Response postCsv(String csv) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review/log"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** {@code cards} cards of {@code perCard} reviews each, a day apart, every fifth one "Again". */
    static List<String> log(long firstCard, int cards, int perCard) {
        List<String> lines = new ArrayList<>();
        for (long card = firstCard; card < firstCard + cards; card++) {
            for (int k = 0; k < perCard; k++) {
                long at = 1_700_000_000_000L + k * 86_400_000L + card;
                int rating = k % 5 == 4 ? 1 : 3;
                lines.add(card + "," + at + "," + rating + "," + (k == 0 ? 0 : 2) + "," + (1000 + k));
            }
        }
        return lines;
    }

    JsonNode waitUntilFinished(String location) throws InterruptedException {
        JsonNode job = http.get(location).json();
        // Bounded: an import of this size takes seconds; a minute means it hangs.
        for (int i = 0; i < 600 && job.get("status").asText().equals("running"); i++) {
            Thread.sleep(100);
            job = http.get(location).json();
        }
        return job;
    }

    @Test
    void importsALargeLogInTheBackgroundAndSaysWhenItIsDone() throws Exception {
        List<String> lines = log(700_000, 600, 20);
        Http.Response started = postCsv(HEADER + String.join("\n", lines) + "\n");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).startsWith("/api/review/log/imports/");
        assertThat(started.json().get("rows").asInt()).isEqualTo(12_000);

        JsonNode job = waitUntilFinished(started.location());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("reviewsWritten").asLong()).isEqualTo(12_000);
        assertThat(job.get("summary").get("reviewsAdded").asInt()).isEqualTo(12_000);
        assertThat(job.get("summary").get("cardsCreated").asInt()).isEqualTo(600);
        assertThat(job.get("message").asText()).contains("imported 12000 reviews");
        assertThat(http.get("/api/review/log/imports").json().findValuesAsText("id"))
                .contains(job.get("id").asText());

        String exported = http.get("/api/review/log.csv").body();
        List<String> back = exported.lines()
                .filter(l -> l.startsWith("7"))
                .filter(l -> Long.parseLong(l.substring(0, l.indexOf(','))) >= 700_000)
                .toList();
        assertThat(back).containsExactlyInAnyOrderElementsOf(lines);
        JsonNode card = http.get("/api/cards").json();
        assertThat(card.toString()).contains("Imported card 700000");
    }

    @Test
    void importingTheSameLargeLogAgainAddsNothing() throws Exception {
        List<String> lines = log(800_000, 550, 20);
        String csv = HEADER + String.join("\n", lines) + "\n";
        JsonNode first = waitUntilFinished(postCsv(csv).location());
        assertThat(first.get("status").asText()).isEqualTo("done");
        Http.Response again = postCsv(csv);
        assertThat(again.status()).isEqualTo(202);
        JsonNode second = waitUntilFinished(again.location());
        assertThat(second.get("status").asText()).isEqualTo("done");
        assertThat(second.get("summary").get("reviewsAdded").asInt()).isZero();
        assertThat(second.get("summary").get("duplicatesSkipped").asInt()).isEqualTo(11_000);
    }

    @Test
    void refusesALargeLogWithAProblemAtOnceWritingNothing() {
        List<String> lines = new ArrayList<>(log(900_000, 600, 20));
        lines.set(11_000, "900550,1700000000000,9,2,1000");
        Http.Response refused = postCsv(HEADER + String.join("\n", lines) + "\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("nothing was imported");
        assertThat(http.get("/api/review/log.csv").body()).doesNotContain("\n900000,");
    }
}
