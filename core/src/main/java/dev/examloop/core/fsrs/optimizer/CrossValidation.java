package dev.examloop.core.fsrs.optimizer;

/**
 * A fit on the earlier part of a history, scored on the later part it never saw.
 *
 * @param fit the fit on the earlier items
 * @param trainItems the number of earlier items it was fitted on
 * @param testItems the number of later items it was scored on
 * @param defaults how the default weights predict the later items
 * @param fitted how the fitted weights predict the later items
 */
public record CrossValidation(FitResult fit, int trainItems, int testItems, Evaluation defaults, Evaluation fitted) {}
