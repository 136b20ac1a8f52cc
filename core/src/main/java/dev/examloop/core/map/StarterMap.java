package dev.examloop.core.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The map a pack ships ({@code map.yaml}): its nodes and the relations between them. */
public record StarterMap(List<MapNode> nodes, List<Relation> relations) {
    public static final StarterMap EMPTY = new StarterMap(List.of(), List.of());

    public StarterMap {
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public Optional<MapNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Which node each tag stands for (a node's own id counts as one of its tags). */
    public Map<String, String> nodeOfTag() {
        Map<String, String> byTag = new HashMap<>();
        for (MapNode node : nodes) {
            byTag.putIfAbsent(node.id(), node.id());
            for (String tag : node.tags()) {
                byTag.putIfAbsent(tag, node.id());
            }
        }
        return byTag;
    }
}
