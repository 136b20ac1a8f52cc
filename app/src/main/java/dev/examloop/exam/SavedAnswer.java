package dev.examloop.exam;

import java.time.Instant;
import java.util.List;

/** The server's acknowledgement of a saved answer: from here on it is never lost. */
public record SavedAnswer(
        int n, List<String> selected, boolean flagged, boolean guessed, Instant savedAt, Long remainingSeconds) {}
