package dev.examloop.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Question;

/**
 * Finds the pack question behind a question of a running mock, for tests that need its key. A running mock
 * names its questions by position only (no pack question id), so the test matches the stem, as a person
 * holding the pack would.
 */
public final class ExamQuestions {
    private ExamQuestions() {}

    /** The question of {@code pack} whose stem is the view's; fails the test when none or several match. */
    public static Question behind(PackCatalog catalog, String pack, JsonNode view) {
        String stem = view.get("stem").asText();
        var matches = catalog.find(pack).orElseThrow().questions().stream()
                .filter(q -> q.stem().equals(stem))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " questions of " + pack + " have the stem '" + stem + "'");
        }
        return matches.getFirst();
    }

    /**
     * Abandons the mock the local learner is sitting, if any, so that the next test of a shared context does not
     * meet the exam lock. Returns the abandoned attempt's id, or null.
     */
    public static String abandonRunningExam(Http http) {
        Http.Response probe = http.get("/api/attempts");
        if (probe.status() != 423) {
            return null;
        }
        String attempt = probe.json().get("attempt").asText();
        Http.Response abandoned = http.post("/api/attempts/" + attempt + "/abandon", null);
        if (abandoned.status() != 200) {
            throw new AssertionError("could not abandon " + attempt + ": " + abandoned.body());
        }
        return attempt;
    }
}
