package dev.examloop.exam;

import java.time.Instant;

/** One line of the attempts history. Score fields are {@code null} while the attempt is in progress. */
public record AttemptSummary(
        String id,
        String pack,
        Mode mode,
        String status,
        Instant startedAt,
        Instant submittedAt,
        int questionCount,
        Integer correct,
        Integer scaledPoint,
        Integer scaledLow,
        Integer scaledHigh,
        Integer passingScore,
        Boolean pass) {}
