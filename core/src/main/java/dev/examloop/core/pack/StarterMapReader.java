package dev.examloop.core.pack;

import dev.examloop.core.map.MapNode;
import dev.examloop.core.map.Relation;
import dev.examloop.core.map.StarterMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pack's starter map, {@code map.yaml} ({@code examloop-map/1}, see {@code docs/pack-format.md}):
 * nodes with an id, a label, a kind, an optional pipeline stage and the tags they stand for, and relations
 * between them. Every problem is reported with file, line and field.
 */
final class StarterMapReader {
    static final String FILE = "map.yaml";
    static final String FORMAT = "examloop-map/1";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> MAP_FIELDS = Set.of("format", "nodes", "relations");
    private static final Set<String> NODE_FIELDS = Set.of("id", "label", "kind", "stage", "tags");
    private static final Set<String> RELATION_FIELDS = Set.of("from", "to", "relation");
    private static final Set<String> KINDS = Set.of("service", "concept");

    private StarterMapReader() {}

    static StarterMap read(YamlCursor root) {
        Map<String, YamlCursor> f = root.mapping(MAP_FIELDS);
        if (!root.isMapping()) {
            return StarterMap.EMPTY;
        }
        YamlCursor format = root.field(f, "format");
        format.requiredText()
                .filter(v -> !v.equals(FORMAT))
                .ifPresent(v -> format.problem("is '" + v + "', this version of Examloop reads '" + FORMAT + "'"));
        List<MapNode> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> tags = new HashSet<>();
        YamlCursor nodesField = root.field(f, "nodes");
        if (!nodesField.present()) {
            nodesField.problem("is required: the services and concepts of the map");
        }
        for (YamlCursor item : nodesField.items()) {
            Map<String, YamlCursor> n = item.mapping(NODE_FIELDS);
            YamlCursor idField = item.field(n, "id");
            Optional<String> id = idField.requiredMatching(ID, "an id of lower-case letters, digits and '-'", 64);
            id.filter(v -> !ids.add(v)).ifPresent(v -> idField.problem("'" + v + "' is the id of an earlier node"));
            String label = item.field(n, "label").requiredText(120).orElse(null);
            YamlCursor kindField = item.field(n, "kind");
            Optional<String> kind = kindField.requiredText().filter(k -> {
                if (!KINDS.contains(k)) {
                    kindField.problem("is '" + k + "', it must be 'service' or 'concept'");
                    return false;
                }
                return true;
            });
            String stage = item.field(n, "stage").optionalText().orElse(null);
            List<String> nodeTags = new ArrayList<>();
            for (YamlCursor tagItem : item.field(n, "tags").items()) {
                tagItem.requiredMatching(ID, "a tag of lower-case letters, digits and '-'")
                        .ifPresent(tag -> {
                            if (!tags.add(tag)) {
                                tagItem.problem(
                                        "'" + tag + "' already stands for another node; a tag stands for one node");
                            } else {
                                nodeTags.add(tag);
                            }
                        });
            }
            if (id.isPresent() && label != null && kind.isPresent()) {
                nodes.add(new MapNode(id.get(), label, kind.get(), stage, nodeTags));
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (YamlCursor item : root.field(f, "relations").items()) {
            Map<String, YamlCursor> r = item.mapping(RELATION_FIELDS);
            Optional<String> from = endOf(item.field(r, "from"), ids);
            Optional<String> to = endOf(item.field(r, "to"), ids);
            Optional<String> relation = item.field(r, "relation").requiredText(64);
            if (from.isPresent() && to.isPresent() && relation.isPresent()) {
                relations.add(Relation.explicit(from.get(), to.get(), relation.get()));
            }
        }
        return new StarterMap(nodes, relations);
    }

    private static Optional<String> endOf(YamlCursor field, Set<String> ids) {
        return field.requiredText().filter(id -> {
            if (!ids.contains(id)) {
                field.problem("'" + id + "' is not the id of a node of this map");
                return false;
            }
            return true;
        });
    }
}
