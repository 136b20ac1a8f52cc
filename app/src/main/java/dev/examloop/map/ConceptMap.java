package dev.examloop.map;

import dev.examloop.accounts.Accounts;
import dev.examloop.common.ClientProblem;
import dev.examloop.common.Ids;
import dev.examloop.common.Tag;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.map.CoOccurrence;
import dev.examloop.core.map.MapNode;
import dev.examloop.core.map.Relation;
import dev.examloop.core.pack.Pack;
import dev.examloop.map.internal.MapLayout;
import dev.examloop.map.internal.RelationStore;
import dev.examloop.review.CardView;
import dev.examloop.review.Cards;
import dev.examloop.search.SearchIndex;
import dev.examloop.search.SearchQuery;
import dev.examloop.search.SearchResults;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade of the map module: the current account's map of services, concepts and tags, and the
 * relations the learner adds to it.
 */
@Service
public class ConceptMap {
    public static final int DEFAULT_THRESHOLD = 2;
    private static final List<String> ZONES = List.of("red", "yellow", "green");

    private final PackCatalog catalog;
    private final SearchIndex index;
    private final Cards cards;
    private final RelationStore relations;
    private final Accounts accounts;
    private final Clock clock;

    public ConceptMap(
            PackCatalog catalog,
            SearchIndex index,
            Cards cards,
            RelationStore relations,
            Accounts accounts,
            Clock clock) {
        this.catalog = catalog;
        this.index = index;
        this.cards = cards;
        this.relations = relations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The map of one pack's starter map (or of every loaded pack's, merged, when {@code packCode} is null),
     * with the learner's relations and the derived ones of at least {@code threshold} shared documents.
     */
    public MapView map(String packCode, int threshold) {
        if (threshold < 1 || threshold > 1000) {
            throw ClientProblem.badRequest("threshold must be from 1 to 1000, was " + threshold, List.of("threshold"));
        }
        List<Pack> packs = packCode == null || packCode.isBlank()
                ? catalog.packs()
                : List.of(catalog.find(packCode)
                        .orElseThrow(() -> new ClientProblem(
                                404,
                                "unknown-pack",
                                "pack '" + packCode + "' is not loaded; loaded packs: " + catalog.knownCodes())));
        Map<String, MapNode> starter = new LinkedHashMap<>();
        List<Relation> explicit = new ArrayList<>();
        Map<String, String> nodeOfTag = new HashMap<>();
        for (Pack pack : packs) {
            for (MapNode node : pack.starterMap().nodes()) {
                MapNode known = starter.get(node.id());
                starter.put(
                        node.id(),
                        known == null
                                ? node
                                : new MapNode(
                                        node.id(),
                                        known.label(),
                                        known.kind(),
                                        known.stage(),
                                        union(known.tags(), node.tags())));
            }
            pack.starterMap().nodeOfTag().forEach(nodeOfTag::putIfAbsent);
            explicit.addAll(pack.starterMap().relations());
        }
        FromTags fromTags = fromTags(nodeOfTag, threshold);
        List<Relation> derived = fromTags.relations();
        Map<String, Integer> documentCounts = fromTags.documentCounts();
        Map<String, String> zones = new HashMap<>();
        Map<String, Integer> cardCounts = new HashMap<>();
        Set<String> ownTags = new HashSet<>();
        for (CardView card : cards.board(null, null, null)) {
            Set<String> nodes = new HashSet<>();
            for (String tag : withTopic(card)) {
                nodes.add(nodeOfTag.getOrDefault(tag, tag));
                ownTags.add(nodeOfTag.getOrDefault(tag, tag));
            }
            for (String node : nodes) {
                cardCounts.merge(node, 1, Integer::sum);
                zones.merge(node, card.zone(), (a, b) -> ZONES.indexOf(a) <= ZONES.indexOf(b) ? a : b);
            }
        }

        List<MapView.Edge> edges = new ArrayList<>();
        explicit.stream()
                .distinct()
                .forEach(r -> edges.add(new MapView.Edge(null, r.source(), r.target(), r.relation(), 1, "pack")));
        for (RelationStore.RelationRow r : relations.list(accounts.currentAccountId())) {
            edges.add(new MapView.Edge(r.id(), r.source(), r.target(), r.relation(), 1, "learner"));
        }
        derived.forEach(
                r -> edges.add(new MapView.Edge(null, r.source(), r.target(), r.relation(), r.weight(), "derived")));

        // Nodes: the starter's, then every other end of an edge, then tags of the learner's own cards.
        Map<String, MapNode> nodes = new LinkedHashMap<>(starter);
        for (MapView.Edge e : edges) {
            nodes.computeIfAbsent(e.source(), ConceptMap::tagNode);
            nodes.computeIfAbsent(e.target(), ConceptMap::tagNode);
        }
        ownTags.forEach(t -> nodes.computeIfAbsent(t, ConceptMap::tagNode));

        Map<String, List<String>> neighbours = neighbours(edges);
        Map<String, double[]> at = MapLayout.layout(nodes.values().stream()
                .map(n -> new MapLayout.Placed(n.id(), n.stage(), neighbours.getOrDefault(n.id(), List.of())))
                .toList());
        List<MapView.Node> drawn = nodes.values().stream()
                .map(n -> new MapView.Node(
                        n.id(),
                        n.label(),
                        n.kind(),
                        n.stage(),
                        n.tags(),
                        zones.getOrDefault(n.id(), "none"),
                        cardCounts.getOrDefault(n.id(), 0),
                        documentCounts.getOrDefault(n.id(), 0),
                        round(at.get(n.id())[0]),
                        round(at.get(n.id())[1])))
                .toList();
        return new MapView(
                drawn, edges, threshold, packs.stream().map(Pack::code).toList());
    }

