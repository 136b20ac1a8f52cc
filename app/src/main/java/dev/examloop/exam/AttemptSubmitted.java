package dev.examloop.exam;

import java.time.Instant;

/** An attempt was submitted, by the learner or because its time ran out. */
public record AttemptSubmitted(
        String attemptId, String accountId, String pack, Mode mode, int correct, int total, Instant submittedAt) {}
