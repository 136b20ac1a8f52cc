package dev.examloop.review;

/**
 * How the learner's reviews are scheduled.
 *
 * @param desiredRetention the probability of recall FSRS schedules for, in (0, 1); 0.9 by default
 * @param newCardsPerDay how many never-reviewed cards the daily queue takes
 * @param scheduleMissedQuestions whether every missed question also gets a card of its own, re-asked as it was
 */
public record ReviewSettings(double desiredRetention, int newCardsPerDay, boolean scheduleMissedQuestions) {
    public static final ReviewSettings DEFAULT = new ReviewSettings(0.9, 20, true);
}
