package dev.examloop.core.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One question of a pack.
 *
 * <p>The key is held in the same shape as a learner's response (see {@code docs/pack-format.md}): option
 * ids for single, multiple and ordering questions (in order for ordering), {@code "option:target"} pairs
 * for matching questions.
 *
 * @param choose how many options a multiple-response question asks for, otherwise {@code null}
 * @param scenario the id of the case-study scenario this question belongs to, or {@code null}
 * @param difficulty the author's estimate from 1 (easy) to 5 (hard), or {@code null}
 */
public record Question(
        String id,
        QuestionType type,
        String domain,
        String task,
        List<String> tags,
        @Nullable Integer difficulty,
        @Nullable String scenario,
        String stem,
        @Nullable Integer choose,
        List<Option> options,
        List<Target> targets,
        List<String> key,
        String explanation,
        List<String> references,
        String source,
        @Nullable String licence) {
    public Question {
        // Absent lists read as empty, so that a question stored by an older version still reads.
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        options = List.copyOf(Objects.requireNonNullElse(options, List.of()));
        targets = List.copyOf(Objects.requireNonNullElse(targets, List.of()));
        key = List.copyOf(Objects.requireNonNullElse(key, List.of()));
        references = List.copyOf(Objects.requireNonNullElse(references, List.of()));
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<Target> target(String targetId) {
        return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    public Optional<String> scenarioId() {
        return Optional.ofNullable(scenario);
    }
}
