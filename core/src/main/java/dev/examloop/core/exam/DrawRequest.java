package dev.examloop.core.exam;

import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a mock is drawn from.
 *
 * @param count how many questions the mock should have
 * @param domains the domain ids to draw from; empty for all of the blueprint's domains
 * @param lastSeen for each question the learner has met in recent attempts, when (any increasing number,
 *     such as epoch milliseconds); questions not in it are preferred, then the longest unseen
 */
public record DrawRequest(
        Blueprint blueprint, List<Question> bank, int count, Set<String> domains, Map<String, Long> lastSeen) {
    public DrawRequest {
        if (count < 1) {
            throw new IllegalArgumentException("a mock needs at least one question, count was " + count);
        }
        bank = List.copyOf(bank);
        domains = Set.copyOf(domains);
        lastSeen = Map.copyOf(lastSeen);
        for (String domain : domains) {
            if (blueprint.domain(domain).isEmpty()) {
                throw new IllegalArgumentException("'" + domain + "' is not a domain of " + blueprint.code());
            }
        }
    }
}
