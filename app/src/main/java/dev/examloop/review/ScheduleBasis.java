package dev.examloop.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a planned queue was computed from.
 *
 * @param examAt the exam's start
 * @param timeZone the learner's time zone
 * @param today the learner's date
 * @param minutes the plan's review minutes today and on each day after
 * @param secondsPerReview the learner's median review time (45 s until 20 reviews are timed)
 * @param desiredRetention the retention the cards are scheduled for
 * @param weights the FSRS-6 weights in use
 */
public record ScheduleBasis(
        Instant examAt,
        String timeZone,
        LocalDate today,
        List<Double> minutes,
        double secondsPerReview,
        double desiredRetention,
        List<Double> weights) {}
