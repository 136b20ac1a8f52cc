package dev.examloop.exam;

import java.util.List;

/** The key and the explanations of a question: what the learner sees after checking or submitting. */
public record Feedback(
        boolean correct,
        List<String> key,
        String explanation,
        List<OptionExplanation> options,
        List<String> references) {

    /** Why one option is right or falls short; {@code inKey} is whether it belongs to the key. */
    public record OptionExplanation(String id, String text, boolean inKey, String why) {}
}
