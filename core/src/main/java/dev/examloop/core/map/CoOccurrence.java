package dev.examloop.core.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Relations derived from co-occurrence: two nodes are related when at least {@code threshold} documents
 * (questions, cards, notes) carry tags of both. The weight of the relation is that number of documents.
 */
public final class CoOccurrence {
    public static final String RELATION = "co-occurs with";

    private CoOccurrence() {}

    /**
     * The derived relations, heaviest first (then by source and target), each pair once with its ends in
     * name order.
     *
     * @param documentTags the tags of each document
     * @param nodeOfTag the node a tag stands for (a tag for which it answers {@code null} is left out)
     * @param threshold the least number of shared documents that makes a relation, at least 1
     */
    public static List<Relation> relations(
            Collection<? extends Collection<String>> documentTags, Function<String, String> nodeOfTag, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Collection<String> tags : documentTags) {
            Set<String> nodes = new TreeSet<>();
            for (String tag : tags) {
                String node = nodeOfTag.apply(tag);
                if (node != null) {
                    nodes.add(node);
                }
            }
            List<String> ordered = new ArrayList<>(nodes);
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = i + 1; j < ordered.size(); j++) {
                    counts.merge(ordered.get(i) + "\u0000" + ordered.get(j), 1, Integer::sum);
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        counts.forEach((pair, count) -> {
            if (count >= threshold) {
                int split = pair.indexOf('\u0000');
                relations.add(new Relation(pair.substring(0, split), pair.substring(split + 1), RELATION, count, true));
            }
        });
        relations.sort(Comparator.comparingInt(Relation::weight)
                .reversed()
                .thenComparing(Relation::source)
                .thenComparing(Relation::target));
        return relations;
    }
}