    /** What a node links to: the documents that carry its tags (each once), and its relations. */
    public MapNodeDetail node(String packCode, String nodeId, int threshold) {
        MapView map = map(packCode, threshold);
        MapView.Node node = map.nodes().stream()
                .filter(n -> n.id().equals(nodeId))
                .findFirst()
                .orElseThrow(() -> ClientProblem.notFound("map node " + nodeId));
        Map<String, MapNodeDetail.Item> items = new LinkedHashMap<>();
        for (String tag : union(List.of(node.id()), node.tags())) {
            SearchResults tagged = index.search(new SearchQuery("", null, null, tag, 50, 0));
            for (SearchResults.Hit hit : tagged.hits()) {
                items.putIfAbsent(
                        hit.kind() + ":" + hit.refId(), new MapNodeDetail.Item(hit.kind(), hit.title(), hit.url()));
            }
        }
        List<MapNodeDetail.Item> sorted = new ArrayList<>(items.values());
        List<String> order = List.of("note", "card", "resource", "postmortem", "question");
        sorted.sort(Comparator.comparingInt((MapNodeDetail.Item i) -> order.indexOf(i.kind())));
        List<MapView.Edge> its = map.edges().stream()
                .filter(e -> e.source().equals(nodeId) || e.target().equals(nodeId))
                .toList();
        return new MapNodeDetail(node, sorted, its);
    }

    /** Adds a relation; its ends are node ids or tags (lower-case letters, digits and '-'). */
    @Transactional
    public MapView.Edge addRelation(String source, String target, String relation) {
        List<String> problems = new ArrayList<>();
        String from = end(source, "source", problems);
        String to = end(target, "target", problems);
        String what = relation == null ? "" : relation.strip();
        if (what.isEmpty() || what.length() > 64) {
            problems.add("relation: say what the source does to the target in 1 to 64 characters (\"feeds data to\")");
        }
        if (from != null && from.equals(to)) {
            problems.add("target: is the source itself");
        }
        if (!problems.isEmpty()) {
            throw ClientProblem.badRequest(
                    String.join("; ", problems),
                    problems.stream()
                            .map(p -> p.substring(0, p.indexOf(':')))
                            .distinct()
                            .toList());
        }
        String account = accounts.currentAccountId();
        if (relations.exists(account, from, to, what)) {
            throw ClientProblem.conflict("relation-exists", from + " " + what + " " + to + " is on the map already");
        }
        String id = Ids.newId();
        relations.insert(id, account, from, to, what, clock.millis());
        return new MapView.Edge(id, from, to, what, 1, "learner");
    }

