package dev.examloop.core.pack;

import java.util.Objects;

/**
 * One problem found in a pack file.
 *
 * @param line 1-based line number in {@code file}, or 0 when the problem concerns the whole file
 * @param field the path of the field, such as {@code questions[3].answer}
 * @param severity whether the problem keeps the pack from loading ({@link Severity#ERROR}) or is a warning
 */
public record Problem(String file, int line, String field, String message, Severity severity) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
    }

    /** An error: the pack will not load until it is fixed. */
    public Problem(String file, int line, String field, String message) {
        this(file, line, field, message, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: field: message}, with {@code warning: } before the message of a warning. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String text = severity == Severity.WARNING ? "warning: " + message : message;
        return field.isEmpty() ? where + ": " + text : where + ": " + field + ": " + text;
    }
}
