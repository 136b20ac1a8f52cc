package dev.examloop.core.interchange;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.Target;
import java.util.List;
import java.util.Objects;

/**
 * A question as read from another format, before it is given an id, a domain and a task in a pack.
 *
 * @param line where it starts in the input
 * @param name the question's name in the input (GIFT {@code ::title::}, Moodle {@code <name>}), or empty
 * @param category the category path ("Iota/Kappa"), or empty when the input has none
 * @param key option ids (in order for ordering) or {@code "option:target"} pairs, as in {@link
 *     dev.examloop.core.pack.Question#key()}
 */
public record ImportedQuestion(
        int line,
        String name,
        String category,
        QuestionType type,
        String stem,
        List<Option> options,
        List<Target> targets,
        List<String> key,
        String explanation,
        List<String> tags,
        List<String> references) {
    public ImportedQuestion {
        name = Objects.requireNonNullElse(name, "");
        category = Objects.requireNonNullElse(category, "");
        explanation = Objects.requireNonNullElse(explanation, "");
        options = List.copyOf(options);
        targets = List.copyOf(targets);
        key = List.copyOf(key);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
    }
}
