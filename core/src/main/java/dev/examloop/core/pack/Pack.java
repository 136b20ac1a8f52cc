package dev.examloop.core.pack;

import dev.examloop.core.map.StarterMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded, lint-clean exam pack: its blueprint, questions, case-study scenarios, the review records of its
 * questions (empty for a pack without a {@code review/} folder), the learning resources it recommends (its
 * {@code resources.yaml}, or none) and its starter map (empty when the pack ships no {@code map.yaml}).
 */
public record Pack(
        Blueprint blueprint,
        List<Question> questions,
        List<Scenario> scenarios,
        List<ReviewRecord> reviews,
        List<StarterResource> resources,
        StarterMap starterMap) {
    public Pack {
        questions = List.copyOf(questions);
        scenarios = List.copyOf(scenarios);
        reviews = List.copyOf(reviews);
        resources = List.copyOf(resources);
        starterMap = starterMap == null ? StarterMap.EMPTY : starterMap;
    }

    public Pack(Blueprint blueprint, List<Question> questions, List<Scenario> scenarios) {
        this(blueprint, questions, scenarios, List.of(), List.of(), StarterMap.EMPTY);
    }

    public Pack(Blueprint blueprint, List<Question> questions, List<Scenario> scenarios, List<ReviewRecord> reviews) {
        this(blueprint, questions, scenarios, reviews, List.of(), StarterMap.EMPTY);
    }

    public String code() {
        return blueprint.code();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Scenario> scenario(String scenarioId) {
        return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
    }

    /** Question counts per domain id, in blueprint order, zero for a domain without questions. */
    public Map<String, Long> questionCountByDomain() {
        Map<String, Long> counts =
                questions.stream().collect(Collectors.groupingBy(Question::domain, Collectors.counting()));
        return blueprint.domains().stream()
                .collect(Collectors.toMap(
                        Domain::id, d -> counts.getOrDefault(d.id(), 0L), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public Map<String, Question> questionsById() {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }
}
