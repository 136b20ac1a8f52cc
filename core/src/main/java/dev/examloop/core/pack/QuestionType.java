package dev.examloop.core.pack;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a pack can hold, named as they are written in a pack file. */
public enum QuestionType {
    /** One option is right. */
    SINGLE("single"),
    /** Several options are right ("choose N"); scored all-or-nothing. */
    MULTIPLE("multiple"),
    /** Every option must be put in the right order. */
    ORDERING("ordering"),
    /** Every option must be paired with the right target. */
    MATCHING("matching");

    private final String word;

    QuestionType(String word) {
        this.word = word;
    }

    /** The name used in pack files and in the API. */
    public String word() {
        return word;
    }

    public static Optional<QuestionType> fromWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    public static String allWords() {
        return String.join(", ", Arrays.stream(values()).map(QuestionType::word).toList());
    }
}
