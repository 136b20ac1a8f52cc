package dev.examloop.map;

import java.util.List;

/**
 * The map as it is drawn.
 *
 * @param threshold the least number of shared documents that made a derived relation
 */
public record MapView(List<Node> nodes, List<Edge> edges, int threshold, List<String> packs) {

    /**
     * A node.
     *
     * @param kind {@code service}, {@code concept} or {@code tag}
     * @param zone the weakest zone of its cards ("red", "yellow", "green"), or "none"
     * @param documents how many questions, cards, notes, … carry its tags
     * @param x where the layout puts it (a pipeline from left to right), in pixels
     */
    public record Node(
            String id,
            String label,
            String kind,
            String stage,
            List<String> tags,
            String zone,
            int cards,
            int documents,
            double x,
            double y) {}

    /**
     * An edge.
     *
     * @param id the id of a relation the learner added (to delete it), otherwise {@code null}
     * @param origin {@code pack} (a starter map's), {@code learner} or {@code derived} (co-occurrence)
     * @param weight for a derived edge, how many documents carry tags of both ends
     */
    public record Edge(String id, String source, String target, String relation, int weight, String origin) {}
}
