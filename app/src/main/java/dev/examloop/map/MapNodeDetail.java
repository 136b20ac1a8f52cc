package dev.examloop.map;

import java.util.List;

/** What a node links to: the documents carrying its tags, and its relations. */
public record MapNodeDetail(MapView.Node node, List<Item> items, List<MapView.Edge> relations) {

    /** A question, card, note, post-mortem entry or resource linked to the node. */
    public record Item(String kind, String title, String url) {}
}
