package dev.examloop.exam;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.examloop.common.ClientProblem;
import java.util.Arrays;
import java.util.List;

/** What kind of attempt: a timed full-length mock, a practice session, or a drill of chosen domains. */
public enum Mode {
    /** Like the real exam: full length, timed, no feedback before submit. */
    EXAM("exam"),
    /** Questions from every domain, untimed, with the key and explanations after each answer on request. */
    PRACTICE("practice"),
    /** Like practice, from the chosen domains only. */
    DRILL("drill");

    private final String word;

    Mode(String word) {
        this.word = word;
    }

    @JsonValue
    public String word() {
        return word;
    }

    @JsonCreator
    public static Mode of(String word) {
        return Arrays.stream(values())
                .filter(m -> m.word.equalsIgnoreCase(word))
                .findFirst()
                .orElseThrow(() -> ClientProblem.badRequest(
                        "mode '" + word + "' is not one of exam, practice, drill", List.of("mode")));
    }

    public boolean givesFeedback() {
        return this != EXAM;
    }
}
