package dev.examloop.core.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Scheduler} schedules: the learner's FSRS-6 parameters, the retention to aim for, the short
 * (re)learning steps and the longest interval. The defaults are those of ts-fsrs and py-fsrs.
 *
 * @param parameters the 21 FSRS-6 weights
 * @param desiredRetention the probability of recall at which a card falls due, in (0, 1); 0.9 by default
 * @param learningSteps the waits between the first same-day reviews of a new card (1 min, 10 min by default);
 *     whole minutes, each positive
 * @param relearningSteps the waits between same-day reviews after a lapse (10 min by default); whole minutes
 * @param maximumInterval the longest interval in days, 1 to 36500 (the default)
 */
public record SchedulerSettings(
        Parameters parameters,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumInterval) {
    /** FSRS-6 default weights, retention 0.9, learning steps 1 min and 10 min, relearning step 10 min, 100 years. */
    public static final SchedulerSettings DEFAULT = new SchedulerSettings(
            Parameters.DEFAULT,
            0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10)),
            36500);

    public SchedulerSettings {
        Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException(
                    "desired retention must lie strictly between 0 and 1 (0.9 means 90 %), was " + desiredRetention);
        }
        learningSteps = checkSteps("learning", learningSteps);
        relearningSteps = checkSteps("relearning", relearningSteps);
        if (maximumInterval < 1 || maximumInterval > 36500) {
            throw new IllegalArgumentException("maximum interval must be 1 to 36500 days, was " + maximumInterval);
        }
    }

    private static List<Duration> checkSteps(String kind, List<Duration> steps) {
        Objects.requireNonNull(steps, kind + " steps");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Duration step = steps.get(i);
            if (step == null
                    || step.isNegative()
                    || step.isZero()
                    || step.toSeconds() % 60 != 0
                    || step.toNanosPart() != 0) {
                problems.add("step " + (i + 1) + " is " + step);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    kind + " steps must be positive whole minutes: " + String.join(", ", problems));
        }
        return List.copyOf(steps);
    }

    public SchedulerSettings withParameters(Parameters newParameters) {
        return new SchedulerSettings(newParameters, desiredRetention, learningSteps, relearningSteps, maximumInterval);
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(parameters, retention, learningSteps, relearningSteps, maximumInterval);
    }

    public SchedulerSettings withLearningSteps(List<Duration> steps) {
        return new SchedulerSettings(parameters, desiredRetention, steps, relearningSteps, maximumInterval);
    }

    public SchedulerSettings withRelearningSteps(List<Duration> steps) {
        return new SchedulerSettings(parameters, desiredRetention, learningSteps, steps, maximumInterval);
    }

    public SchedulerSettings withMaximumInterval(int days) {
        return new SchedulerSettings(parameters, desiredRetention, learningSteps, relearningSteps, days);
    }
}
