package dev.examloop.exam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.support.Http;
import dev.examloop.support.MutableClock;
import dev.examloop.support.TestClockConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The REST API of attempts, as a contract both databases must keep: {@code AttemptApiTest} runs every test here on
 * each.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class AttemptApiContract {
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

    /** Tests share one database: a mock left running would lock the next test out (the exam lock). */
    @org.junit.jupiter.api.AfterEach
    void endRunningExam() {
        dev.examloop.support.ExamQuestions.abandonRunningExam(http);
    }

    String start(String body) {
        Http.Response response = http.post("/api/attempts", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    String shortExam() {
        return start("{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
    }

    Question questionAt(String attemptId, int n) {
        JsonNode view =
                http.get("/api/attempts/" + attemptId + "/questions/" + n).json();
        return dev.examloop.support.ExamQuestions.behind(
                catalog,
                http.get("/api/attempts/" + attemptId).json().get("pack").asText(),
                view);
    }

    static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static List<String> wrongAnswer(Question q) {
        return switch (q.type()) {
            case SINGLE ->
                List.of(q.options().stream()
                        .map(Option::id)
                        .filter(id -> !q.key().contains(id))
                        .findFirst()
                        .orElseThrow());
            case MULTIPLE ->
                q.options().stream()
                        .map(Option::id)
                        .filter(id -> !q.key().contains(id))
                        .limit(q.choose())
                        .toList();
            case ORDERING -> q.key().reversed();
            case MATCHING ->
                List.of(q.key().get(0).split(":")[0] + ":" + q.key().get(1).split(":")[1]);
        };
    }

    @Test
    void listsTheBundledPacksWithTheirQuestionsPerDomain() {
        JsonNode packs = http.get("/api/packs").json().get("packs");
        List<String> codes = new ArrayList<>();
        packs.forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).contains("MLS-C01", "MLA-C01", "SHORT-01");
        JsonNode mls = http.get("/api/packs/MLS-C01").json();
        assertThat(mls.get("status").asText()).isEqualTo("retired");
        assertThat(mls.get("retiredOn").asText()).isEqualTo("2026-03-31");
        assertThat(mls.get("durationMinutes").asInt()).isEqualTo(180);
        assertThat(mls.get("passingScore").asInt()).isEqualTo(750);
        int sum = 0;
        for (JsonNode d : mls.get("domains")) {
            assertThat(d.get("questions").asInt()).isPositive();
            sum += d.get("weight").asInt();
        }
        assertThat(sum).isEqualTo(100);
    }

    @Test
    void takesTheBlueprintCountAndDurationWithAServerKeptDeadline() {
        String id = shortExam();
        JsonNode attempt = http.get("/api/attempts/" + id).json();
        assertThat(attempt.get("questionCount").asInt()).isEqualTo(6);
        assertThat(attempt.get("status").asText()).isEqualTo("in_progress");
        assertThat(attempt.get("remainingSeconds").asLong()).isEqualTo(600);
        clock.advance(Duration.ofSeconds(95));
        assertThat(http.get("/api/attempts/" + id)
                        .json()
                        .get("remainingSeconds")
                        .asLong())
                .isEqualTo(505);
    }

    @Test
    void savesEachAnswerFlagAndGuessAsItIsGiven() {
        String id = shortExam();
        Http.Response saved = http.put(
                "/api/attempts/" + id + "/answers/2",
                "{\"selected\":" + json(questionAt(id, 2).key()) + ",\"flagged\":true,\"guessed\":true}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("flagged").asBoolean()).isTrue();
        JsonNode question = http.get("/api/attempts/" + id + "/questions/2").json();
        assertThat(question.get("selected")).hasSize(questionAt(id, 2).key().size());
        assertThat(question.get("flagged").asBoolean()).isTrue();
        assertThat(question.get("guessed").asBoolean()).isTrue();
        JsonNode attempt = http.get("/api/attempts/" + id).json();
        assertThat(attempt.get("answered").asInt()).isEqualTo(1);
        assertThat(attempt.get("items").get(1).get("flagged").asBoolean()).isTrue();
    }

    @Test
    void keepsTheSavedSelectionWhenOnlyTheFlagChanges() {
        String id = shortExam();
        List<String> key = questionAt(id, 1).key();
        http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":" + json(key) + "}");
        http.put("/api/attempts/" + id + "/answers/1", "{\"flagged\":true}");
        JsonNode question = http.get("/api/attempts/" + id + "/questions/1").json();
        assertThat(question.get("selected").toString()).isEqualTo(json(key));
        assertThat(question.get("flagged").asBoolean()).isTrue();
    }

    @Test
    void sendsNoKeyAndNoExplanationBeforeSubmit() {
        String id = shortExam();
        Pack pack = catalog.find("SHORT-01").orElseThrow();
        List<String> secrets = new ArrayList<>();
        for (Question q : pack.questions()) {
            secrets.add(q.explanation());
            q.options().forEach(o -> secrets.add(o.why()));
        }
        List<Http.Response> responses = new ArrayList<>();
        responses.add(http.get("/api/attempts/" + id));
        responses.add(http.get("/api/attempts"));
        for (int n = 1; n <= 6; n++) {
            responses.add(http.get("/api/attempts/" + id + "/questions/" + n));
            responses.add(http.put(
                    "/api/attempts/" + id + "/answers/" + n,
                    "{\"selected\":" + json(questionAt(id, n).key()) + ",\"flagged\":true}"));
            responses.add(http.post("/api/attempts/" + id + "/questions/" + n + "/check", null));
        }
        responses.add(http.get("/api/attempts/" + id + "/result"));
        for (Http.Response response : responses) {
            assertThat(response.body())
                    .doesNotContain("SECRET-")
                    .doesNotContain("\"key\"")
                    .doesNotContain("\"correct\":true");
            for (String secret : secrets) {
                assertThat(response.body()).doesNotContain(secret);
            }
            assertThat(response.status()).isNotEqualTo(500);
        }
        assertThat(http.post("/api/attempts/" + id + "/questions/1/check", null).status())
                .isEqualTo(409);
        assertThat(http.post("/api/attempts/" + id + "/submit", null).body()).contains("SECRET-EXPLANATION-S1");
    }

    @Test
    void scoresEveryTypeAndBreaksTheScoreDownByDomain() {
        String id = shortExam();
        for (int n = 1; n <= 6; n++) {
            Question q = questionAt(id, n);
            List<String> answer = q.id().equals("s-2") || q.id().equals("s-4") ? wrongAnswer(q) : q.key();
            assertThat(http.put("/api/attempts/" + id + "/answers/" + n, "{\"selected\":" + json(answer) + "}")
                            .status())
                    .isEqualTo(200);
        }
        JsonNode result = http.post("/api/attempts/" + id + "/submit", null).json();
        assertThat(result.get("correct").asInt()).isEqualTo(4);
        assertThat(result.get("total").asInt()).isEqualTo(6);
        JsonNode domains = result.get("domains");
        assertThat(
                        domains.get(0).get("name") == null
                                ? domains.get(0).get("title").asText()
                                : "")
                .isEqualTo("Storage");
        assertThat(domains.get(0).get("weight").asInt()).isEqualTo(50);
        assertThat(domains.get(0).get("correct").asInt()).isEqualTo(2); // s-1, s-5 right; s-2 wrong
        assertThat(domains.get(0).get("total").asInt()).isEqualTo(3);
        assertThat(domains.get(1).get("correct").asInt()).isEqualTo(2); // s-3, s-6 right; s-4 wrong
        JsonNode scaled = result.get("scaled");
        assertThat(scaled.get("point").asInt()).isEqualTo(700); // 100 + 4/6 × 900
        assertThat(scaled.get("low").asInt()).isLessThan(700);
        assertThat(scaled.get("high").asInt()).isGreaterThan(700);
        assertThat(scaled.get("pass").asBoolean()).isTrue();
        assertThat(http.get("/api/attempts/" + id + "/result")
                        .json()
                        .get("correct")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void submitsByItselfWhenTimeRunsOutAndRefusesLaterAnswers() {
        String id = shortExam();
        http.put(
                "/api/attempts/" + id + "/answers/1",
                "{\"selected\":" + json(questionAt(id, 1).key()) + "}");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(http.put("/api/attempts/" + id + "/answers/2", "{\"flagged\":true}")
                        .status())
                .as("inside the grace period for answers in flight")
                .isEqualTo(200);
        clock.advance(Duration.ofSeconds(5));
        Http.Response late = http.put("/api/attempts/" + id + "/answers/3", "{\"flagged\":true}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("error").asText()).isIn("time-up", "attempt-submitted");
        JsonNode result = http.get("/api/attempts/" + id + "/result").json();
        assertThat(result.get("submitReason").asText()).isEqualTo("time");
        assertThat(result.get("correct").asInt()).isEqualTo(1);
    }

    @Test
    void countsTheTimeSpentOnEachQuestion() {
        String id = shortExam();
        http.get("/api/attempts/" + id + "/questions/1");
        clock.advance(Duration.ofSeconds(40));
        http.get("/api/attempts/" + id + "/questions/2");
        clock.advance(Duration.ofSeconds(15));
        http.get("/api/attempts/" + id + "/questions/1");
        clock.advance(Duration.ofSeconds(5));
        JsonNode result = http.post("/api/attempts/" + id + "/submit", null).json();
        assertThat(result.get("questions").get(0).get("timeSeconds").asLong()).isEqualTo(45);
        assertThat(result.get("questions").get(1).get("timeSeconds").asLong()).isEqualTo(15);
        assertThat(result.get("timeSeconds").asLong()).isEqualTo(60);
    }

    @Test
    void refusesAnswersOnceSubmitted() {
        String id = shortExam();
        http.post("/api/attempts/" + id + "/submit", null);
        Http.Response response = http.put("/api/attempts/" + id + "/answers/1", "{\"flagged\":true}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("error").asText()).isEqualTo("attempt-submitted");
    }

    @Test
    void acceptsOrderingAndMatchingAnswersInTheirDocumentedShapes() {
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"practice\",\"count\":6}");
        for (int n = 1; n <= 6; n++) {
            Question q = questionAt(id, n);
            if (q.id().equals("s-4")) {
                assertThat(http.put("/api/attempts/" + id + "/answers/" + n, "{\"selected\":[\"c\",\"a\",\"b\"]}")
                                .status())
                        .isEqualTo(200);
            } else if (q.id().equals("s-5")) {
                assertThat(http.put(
                                        "/api/attempts/" + id + "/answers/" + n,
                                        "{\"selected\":[\"c:t2\",\"a:t3\",\"b:t1\"]}")
                                .status())
                        .isEqualTo(200);
                Http.Response bad = http.put("/api/attempts/" + id + "/answers/" + n, "{\"selected\":[\"a-t1\"]}");
                assertThat(bad.status()).isEqualTo(400);
                assertThat(bad.json().get("message").asText())
                        .contains("'a-t1' is not a pair of the form option:target");
            }
        }
        JsonNode result = http.post("/api/attempts/" + id + "/submit", null).json();
        List<String> right = new ArrayList<>();
        result.get("questions").forEach(q -> {
            if (q.get("correct").asBoolean()) {
                right.add(q.get("questionId").asText());
            }
        });
        assertThat(right).containsExactlyInAnyOrder("s-4", "s-5");
    }

    @Test
    void givesFeedbackInPracticeWhenAskedAndLocksTheAnswer() {
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"practice\",\"count\":3}");
        JsonNode first = http.get("/api/attempts/" + id + "/questions/1").json();
        assertThat(first.get("feedback").isNull()).isTrue();
        assertThat(first.get("domain").get("title").asText()).isNotBlank();
        Question q = questionAt(id, 1);
        http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":" + json(q.key()) + "}");
        JsonNode checked =
                http.post("/api/attempts/" + id + "/questions/1/check", null).json();
        assertThat(checked.get("feedback").get("correct").asBoolean()).isTrue();
        assertThat(checked.get("feedback").get("explanation").asText()).isEqualTo(q.explanation());
        assertThat(checked.get("feedback").get("options")).hasSize(q.options().size());
        Http.Response change =
                http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":" + json(wrongAnswer(q)) + "}");
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().get("error").asText()).isEqualTo("already-checked");
    }

    @Test
    void drawsADrillFromTheChosenDomainsOnly() {
        String id = start("{\"pack\":\"MLS-C01\",\"mode\":\"drill\",\"count\":5,\"domains\":[\"3\"]}");
        for (int n = 1; n <= 5; n++) {
            assertThat(http.get("/api/attempts/" + id + "/questions/" + n)
                            .json()
                            .get("domain")
                            .get("id")
                            .asText())
                    .isEqualTo("3");
        }
        assertThat(http.get("/api/attempts/" + id).json().get("questionCount").asInt())
                .isEqualTo(5);
    }

    @Test
    void drawsAFullMlsMockFromTheWholeBankAndSaysSo() {
        String id = start("{\"pack\":\"MLS-C01\",\"mode\":\"exam\"}");
        JsonNode attempt = http.get("/api/attempts/" + id).json();
        int bank = catalog.find("MLS-C01").orElseThrow().questions().size();
        assertThat(attempt.get("questionCount").asInt()).isEqualTo(Math.min(65, bank));
        assertThat(attempt.get("remainingSeconds").asLong()).isEqualTo(180 * 60);
        if (bank < 65) {
            assertThat(attempt.get("notes").get(0).asText()).contains("smaller than a full mock");
        }
    }

    @Test
    void listsAttemptsInTheHistoryWithTheirEstimates() {
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
        http.post("/api/attempts/" + id + "/submit", null);
        JsonNode history = http.get("/api/attempts").json();
        JsonNode mine = null;
        for (JsonNode a : history) {
            if (a.get("id").asText().equals(id)) {
                mine = a;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("correct").asInt()).isZero();
        assertThat(mine.get("scaledPoint").asInt()).isEqualTo(100);
        assertThat(mine.get("pass").asBoolean()).isFalse();
    }

    private void assertProblem(Http.Response response, int status, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("message").asText()).contains(messagePart);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.examloop");
    }

    @Test
    void namesAnUnknownPack() {
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"NOPE-01\",\"mode\":\"exam\"}"),
                404,
                "pack 'NOPE-01' is not loaded");
    }

    @Test
    void namesAnUnknownMode() {
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"cram\"}"),
                400,
                "mode 'cram' is not one of exam, practice, drill");
    }

    @Test
    void namesMissingFields() {
        assertProblem(http.post("/api/attempts", "{\"mode\":\"exam\"}"), 400, "pack is required");
        assertProblem(http.post("/api/attempts", "{\"pack\":\"SHORT-01\"}"), 400, "mode is required");
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"drill\"}"),
                400,
                "a drill needs at least one domain");
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"drill\",\"domains\":[\"9\"]}"),
                400,
                "'9' is not a domain of SHORT-01");
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"practice\",\"count\":0}"),
                400,
                "count must be between 1 and 500, was 0");
    }

    @Test
    void namesMalformedJson() {
        assertProblem(http.post("/api/attempts", "{\"pack\":"), 400, "not valid JSON");
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\",\"count\":\"many\"}"),
                400,
                "field 'count' has the wrong type");
    }

    @Test
    void namesAnUnknownAttemptOrQuestion() {
        assertProblem(http.get("/api/attempts/no-such-attempt"), 404, "attempt no-such-attempt does not exist");
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
        assertProblem(http.get("/api/attempts/" + id + "/questions/7"), 404, "has questions 1 to 6, not 7");
        assertProblem(http.get("/api/attempts/" + id + "/questions/zero"), 400, "'zero' is not a valid n");
    }

    @Test
    void namesAnOptionTheQuestionDoesNotHave() {
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
        assertProblem(
                http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":[\"zz\"]}"),
                400,
                "selected does not fit question 1: 'zz' is not");
        assertProblem(
                http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":[null]}"),
                400,
                "selected must not contain null");
    }

    @Test
    void refusesAResultBeforeSubmit() {
        String id = start("{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
        assertProblem(http.get("/api/attempts/" + id + "/result"), 409, "is still in progress");
    }

    @Test
    void answersAWrongMethodOrPathWithJson() {
        assertProblem(http.put("/api/packs", "{}"), 405, "PUT is not allowed");
        assertProblem(http.get("/api/nothing-here"), 404, "/api/nothing-here does not exist");
    }

    @Test
    void refusesADrillOfDomainsWithoutQuestions() {
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"GAPS-01\",\"mode\":\"drill\",\"domains\":[\"2\"]}"),
                400,
                "the bank of GAPS-01 has no questions in domain(s) 2");
        assertProblem(
                http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"drill\",\"domains\":[null]}"),
                400,
                "domains must not contain null");
    }

    @Test
    void answersAClientThatAcceptsNoJsonWithoutAFault() {
        Http.Response response = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/attempts"))
                        .header("Accept", "text/html")
                        .GET());
        assertThat(response.status()).isEqualTo(406);
        assertThat(response.body()).contains("Not Acceptable").doesNotContain("Exception");
    }

    @Test
    void recordsASubmitAtZeroAsTimeRunningOut() {
        String id = shortExam();
        String deadline = http.get("/api/attempts/" + id).json().get("deadline").asText();
        clock.advance(Duration.ofMinutes(10).plusMillis(400));
        JsonNode result = http.post("/api/attempts/" + id + "/submit", null).json();
        assertThat(result.get("submitReason").asText()).isEqualTo("time");
        assertThat(result.get("submittedAt").asText()).isEqualTo(deadline);
    }

    @Test
    void keepsTheScoreConsistentWithTheSavedAnswersWhenSavesRaceTheSubmit() throws Exception {
        String id = shortExam();
        List<Question> questions = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            questions.add(questionAt(id, n));
        }
        // Each saver returns what it saw; the assertions run here, in the test thread (an assertion inside a
        // virtual thread would end that thread quietly and the test would pass).
        record Save(int status, boolean afterSubmit) {}
        java.util.concurrent.atomic.AtomicBoolean submitted = new java.util.concurrent.atomic.AtomicBoolean();
        List<java.util.concurrent.Future<List<Save>>> savers = new ArrayList<>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 1; n <= 6; n++) {
                int position = n;
                Question q = questions.get(n - 1);
                savers.add(executor.submit(() -> {
                    List<Save> saves = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        List<String> answer = i % 2 == 0 ? q.key() : wrongAnswer(q);
                        boolean afterSubmit = submitted.get();
                        int status = http.put(
                                        "/api/attempts/" + id + "/answers/" + position,
                                        "{\"selected\":" + json(answer) + ",\"flagged\":" + (i % 3 == 0) + "}")
                                .status();
                        saves.add(new Save(status, afterSubmit));
                    }
                    return saves;
                }));
            }
            Thread.sleep(30);
            assertThat(http.post("/api/attempts/" + id + "/submit", null).status())
                    .isEqualTo(200);
            submitted.set(true);
        }
        List<Save> saves = new ArrayList<>();
        for (var saver : savers) {
            saves.addAll(saver.get());
        }
        assertThat(saves).hasSize(6 * 25);
        assertThat(saves)
                .as("every save is acknowledged (200) or refused because the attempt is submitted (409)")
                .allSatisfy(save -> assertThat(save.status()).isIn(200, 409));
        assertThat(saves)
                .as("saves acknowledged after the submit returned")
                .noneMatch(save -> save.afterSubmit() && save.status() == 200);
        JsonNode result = http.get("/api/attempts/" + id + "/result").json();
        assertThat(result.get("questions"))
                .as("the result lists every question")
                .hasSize(6);
        int right = 0;
        for (JsonNode item : result.get("questions")) {
            Question q = questions.get(item.get("n").asInt() - 1);
            List<String> selected = new ArrayList<>();
            item.get("selected").forEach(v -> selected.add(v.asText()));
            boolean correct = dev.examloop.core.exam.Scoring.isCorrect(q, selected);
            assertThat(item.get("correct").asBoolean())
                    .as("question %d", item.get("n").asInt())
                    .isEqualTo(correct);
            right += correct ? 1 : 0;
        }
        assertThat(result.get("correct").asInt()).isEqualTo(right);
    }

    @Test
    void describesTheApiInAnOpenApiDocument() {
        JsonNode doc = http.get("/v3/api-docs").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/packs",
                        "/api/attempts",
                        "/api/attempts/{id}",
                        "/api/attempts/{id}/questions/{n}",
                        "/api/attempts/{id}/answers/{n}",
                        "/api/attempts/{id}/submit",
                        "/api/attempts/{id}/result");
    }

    @Test
    void reportsHealth() {
        assertThat(http.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }
}
