package dev.examloop.exam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.support.ExamQuestions;
import dev.examloop.support.Http;
import dev.examloop.support.MutableClock;
import dev.examloop.support.TestClockConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The exam lock: while a timed mock runs, only the mock is open, and every other way to a key of its questions
 * says why it is withheld. A contract both databases keep ({@code ExamLockApiTest}). The test pack's keys and explanations carry the marker {@code SECRET-}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class ExamLockApiContract {
    private static final Pattern PACK_QUESTION_ID = Pattern.compile("(?<![A-Za-z0-9-])s-[1-6](?![0-9])");

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

    @AfterEach
    void endRunningExam() {
        ExamQuestions.abandonRunningExam(http);
    }

    String start(String pack, String mode) {
        Http.Response response = http.post("/api/attempts", "{\"pack\":\"" + pack + "\",\"mode\":\"" + mode + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    /** A practice attempt on SHORT-01, every answer wrong where a wrong answer exists, submitted. */
    String earlierPracticeSubmitted() {
        String id = start("SHORT-01", "practice");
        for (int n = 1;
                n <= http.get("/api/attempts/" + id).json().get("questionCount").asInt();
                n++) {
            Question q = ExamQuestions.behind(
                    catalog,
                    "SHORT-01",
                    http.get("/api/attempts/" + id + "/questions/" + n).json());
            if (q.type() == dev.examloop.core.pack.QuestionType.SINGLE) {
                String wrong = q.options().stream()
                        .map(Option::id)
                        .filter(o -> !q.key().contains(o))
                        .findFirst()
                        .orElseThrow();
                assertThat(http.put("/api/attempts/" + id + "/answers/" + n, "{\"selected\":[\"" + wrong + "\"]}")
                                .status())
                        .isEqualTo(200);
            }
        }
        assertThat(http.post("/api/attempts/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }

    static void assertWithheld(Http.Response response, String attemptId) {
        assertThat(response.status()).as(response.body()).isEqualTo(423);
        JsonNode body = response.json();
        assertThat(body.get("error").asText()).isEqualTo("exam-in-progress");
        assertThat(body.get("message").asText())
                .contains("timed mock exam of SHORT-01 is in progress")
                .contains("withheld");
        assertThat(body.get("attempt").asText()).isEqualTo(attemptId);
        assertThat(response.body()).doesNotContain("SECRET-");
    }

    /** A page asked for during the mock sends the learner to the mock, which says why. */
    void assertSentToTheExam(Http.Response response, String attemptId) {
        assertThat(response.status()).as(response.body()).isEqualTo(303);
        assertThat(response.body()).doesNotContain("SECRET-");
        assertThat(response.location()).isEqualTo("/attempts/" + attemptId + "?locked=1");
        Http.Response exam = http.get(response.location());
        assertThat(exam.status()).isEqualTo(302);
        Http.Response page = http.get(URI.create(exam.location()).getRawPath() + "?"
                + URI.create(exam.location()).getRawQuery());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The page you opened is withheld")
                .contains("timed mock exam of SHORT-01 is in progress")
                .doesNotContain("SECRET-");
    }

    @Test
    void withholdsTheReadOnlyQuestionPageOfAnExamQuestion() {
        String exam = start("SHORT-01", "exam");
        assertSentToTheExam(http.get("/questions/SHORT-01/s-1"), exam);
        assertSentToTheExam(http.get("/questions/SHORT-01/s-2"), exam);
    }

    @Test
    void withholdsChecksOfAPracticeAttemptOnTheSamePack() {
        String practice = start("SHORT-01", "practice");
        String exam = start("SHORT-01", "exam");
        assertWithheld(http.post("/api/attempts/" + practice + "/questions/1/check", null), exam);
        assertWithheld(http.get("/api/attempts/" + practice + "/questions/1"), exam);
        assertWithheld(http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"practice\"}"), exam);
        assertSentToTheExam(http.postForm("/attempts/" + practice + "/q/1/check", ""), exam);
        assertSentToTheExam(http.postForm("/attempts", "pack=SHORT-01&mode=practice"), exam);
    }

    @Test
    void withholdsReviewCardPrompts() {
        String earlier = earlierPracticeSubmitted();
        Http.Response entry = http.put(
                "/api/attempts/" + earlier + "/postmortem/1",
                "{\"explanation\":\"I mixed the services up.\",\"topic\":\"storage-choice\",\"confidence\":2}");
        assertThat(entry.status()).as(entry.body()).isEqualTo(200);
        JsonNode cards = http.get("/api/cards").json();
        List<String> ids = new java.util.ArrayList<>();
        (cards.isArray() ? cards : cards.get("cards"))
                .forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).isNotEmpty();
        String exam = start("SHORT-01", "exam");
        for (String card : ids) {
            assertWithheld(http.get("/api/cards/" + card + "/prompt"), exam);
        }
        assertWithheld(http.get("/api/review/queue"), exam);
        assertSentToTheExam(http.get("/review"), exam);
    }

    @Test
    void withholdsResultsAndPostMortemsOfEarlierAttempts() {
        String earlier = earlierPracticeSubmitted();
        assertThat(http.get("/api/attempts/" + earlier + "/result").body()).contains("SECRET-");
        String exam = start("SHORT-01", "exam");
        assertWithheld(http.get("/api/attempts/" + earlier + "/result"), exam);
        assertWithheld(http.get("/api/attempts/" + earlier + "/postmortem"), exam);
        assertWithheld(http.get("/api/attempts"), exam);
        assertSentToTheExam(http.get("/attempts/" + earlier + "/result"), exam);
        assertSentToTheExam(http.get("/attempts/" + earlier + "/postmortem"), exam);
        assertSentToTheExam(http.get("/history"), exam);
    }

    @Test
    void withholdsTagPages() {
        String exam = start("SHORT-01", "exam");
        assertWithheld(http.get("/api/tags/object-storage"), exam);
        assertWithheld(http.get("/api/tags"), exam);
        assertSentToTheExam(http.get("/tags/object-storage"), exam);
    }

    @Test
    void withholdsSearch() {
        String exam = start("SHORT-01", "exam");
        assertWithheld(http.get("/api/search?q=SECRET"), exam);
        assertWithheld(http.get("/api/search?q=objects"), exam);
        assertSentToTheExam(http.get("/search?q=objects"), exam);
    }

    @Test
    void namesTheMocksQuestionsByPositionOnly() {
        String exam = start("SHORT-01", "exam");
        for (int n = 1; n <= 6; n++) {
            Http.Response api = http.get("/api/attempts/" + exam + "/questions/" + n);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.json().get("n").asInt()).isEqualTo(n);
            assertThat(api.json().path("questionId").isNull()
                            || api.json().path("questionId").isMissingNode())
                    .as(api.body())
                    .isTrue();
            assertThat(PACK_QUESTION_ID.matcher(api.body()).find())
                    .as(api.body())
                    .isFalse();
            Http.Response page = http.get("/attempts/" + exam + "/q/" + n);
            assertThat(page.status()).isEqualTo(200);
            assertThat(PACK_QUESTION_ID.matcher(page.body()).find()).isFalse();
        }
    }

    @Test
    void letsTheMockItselfRunAndOpensTheRestWhenItIsSubmitted() {
        String exam = start("SHORT-01", "exam");
        assertThat(http.put("/api/attempts/" + exam + "/answers/1", "{\"selected\":[],\"flagged\":true}")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/attempts/" + exam).status()).isEqualTo(200);
        assertThat(http.get("/attempts/" + exam + "/review").status()).isEqualTo(200);
        assertThat(http.get("/css/examloop.css").status()).isEqualTo(200);
        assertThat(http.get("/api/tags").status()).isEqualTo(423);
        assertThat(http.post("/api/attempts/" + exam + "/submit", null).status())
                .isEqualTo(200);
        assertThat(http.get("/api/tags").status()).isEqualTo(200);
        assertThat(http.get("/api/attempts/" + exam + "/result").body()).contains("SECRET-");
    }

    @Test
    void abandoningTheMockEndsTheLockWithoutAResult() {
        String exam = start("SHORT-01", "exam");
        assertThat(http.get("/api/search?q=objects").status()).isEqualTo(423);
        Http.Response abandoned = http.post("/api/attempts/" + exam + "/abandon", null);
        assertThat(abandoned.status()).as(abandoned.body()).isEqualTo(200);
        assertThat(abandoned.json().get("status").asText()).isEqualTo("abandoned");
        assertThat(http.get("/api/search?q=objects").status()).isEqualTo(200);
        Http.Response result = http.get("/api/attempts/" + exam + "/result");
        assertThat(result.status()).isEqualTo(409);
        assertThat(result.json().get("error").asText()).isEqualTo("attempt-abandoned");
        assertThat(http.put("/api/attempts/" + exam + "/answers/1", "{\"flagged\":true}")
                        .status())
                .isEqualTo(409);
        assertThat(http.post("/api/attempts/" + exam + "/abandon", null).status())
                .isEqualTo(409);
    }

    @Test
    void abandonsFromTheReviewPage() {
        String exam = start("SHORT-01", "exam");
        assertThat(http.get("/attempts/" + exam + "/review").body()).contains("Abandon");
        Http.Response abandoned = http.postForm("/attempts/" + exam + "/abandon", "");
        assertThat(abandoned.status()).isEqualTo(302);
        Http.Response history = http.get("/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("abandoned");
    }

    @Test
    void opensTheRestWhenTheMocksTimeRunsOut() {
        String exam = start("SHORT-01", "exam");
        assertThat(http.get("/api/tags").status()).isEqualTo(423);
        clock.advance(Duration.ofMinutes(11));
        assertThat(http.get("/api/tags").status()).isEqualTo(200);
        assertThat(http.get("/api/attempts/" + exam).json().get("status").asText())
                .isEqualTo("submitted");
    }
}
