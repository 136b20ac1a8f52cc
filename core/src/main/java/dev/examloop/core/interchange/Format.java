package dev.examloop.core.interchange;

import java.util.Arrays;
import java.util.Optional;

/** The formats Examloop reads and writes, by the name the command line and the API use. */
public enum Format {
    GIFT("gift", "GIFT", ".gift"),
    AIKEN("aiken", "Aiken", ".txt"),
    MOODLE_XML("moodle-xml", "Moodle XML", ".xml"),
    QTI("qti", "IMS QTI 2.1", ".zip"),
    CSV("csv", "CSV", ".csv"),
    ANKI_TEXT("anki-text", "Anki notes (text)", ".txt"),
    APKG("apkg", "Anki package", ".apkg"),
    EXAM_SIMULATOR("exam-simulator", "exam-simulator JSON", ".json");

    private final String word;
    private final String title;
    private final String extension;

    Format(String word, String title, String extension) {
        this.word = word;
        this.title = title;
        this.extension = extension;
    }

    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    /** The usual file name extension of an export, with its dot. */
    public String extension() {
        return extension;
    }

    public static Optional<Format> fromWord(String word) {
        return Arrays.stream(values())
                .filter(f -> f.word.equalsIgnoreCase(word))
                .findFirst();
    }

    public static String allWords() {
        return String.join(", ", Arrays.stream(values()).map(Format::word).toList());
    }
}
