package dev.examloop.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.content.PackCatalog;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map page: the graph (drawn by Cytoscape.js from /api/map), and the same map as lists without JavaScript. */
@Controller
class MapPages {
    /** Up to this many nodes the page carries the map as lists too; beyond, they have a page of their own. */
    static final int LISTS_INLINE = 400;

    private final ConceptMap map;
    private final PackCatalog catalog;
    private final ObjectMapper json;

    MapPages(ConceptMap map, PackCatalog catalog, ObjectMapper json) {
        this.map = map;
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/map")
    String page(
            @RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold,
            Model model) {
        MapView view = map.map(pack, threshold);
        model.addAttribute("map", view);
        model.addAttribute("mapJson", scriptSafe(PageMap.of(view)));
        model.addAttribute("listsInline", view.nodes().size() <= LISTS_INLINE);
        model.addAttribute("pack", pack == null ? "" : pack);
        model.addAttribute(
                "packs",
                catalog.packs().stream()
                        .filter(p -> !p.starterMap().isEmpty())
                        .map(p -> p.code())
                        .toList());
        return "map/page";
    }

    @GetMapping("/map/lists")
    String lists(
            @RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold,
            Model model) {
        model.addAttribute("map", map.map(pack, threshold));
        model.addAttribute("pack", pack == null ? "" : pack);
        return "map/lists";
    }

    /**
     * What the page's script needs of the map, and no more: a 2,000-node map is 0.7 MB as the API gives it, with
     * the tags of every node and the relation of every co-occurrence.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageMap(List<PageNode> nodes, List<PageEdge> edges) {
        static PageMap of(MapView view) {
            return new PageMap(
                    view.nodes().stream()
                            .map(n -> new PageNode(
                                    n.id(),
                                    n.label().equals(n.id()) ? null : n.label(),
                                    n.kind(),
                                    n.zone(),
                                    n.documents(),
                                    n.x(),
                                    n.y()))
                            .toList(),
                    view.edges().stream()
                            .map(e -> new PageEdge(
                                    e.source(),
                                    e.target(),
                                    "derived".equals(e.origin()) ? null : e.relation(),
                                    e.origin(),
                                    e.weight()))
                            .toList());
        }
    }

    /** A node as the page draws it; the label is left out when it is the id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageNode(String id, String label, String kind, String zone, int documents, double x, double y) {}

    /** An edge as the page draws it; the relation is left out for co-occurrence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PageEdge(String source, String target, String relation, String origin, int weight) {}

    /**
     * The map as JSON to put in a {@code <script type="application/json">} element, so that the page draws it
     * without asking the server for it again: {@code <}, {@code >} and {@code &} are written as JSON escapes,
     * so no text in it can close the element.
     */
    String scriptSafe(Object view) {
        try {
            return json.writeValueAsString(view)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PostMapping("/map/relations")
    String add(
            @RequestParam String source,
            @RequestParam String relation,
            @RequestParam String target,
            @RequestParam(defaultValue = "") String pack) {
        map.addRelation(source, target, relation);
        return "redirect:/map"
                + (pack.isBlank()
                        ? ""
                        : "?pack=" + java.net.URLEncoder.encode(pack, java.nio.charset.StandardCharsets.UTF_8));
    }
}
