package dev.examloop.core.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The short same-day steps of learning and relearning, scheduled as ts-fsrs 5 does (its basic learning-steps
 * strategy). From a step, Again goes back to the first step, Hard waits between the first and second step
 * (1.5 times the first step when there is only one) and stays, Good moves to the next step, and Easy, or Good
 * on the last step, leaves the steps: the card is then scheduled in days from its stability.
 *
 * <p>py-fsrs differs in one place: Hard on a step after the first repeats that step, where ts-fsrs (and so
 * Examloop) waits the first Hard wait again.
 */
final class LearningSteps {
    /** The delay until the next review, and the step the card is then at. */
    record Step(Duration delay, int nextStep) {}

    private LearningSteps() {}

    /** Where a card in {@code state} at {@code step} goes after {@code rating}; empty when it leaves the steps. */
    static Optional<Step> next(SchedulerSettings settings, State state, int step, Rating rating) {
        boolean relearning = state == State.RELEARNING || state == State.REVIEW;
        List<Duration> steps = relearning ? settings.relearningSteps() : settings.learningSteps();
        if (steps.isEmpty() || step >= steps.size()) {
            return Optional.empty();
        }
        if (state == State.REVIEW) {
            return rating == Rating.AGAIN ? Optional.of(new Step(steps.get(step), 0)) : Optional.empty();
        }
        return switch (rating) {
            case AGAIN -> Optional.of(new Step(steps.get(0), 0));
            case HARD -> Optional.of(new Step(hardWait(steps), step));
            case GOOD ->
                step + 1 < steps.size() ? Optional.of(new Step(steps.get(step + 1), step + 1)) : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    /** The wait after Hard: the mean of the first two steps, or 1.5 times a single step, in whole minutes. */
    private static Duration hardWait(List<Duration> steps) {
        double first = steps.get(0).toMinutes();
        double minutes = steps.size() == 1 ? first * 1.5 : (first + steps.get(1).toMinutes()) / 2;
        return Duration.ofMinutes(Math.round(minutes));
    }
}
