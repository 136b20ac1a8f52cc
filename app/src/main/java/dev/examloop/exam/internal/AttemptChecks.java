package dev.examloop.exam.internal;

import dev.examloop.common.ClientProblem;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.exam.Scoring;
import dev.examloop.core.pack.Blueprint;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.exam.Mode;
import dev.examloop.exam.StartAttempt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the exam module accepts from a request: a start of an attempt, an answer to a question. */
public final class AttemptChecks {
    static final int DEFAULT_PRACTICE_COUNT = 10;
    static final int MAX_COUNT = 500;

    private AttemptChecks() {}

    /** A start that passed the checks: the pack, how many questions, and the domains a drill keeps to. */
    public record CheckedStart(Pack pack, Mode mode, int count, Set<String> domains) {}

    /** A pack that is loaded, a mode, a count of 1 to {@value #MAX_COUNT}, and for a drill its pack's domains. */
    public static CheckedStart start(StartAttempt request, PackCatalog catalog) {
        if (request.pack() == null || request.pack().isBlank()) {
            throw ClientProblem.badRequest("pack is required, one of: " + catalog.knownCodes(), List.of("pack"));
        }
        if (request.mode() == null) {
            throw ClientProblem.badRequest("mode is required: exam, practice or drill", List.of("mode"));
        }
        Pack pack = catalog.find(request.pack())
                .orElseThrow(() -> new ClientProblem(
                        404,
                        "unknown-pack",
                        "pack '" + request.pack() + "' is not loaded; loaded packs: " + catalog.knownCodes()));
        Blueprint blueprint = pack.blueprint();
        int count = switch (request.mode()) {
            case EXAM -> blueprint.exam().questionCount();
            case PRACTICE, DRILL -> request.count() == null ? DEFAULT_PRACTICE_COUNT : request.count();
        };
        if (count < 1 || count > MAX_COUNT) {
            throw ClientProblem.badRequest(
                    "count must be between 1 and " + MAX_COUNT + ", was " + count, List.of("count"));
        }
        Set<String> domains = new HashSet<>();
        if (request.mode() == Mode.DRILL) {
            if (request.domains().isEmpty()) {
                throw ClientProblem.badRequest("a drill needs at least one domain id in domains", List.of("domains"));
            }
            for (String domain : request.domains()) {
                if (blueprint.domain(domain).isEmpty()) {
                    throw ClientProblem.badRequest(
                            "'" + domain + "' is not a domain of " + pack.code() + " (domains: "
                                    + String.join(
                                            ", ",
                                            blueprint.domains().stream()
                                                    .map(Domain::id)
                                                    .toList()) + ")",
                            List.of("domains"));
                }
            }
            domains.addAll(request.domains());
        }
        return new CheckedStart(pack, request.mode(), count, domains);
    }

    /** The options selected for question {@code n}: no null, and a choice the question allows. */
    public static void selection(Question question, int n, List<String> selected) {
        if (selected.stream().anyMatch(s -> s == null)) {
            throw ClientProblem.badRequest("selected must not contain null", List.of("selected"));
        }
        List<String> problems = Scoring.problems(question, selected);
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    "selected does not fit question " + n + ": " + String.join("; ", problems), List.of("selected"));
        }
    }
}
