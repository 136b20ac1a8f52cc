package dev.examloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.support.Http;
import dev.examloop.support.MutableClock;
import dev.examloop.support.TestClockConfiguration;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Post-mortem, board and review API: a contract run on SQLite and on PostgreSQL. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class ReviewLoopApiContract {
    @LocalServerPort
    int port;

    @Autowired
    PackCatalog catalog;

    @Autowired
    MutableClock clock;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private Http.Response patch(String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sits SHORT-01: question s-1 flagged but right, s-2 wrong, s-6 guessed but right, the rest right. */
    String sitShortExam() {
        String id = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        for (int n = 1; n <= 6; n++) {
            Question q = dev.examloop.support.ExamQuestions.behind(
                    catalog,
                    "SHORT-01",
                    http.get("/api/attempts/" + id + "/questions/" + n).json());
            List<String> answer = q.id().equals("s-2")
                    ? List.of(q.options().stream()
                            .map(Option::id)
                            .filter(o -> !q.key().contains(o))
                            .findFirst()
                            .orElseThrow())
                    : q.key();
            http.put(
                    "/api/attempts/" + id + "/answers/" + n,
                    "{\"selected\":" + json(answer) + ",\"flagged\":" + q.id().equals("s-1") + ",\"guessed\":"
                            + q.id().equals("s-6") + "}");
        }
        http.post("/api/attempts/" + id + "/submit", null);
        return id;
    }

    Map<String, JsonNode> itemsByQuestion(JsonNode postMortem) {
        Map<String, JsonNode> items = new HashMap<>();
        postMortem.get("items").forEach(i -> items.put(i.get("questionId").asText(), i));
        return items;
    }

    int positionOf(String attemptId, String questionId) {
        return itemsByQuestion(
                        http.get("/api/attempts/" + attemptId + "/postmortem").json())
                .get(questionId)
                .get("n")
                .asInt();
    }

    Http.Response write(String attemptId, int n, String topic, int confidence) {
        return http.put(
                "/api/attempts/" + attemptId + "/postmortem/" + n,
                "{\"explanation\":\"EBS gives block devices; "
                        + "S3 stores objects.\",\"topic\":\"" + topic
                        + "\",\"links\":[\"https://docs.aws.amazon.com/ebs/\"],"
                        + "\"confidence\":" + confidence + "}");
    }

    @Test
    void listsTheMissedFlaggedAndGuessedQuestionsWithPrefilledTopicsAndLinks() {
        String id = sitShortExam();
        JsonNode pm = http.get("/api/attempts/" + id + "/postmortem").json();
        Map<String, JsonNode> items = itemsByQuestion(pm);
        assertThat(items.keySet()).containsExactlyInAnyOrder("s-1", "s-2", "s-6");
        assertThat(items.get("s-1").get("why").toString()).isEqualTo("[\"flagged\"]");
        assertThat(items.get("s-2").get("why").toString()).isEqualTo("[\"missed\"]");
        assertThat(items.get("s-6").get("why").toString()).isEqualTo("[\"guessed\"]");
        assertThat(items.get("s-2").get("suggestedTopic").asText()).isEqualTo("block-storage");
        assertThat(items.get("s-2").get("references").get(0).asText()).startsWith("https://docs.aws.amazon.com/ebs/");
        assertThat(pm.get("total").asInt()).isEqualTo(3);
        assertThat(pm.get("done").asInt()).isZero();
    }

    @Test
    void turnsAnEntryIntoACardAndGathersRepeatedMistakesOnIt() {
        String first = sitShortExam();
        int n = positionOf(first, "s-2");
        Http.Response saved = write(first, n, "block-storage", 3);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String cardId = saved.json().get("cardId").asText();
        JsonNode card = http.get("/api/cards/" + cardId).json();
        assertThat(card.get("zone").asText()).isEqualTo("yellow");
        assertThat(card.get("history")).hasSize(1);
        assertThat(http.get("/api/attempts/" + first + "/postmortem")
                        .json()
                        .get("done")
                        .asInt())
                .isEqualTo(1);

        // Editing the entry changes the card's note, not its history.
        write(first, n, "block-storage", 3);
        assertThat(http.get("/api/cards/" + cardId).json().get("history")).hasSize(1);

        String second = sitShortExam();
        assertThat(write(second, positionOf(second, "s-2"), "block-storage", 3)
                        .json()
                        .get("cardId")
                        .asText())
                .isEqualTo(cardId);
        card = http.get("/api/cards/" + cardId).json();
        assertThat(card.get("history")).hasSize(2);
        assertThat(card.get("mistakes").asInt()).isEqualTo(2);
        assertThat(card.get("zone").asText()).isEqualTo("red");
        assertThat(card.get("zoneReason").asText()).startsWith("2 misses in the last 2 answers");
    }

    @Test
    void namesEveryProblemOfAnEntry() {
        String id = sitShortExam();
        Http.Response bad = http.put(
                "/api/attempts/" + id + "/postmortem/" + positionOf(id, "s-2"),
                "{\"explanation\":\" \",\"topic\":\"Not A Tag\",\"links\":[\"http://x\"],\"confidence\":6,\"domainId\":\"9\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").toString())
                .isEqualTo("[\"explanation\",\"domainId\",\"topic\",\"links\",\"confidence\"]");
        assertThat(http.put("/api/attempts/" + id + "/postmortem/99", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void logsAMockTakenElsewhereWithItsMissedTopicsAsCards() {
        Http.Response logged = http.post("/api/external-attempts", """
                {"pack":"SHORT-01","source":"Official sample set","takenOn":"2026-11-28","scorePercent":62.5,
                 "domains":[{"domainId":"1","percent":50},{"domainId":"2","percent":75}],
                 "missed":[{"topic":"Instance store versus EBS","domainId":"1","subConcept":"instance-store",
                            "explanation":"Instance store is lost when the instance stops.",
                            "link":"https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"}]}""");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String cardId = logged.json().get("cardIds").get(0).asText();
        JsonNode card = http.get("/api/cards/" + cardId).json();
        assertThat(card.get("title").asText()).isEqualTo("Instance store versus EBS");
        assertThat(card.get("topic").asText()).isEqualTo("instance-store");
        assertThat(card.get("history").get(0).get("source").asText()).isEqualTo("external");
        assertThat(http.get("/api/external-attempts").json().toString()).contains("Official sample set");

        Http.Response bad = http.post("/api/external-attempts", """
                {"pack":"SHORT-01","source":"","takenOn":"2099-01-01","scorePercent":120,
                 "domains":[{"domainId":"7","percent":50}],"missed":[{"topic":""}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details")).hasSize(5);
    }

    @Test
    void schedulesAReviewWithFsrsAndMovesTheZoneForAReasonTheCardShows() {
        Http.Response made = http.post("/api/cards", "{\"title\":\"SageMaker batch transform\",\"confidence\":2}");
        assertThat(made.status()).isEqualTo(201);
        String id = made.json().get("id").asText();
        assertThat(made.json().get("zone").asText()).isEqualTo("red");
        assertThat(made.json().get("zoneReason").asText()).isEqualTo("Confidence 2 of 5");
        assertThat(http.get("/api/cards/" + id + "/prompt").json().get("intervals"))
                .hasSize(4);
        JsonNode reviewed = http.post("/api/cards/" + id + "/reviews", "{\"rating\":3,\"durationMs\":5000}")
                .json();
        assertThat(reviewed.get("state").asText()).isEqualTo("learning");
        assertThat(reviewed.get("zone").asText()).isEqualTo("yellow");
        assertThat(reviewed.get("due").asText())
                .isNotEqualTo(made.json().get("due").asText());
        assertThat(reviewed.get("stability").asDouble()).isPositive();

        clock.advance(Duration.ofMinutes(15));
        JsonNode graduated =
                http.post("/api/cards/" + id + "/reviews", "{\"rating\":3}").json();
        assertThat(graduated.get("state").asText()).isEqualTo("review");
        assertThat(Duration.between(
                                clock.instant(),
                                Instant.parse(graduated.get("due").asText()))
                        .toDays())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void refusesAWrongRatingAnUnknownCardAndABadColumn() {
        String id = http.post("/api/cards", "{\"title\":\"Kinesis shards\"}")
                .json()
                .get("id")
                .asText();
        Http.Response seven = http.post("/api/cards/" + id + "/reviews", "{\"rating\":7}");
        assertThat(seven.status()).isEqualTo(400);
        assertThat(seven.json().get("message").asText()).contains("was 7");
        assertThat(http.post("/api/cards/nope/reviews", "{\"rating\":3}").status())
                .isEqualTo(404);
        assertThat(patch("/api/cards/" + id, "{\"workflow\":\"done\"}").status())
                .isEqualTo(400);
        assertThat(http.post("/api/cards", "{\"title\":\"Kinesis shards\"}").status())
                .isEqualTo(409);
        assertThat(http.put(
                                "/api/review/settings",
                                "{\"desiredRetention\":0.5,\"newCardsPerDay\":10,\"scheduleMissedQuestions\":true}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void filtersTheBoardAndPutsTheWeakestFirst() {
        String strong = http.post(
                        "/api/cards", "{\"title\":\"Model Monitor baselines\",\"confidence\":4,\"domainId\":\"2\"}")
                .json()
                .get("id")
                .asText();
        String weak = http.post("/api/cards", "{\"title\":\"Glue bookmarks\",\"confidence\":1,\"domainId\":\"1\"}")
                .json()
                .get("id")
                .asText();
        List<String> order = new ArrayList<>();
        http.get("/api/cards").json().forEach(c -> order.add(c.get("id").asText()));
        assertThat(order.indexOf(weak)).isLessThan(order.indexOf(strong));
        // The filtered lists must hold the card that belongs in them (a filter that returned nothing would pass a
        // check of each element alone) and not the one that does not.
        JsonNode red = http.get("/api/cards?zone=red").json();
        List<String> redIds = new ArrayList<>();
        red.forEach(c -> redIds.add(c.get("id").asText()));
        assertThat(redIds).contains(weak).doesNotContain(strong);
        assertThat(red).allSatisfy(c -> assertThat(c.get("zone").asText()).isEqualTo("red"));
        JsonNode domainTwo = http.get("/api/cards?domain=2").json();
        List<String> domainTwoIds = new ArrayList<>();
        domainTwo.forEach(c -> domainTwoIds.add(c.get("id").asText()));
        assertThat(domainTwoIds).contains(strong).doesNotContain(weak);
        assertThat(domainTwo)
                .allSatisfy(c -> assertThat(c.get("domainId").asText()).isEqualTo("2"));
        assertThat(http.get("/api/cards?zone=purple").status()).isEqualTo(400);
        assertThat(patch("/api/cards/" + weak, "{\"workflow\":\"reviewing\"}")
                        .json()
                        .get("workflow")
                        .asText())
                .isEqualTo("reviewing");
    }

    @Test
    void buildsADailyQueueOfRedDueAndNewCardsAndAnEverythingSession() {
        String red = http.post("/api/cards", "{\"title\":\"Queue red card\",\"confidence\":1}")
                .json()
                .get("id")
                .asText();
        JsonNode queue = http.get("/api/review/queue").json();
        assertThat(queue.get("kind").asText()).isEqualTo("daily");
        List<String> reasons = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        queue.get("items").forEach(i -> {
            reasons.add(i.get("reason").asText());
            ids.add(i.get("card").get("id").asText());
        });
        assertThat(ids).contains(red);
        assertThat(reasons.get(0)).isEqualTo("red");
        List<String> zones = new ArrayList<>();
        http.get("/api/review/queue?everything=true")
                .json()
                .get("items")
                .forEach(i -> zones.add(i.get("card").get("zone").asText()));
        assertThat(zones)
                .as("the everything session holds the red card at least")
                .contains("red");
        List<String> sorted = new ArrayList<>(zones);
        sorted.sort(
                Comparator.comparingInt(z -> List.of("red", "yellow", "green").indexOf(z)));
        assertThat(zones).isEqualTo(sorted);
    }

    private Http.Response postCsv(String csv) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review/log"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void exportsTheReviewLogAsFsrsCsvAndImportsAllOrNothing() {
        String id = http.post("/api/cards", "{\"title\":\"Revlog card\"}")
                .json()
                .get("id")
                .asText();
        http.post("/api/cards/" + id + "/reviews", "{\"rating\":3,\"durationMs\":1500}");
        String csv = http.get("/api/review/log.csv").body();
        long number = http.get("/api/cards/" + id).json().get("number").asLong();
        assertThat(csv)
                .startsWith("card_id,review_time,review_rating,review_state,review_duration\n")
                .contains("\n" + number + "," + clock.millis() + ",3,0,1500\n");

        Http.Response bad = postCsv("card_id,review_time,review_rating,review_state,review_duration\n"
                + "900001,1764400000000,3,0,5000\n900001,1764400600000,9,1,4000\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").get(0).asText()).contains(":3: review_rating: '9' is not a rating");
        assertThat(http.get("/api/review/log.csv").body()).doesNotContain("900001");

        Http.Response good = postCsv("card_id,review_time,review_rating,review_state,review_duration\n"
                + "900001,1764400000000,3,0,5000\n900001,1764400600000,3,1,4000\n");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("reviewsAdded").asInt()).isEqualTo(2);
        assertThat(http.get("/api/review/log.csv").body()).contains("900001,1764400600000,3,1,4000");
    }

    @Test
    void describesTheLoopInTheOpenApiDocument() {
        List<String> paths = new ArrayList<>();
        http.get("/v3/api-docs").json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/attempts/{id}/postmortem",
                        "/api/attempts/{id}/postmortem/{n}",
                        "/api/external-attempts",
                        "/api/cards",
                        "/api/cards/{id}",
                        "/api/cards/{id}/prompt",
                        "/api/cards/{id}/reviews",
                        "/api/review/queue",
                        "/api/review/log.csv",
                        "/api/review/log",
                        "/api/review/settings");
    }
}
