package dev.examloop.core.interchange;

/**
 * A question of the input that Examloop has no type for (numerical, essay, short answer, cloze…), left out of the
 * import.
 *
 * @param line where the question starts in the input (its item file's line for a QTI package), 0 when unknown
 * @param type the input format's name of the question type
 */
public record Skipped(int line, String type, String reason) {}