    @Transactional
    public void removeRelation(String id) {
        if (!relations.delete(accounts.currentAccountId(), id)) {
            throw ClientProblem.notFound("relation " + id);
        }
    }

    private static String end(String value, String field, List<String> problems) {
        Optional<Tag> tag = Tag.typed(value);
        if (tag.isEmpty()) {
            problems.add(field + ": '" + value + "' is not a node id or tag (" + Tag.SHAPE_IN_WORDS + ")");
            return null;
        }
        return tag.get().value();
    }

    private static MapNode tagNode(String id) {
        return new MapNode(id, id, "tag", null, List.of());
    }

    private static List<String> withTopic(CardView card) {
        List<String> tags = new ArrayList<>(card.tags());
        if ("topic".equals(card.kind()) && !tags.contains(card.topic())) {
            tags.add(card.topic());
        }
        return tags;
    }

    /**
     * What the map derives from every document's tags: the co-occurrence relations and each node's number of
     * documents. Reading and counting the tags is most of a big map's time (about 0.3 s for 100,000 documents), so
     * the result is kept per account, starter-map tags and threshold until the index's tags change
     * ({@link SearchIndex#tagsVersion()}, read first: what is kept is never older than the version it is kept under).
     */
    private record FromTags(
            SearchIndex.TagsVersion version, List<Relation> relations, Map<String, Integer> documentCounts) {}

    private record FromTagsKey(String accountId, Map<String, String> nodeOfTag, int threshold) {}

    private static final int KEPT = 32;
    private final Map<FromTagsKey, FromTags> fromTags =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<FromTagsKey, FromTags> eldest) {
                    return size() > KEPT;
                }
            });

    private FromTags fromTags(Map<String, String> nodeOfTag, int threshold) {
        SearchIndex.TagsVersion version = index.tagsVersion();
        FromTagsKey key = new FromTagsKey(version.accountId(), Map.copyOf(nodeOfTag), threshold);
        FromTags kept = fromTags.get(key);
        if (kept != null && kept.version().equals(version)) {
            return kept;
        }
        Map<String, List<String>> documents = index.documentTags();
        List<Relation> relations = List.copyOf(
                CoOccurrence.relations(documents.values(), tag -> nodeOfTag.getOrDefault(tag, tag), threshold));
        Map<String, Integer> documentCounts = new HashMap<>();
        for (List<String> tags : documents.values()) {
            Set<String> nodes = new HashSet<>();
            tags.forEach(t -> nodes.add(nodeOfTag.getOrDefault(t, t)));
            nodes.forEach(n -> documentCounts.merge(n, 1, Integer::sum));
        }
        FromTags made = new FromTags(version, relations, Map.copyOf(documentCounts));
        fromTags.put(key, made);
        return made;
    }

    /** Each node's neighbours, those of its heaviest relations first (one pass over the edges, not one per node). */
    private static Map<String, List<String>> neighbours(List<MapView.Edge> edges) {
        List<MapView.Edge> heaviestFirst = new ArrayList<>(edges);
        heaviestFirst.sort(Comparator.comparingInt(MapView.Edge::weight).reversed()); // stable: ties keep their order
        Map<String, List<String>> neighbours = new HashMap<>();
        for (MapView.Edge e : heaviestFirst) {
            neighbours.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            if (!e.target().equals(e.source())) {
                neighbours.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
            }
        }
        return neighbours;
    }

    private static List<String> union(Collection<String> a, Collection<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
