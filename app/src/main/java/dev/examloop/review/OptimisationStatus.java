package dev.examloop.review;

import java.util.List;
import java.util.Optional;

/**
 * Where the learner stands with "optimise my schedule".
 *
 * @param reviews the reviews in the learner's log now
 * @param threshold the reviews needed before optimising is offered ({@link ScheduleOptimiser#MIN_REVIEWS})
 * @param enough whether the log has that many
 * @param why why that many
 * @param active the set in use, empty when the defaults are
 * @param revertTo the set that "revert" activates (the one fitted before the active one); empty: the defaults
 * @param sets every set fitted so far, newest first
 */
public record OptimisationStatus(
        int reviews,
        int threshold,
        boolean enough,
        String why,
        Optional<ParameterSetView> active,
        Optional<ParameterSetView> revertTo,
        List<ParameterSetView> sets) {}
