package dev.examloop.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.ExamQuestions;
import dev.examloop.support.Http;
import dev.examloop.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The post-mortem page of an attempt, opened as a person does: from the result page the moment the mock is
 * submitted, or by its address while the attempt is still open or after it was abandoned. A contract both databases
 * keep ({@code PostMortemPageTest}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
@Import(TestClockConfiguration.class)
abstract class PostMortemPageContract {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void endRunningExam() {
        ExamQuestions.abandonRunningExam(http);
    }

    private String start(String mode) {
        Http.Response started = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"" + mode + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("id").asText();
    }

    @Test
    void showsThePostMortemTheMomentAMockIsSubmittedThroughItsPage() {
        for (int round = 1; round <= 10; round++) {
            String id = start("exam");
            http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":[\"a\"],\"flagged\":true}");

            Http.Response submitted = http.postForm("/attempts/" + id + "/submit", "");
            assertThat(submitted.status())
                    .as("round %d: %s", round, submitted.body())
                    .isEqualTo(302);
            assertThat(submitted.location()).endsWith("/attempts/" + id + "/result");
            Http.Response page = http.get("/attempts/" + id + "/postmortem");

            assertThat(page.status()).as("round %d: %s", round, page.body()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"pm-1\"");
        }
    }

    @Test
    void sendsAnAttemptStillInProgressToItsReviewInPlaceOfThePostMortem() {
        String practice = start("practice");

        Http.Response page = http.get("/attempts/" + practice + "/postmortem");

        assertThat(page.status()).as(page.body()).isEqualTo(302);
        assertThat(page.location()).endsWith("/attempts/" + practice + "/review");
        assertThat(http.get("/api/attempts/" + practice + "/postmortem").status())
                .as("the API still says why")
                .isEqualTo(409);
    }

    @Test
    void sendsAnAbandonedAttemptToTheHistoryInPlaceOfThePostMortem() {
        String abandoned = start("exam");
        assertThat(http.post("/api/attempts/" + abandoned + "/abandon", "{}").status())
                .isEqualTo(200);

        Http.Response page = http.get("/attempts/" + abandoned + "/postmortem");

        assertThat(page.status()).as(page.body()).isEqualTo(302);
        assertThat(page.location()).endsWith("/history");
    }

    @Test
    void leavesARunningMockClosedBehindTheExamLock() {
        String exam = start("exam");

        Http.Response page = http.get("/attempts/" + exam + "/postmortem");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).endsWith("/attempts/" + exam + "?locked=1");
    }
}
