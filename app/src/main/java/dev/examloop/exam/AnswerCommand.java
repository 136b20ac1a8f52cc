package dev.examloop.exam;

import java.util.List;

/**
 * A save of the learner's answer to one question; a field left {@code null} keeps its saved value, so a
 * flag can be set without resending the selection.
 */
public record AnswerCommand(List<String> selected, Boolean flagged, Boolean guessed) {}
