/**
 * Post-mortems: after an attempt, every missed, flagged or guessed question gets a short explanation in the
 * learner's own words, its domain, a sub-concept tag, documentation links and a confidence score; mocks
 * taken elsewhere are logged with their score and missed topics. Each entry goes to the review module as a
 * {@link dev.examloop.review.Mistake}, which creates or adds to the topic's card. Publishes
 * {@link dev.examloop.postmortem.PostMortems}, its REST API and pages.
 */
@ApplicationModule(
        allowedDependencies = {"common", "storage", "web", "accounts", "content", "search", "exam", "review"})
package dev.examloop.postmortem;

import org.springframework.modulith.ApplicationModule;
