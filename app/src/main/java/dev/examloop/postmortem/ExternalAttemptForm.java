package dev.examloop.postmortem;

import java.util.List;

/**
 * A mock taken elsewhere (another site, a book, an official sample set): no question text, only the score,
 * the breakdown by domain and the missed topics.
 *
 * @param takenOn the date, YYYY-MM-DD
 * @param domains the score of each domain as a percentage
 */
public record ExternalAttemptForm(
        String pack,
        String source,
        String takenOn,
        Double scorePercent,
        List<DomainScore> domains,
        List<MissedTopic> missed) {

    public record DomainScore(String domainId, Double percent) {}

    /** A missed topic: a title in the learner's words, its domain, sub-concept tag, explanation and link. */
    public record MissedTopic(
            String topic, String domainId, String subConcept, String explanation, String link, Integer confidence) {}
}
