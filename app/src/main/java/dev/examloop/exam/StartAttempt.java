package dev.examloop.exam;

import java.util.List;

/**
 * A request to start an attempt.
 *
 * @param count questions in a practice session or drill (default 10); an exam takes the blueprint's count
 * @param domains domain ids for a drill (required there, ignored otherwise)
 */
public record StartAttempt(String pack, Mode mode, Integer count, List<String> domains) {
    public StartAttempt {
        if (domains != null && domains.stream().anyMatch(d -> d == null)) {
            throw dev.examloop.common.ClientProblem.badRequest("domains must not contain null", List.of("domains"));
        }
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
