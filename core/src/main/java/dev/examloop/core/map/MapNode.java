package dev.examloop.core.map;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node of the map: a service or a concept.
 *
 * @param kind {@code service}, {@code concept} or {@code tag} (a tag of the learner's data that no starter
 *     node stands for)
 * @param stage where it sits in the pipeline ({@code ingestion}, {@code storage}, … or {@code null})
 * @param tags the tags of questions, cards and notes that this node stands for
 */
public record MapNode(
        String id, String label, String kind, @Nullable String stage, List<String> tags) {
    public MapNode {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    }
}
