package dev.examloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.revlog.ReplayedReview;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import dev.examloop.support.Http;
import dev.examloop.support.TestClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * "Optimise my schedule" through the API and the board page: a contract run on SQLite and on PostgreSQL. The
 * steps build on each other (an empty log, then 800 imported reviews, then two fits), so they run in order.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ScheduleOptimisationApiContract {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String fixture() {
        try {
            return Files.readString(Path.of(ScheduleOptimisationApiContract.class
                    .getResource("/revlog/optimize.csv")
                    .toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Response postCsv(String csv) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review/log"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    @Order(1)
    void schedulesWithTheDefaultsAndRefusesToOptimiseBelowTheThreshold() {
        JsonNode status = http.get("/api/review/parameters").json();
        assertThat(status.get("threshold").asInt()).isEqualTo(ScheduleOptimiser.MIN_REVIEWS);
        assertThat(status.get("enough").asBoolean()).isFalse();
        assertThat(status.get("active").isNull()).isTrue();

        Http.Response refused = http.post("/api/review/parameters", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).isEqualTo("not-enough-reviews");
        assertThat(refused.json().get("message").asText()).contains("at least 400 reviews");
    }

    @Test
    @Order(2)
    void fitsTheLogAndSchedulesWithTheFittedParameters() {
        assertThat(postCsv(fixture()).status()).isEqualTo(200);
        String card = http.get("/api/cards").json().get(0).get("id").asText();
        String promptBefore = http.get("/api/cards/" + card + "/prompt").body();

        Http.Response created = http.post("/api/review/parameters", null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode set = created.json();
        assertThat(set.get("weights")).hasSize(21);
        assertThat(set.get("active").asBoolean()).isTrue();
        assertThat(set.get("reviews").asInt()).isEqualTo(800);
        assertThat(set.get("outcome").asText()).isEqualTo("TRAINED");
        assertThat(set.get("logLoss").asDouble())
                .isLessThan(set.get("defaultLogLoss").asDouble());

        JsonNode status = http.get("/api/review/parameters").json();
        assertThat(status.get("active").get("id").asText())
                .isEqualTo(set.get("id").asText());
        assertThat(http.get("/api/cards/" + card + "/prompt").body())
                .as("the intervals offered now come from the fitted parameters")
                .isNotEqualTo(promptBefore);
    }

    @Test
    @Order(3)
    void keepsEveryFitAndRevertsToThePreviousOneOrToTheDefaults() {
        String first = http.get("/api/review/parameters")
                .json()
                .get("active")
                .get("id")
                .asText();
        http.post(
                "/api/cards/" + http.get("/api/cards").json().get(0).get("id").asText() + "/reviews", "{\"rating\":3}");
        String second =
                http.post("/api/review/parameters", null).json().get("id").asText();

        JsonNode status = http.get("/api/review/parameters").json();
        assertThat(status.get("sets")).hasSize(2);
        assertThat(status.get("active").get("id").asText()).isEqualTo(second);
        assertThat(status.get("revertTo").get("id").asText()).isEqualTo(first);

        assertThat(http.post("/api/review/parameters/" + first + "/activate", null)
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
        assertThat(http.get("/api/review/parameters")
                        .json()
                        .get("active")
                        .get("id")
                        .asText())
                .isEqualTo(first);

        assertThat(http.post("/api/review/parameters/default/activate", null).status())
                .isEqualTo(204);
        JsonNode reverted = http.get("/api/review/parameters").json();
        assertThat(reverted.get("active").isNull()).isTrue();
        assertThat(reverted.get("sets")).hasSize(2);
    }

    @Test
    @Order(4)
    void answers404ForAnUnknownParameterSet() {
        assertThat(http.post("/api/review/parameters/no-such-set/activate", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void offersTheOptimisationOnTheBoardPageWithTheThresholdAndARevertButton() {
        String first = http.get("/api/review/parameters")
                .json()
                .get("sets")
                .get(1)
                .get("id")
                .asText();
        http.postForm("/review/parameters/" + first + "/activate", "");
        String page = http.get("/board").body();
        assertThat(page)
                .contains("Optimise my schedule")
                .contains("needs at least 400")
                .contains("Optimise now")
                .contains("Revert to the defaults")
                .contains("log loss");
    }

    /**
     * A change of parameters computes every reviewed card's memory state again from its history: under the defaults
     * it is what replaying the exported log with the default scheduler gives, card by card; going back to a fitted
     * set gives back that set's states exactly; due dates do not move.
     */
    @Test
    @Order(7)
    void recomputesEveryReviewedCardsMemoryWhenTheParametersChangeAndGivesItBackOnReverting() {
        String first = http.get("/api/review/parameters")
                .json()
                .get("sets")
                .get(1)
                .get("id")
                .asText();
        http.post("/api/review/parameters/" + first + "/activate", null);
        Map<Long, double[]> fitted = memory();
        Map<Long, String> dueFitted = due();
        assertThat(fitted).hasSizeGreaterThan(50);

        assertThat(http.post("/api/review/parameters/default/activate", null).status())
                .isEqualTo(204);
        Map<Long, double[]> defaults = memory();
        assertThat(due()).as("due dates stay").isEqualTo(dueFitted);
        RevlogReadResult log =
                RevlogReader.read("log.csv", http.get("/api/review/log.csv").body());
        Map<Long, ReplayedReview> replayed = new HashMap<>();
        RevlogReplay.replay(new Scheduler(SchedulerSettings.DEFAULT), log.rows())
                .forEach(review -> replayed.put(review.cardId(), review));
        assertThat(defaults.keySet()).isEqualTo(replayed.keySet());
        defaults.forEach((number, state) -> {
            assertThat(state[0])
                    .as("stability of card %d", number)
                    .isEqualTo(replayed.get(number).stability());
            assertThat(state[1])
                    .as("difficulty of card %d", number)
                    .isEqualTo(replayed.get(number).difficulty());
        });
        long changed = fitted.keySet().stream()
                .filter(n -> fitted.get(n)[0] != defaults.get(n)[0])
                .count();
        assertThat(changed)
                .as("cards whose stability the fitted parameters set apart")
                .isGreaterThan(fitted.size() / 2);

        http.post("/api/review/parameters/" + first + "/activate", null);
        Map<Long, double[]> again = memory();
        assertThat(again.keySet()).isEqualTo(fitted.keySet());
        again.forEach((number, state) -> assertThat(state).as("card %d", number).containsExactly(fitted.get(number)));
    }

    /** (stability, difficulty) of every reviewed card, by number. */
    private Map<Long, double[]> memory() {
        Map<Long, double[]> states = new TreeMap<>();
        http.get("/api/cards").json().forEach(card -> {
            if (card.hasNonNull("stability")) {
                states.put(card.get("number").asLong(), new double[] {
                    card.get("stability").asDouble(), card.get("difficulty").asDouble()
                });
            }
        });
        return states;
    }

    private Map<Long, String> due() {
        Map<Long, String> due = new TreeMap<>();
        http.get("/api/cards")
                .json()
                .forEach(card ->
                        due.put(card.get("number").asLong(), card.get("due").asText()));
        return due;
    }

    @Test
    @Order(6)
    void describesTheOptimisationInTheOpenApiDocument() {
        List<String> paths = new ArrayList<>();
        http.get("/v3/api-docs").json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/review/parameters",
                        "/api/review/parameters/{id}/activate",
                        "/api/review/parameters/default/activate");
    }
}
