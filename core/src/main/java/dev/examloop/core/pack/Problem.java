package dev.examloop.core.pack;

/**
 * One problem found in a pack file.
 *
 * @param line 1-based line number in {@code file}, or 0 when the problem concerns the whole file
 * @param field the path of the field, such as {@code questions[3].answer}
 */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
