package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a 500 tells the learner: never that a save that failed is safe. */
class ErrorHandlingTest {
    private final ErrorHandling handling = new ErrorHandling(null, "10MB", "12MB");

    private String messageOf(String method, String path) {
        ResponseEntity<?> answer = handling.unexpected(
                new IllegalStateException("a fault of ours"), new MockHttpServletRequest(method, path));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        return (String) ((Map<?, ?>) answer.getBody()).get("message");
    }

    @Test
    void saysThatAnAnswerWhoseSaveFailedWasNotSaved() {
        String message = messageOf("PUT", "/api/attempts/a1/answers/3");
        assertThat(message).contains("This answer was NOT saved").doesNotContain("are safe");
    }

    @Test
    void saysThatAFailedChangeWasNotSavedAndWhatWasKept() {
        String message = messageOf("POST", "/api/notes");
        assertThat(message).contains("This change was NOT saved", "what you saved before it is kept");
    }

    @Test
    void saysThatAFailedReadChangedNothing() {
        assertThat(messageOf("GET", "/api/cards")).contains("Nothing was changed");
    }
}
