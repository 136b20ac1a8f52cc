package dev.examloop.core.fsrs.revlog;

import java.util.Objects;

/**
 * One problem found in a review-log file.
 *
 * @param file the name of the file, as the user gave it
 * @param line the 1-based line of the problem, or 0 when it concerns the whole file
 * @param field the column concerned, such as {@code review_rating}, or empty when the problem is the whole row
 * @param message what is wrong and what was expected
 */
public record RevlogProblem(String file, int line, String field, String message) {
    public RevlogProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: field: message}, leaving out the line when it is 0 and the field when it is empty. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
