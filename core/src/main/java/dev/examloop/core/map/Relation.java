package dev.examloop.core.map;

import java.util.Objects;

/**
 * An edge of the map.
 *
 * @param relation what the source does to the target, such as "feeds data to"; for a derived edge
 *     {@code "co-occurs with"}
 * @param weight how many documents the two nodes occur in together (1 for an explicit relation)
 * @param derived true for an edge derived from co-occurrence, false for one written in a starter map or
 *     added by the learner
 */
public record Relation(String source, String target, String relation, int weight, boolean derived) {
    public Relation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1, was " + weight);
        }
    }

    public static Relation explicit(String source, String target, String relation) {
        return new Relation(source, target, relation, 1, false);
    }
}
