package dev.examloop.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.content.PackCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map page: the graph (drawn by Cytoscape.js from /api/map), and the same map as lists without JavaScript. */
@Controller
class MapPages {
    private final ConceptMap map;
    private final PackCatalog catalog;
    private final ObjectMapper json;

    MapPages(ConceptMap map, PackCatalog catalog, ObjectMapper json) {
        this.map = map;
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping("/map")
    String page(@RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold, Model model) {
        MapView view = map.map(pack, threshold);
        model.addAttribute("map", view);
        model.addAttribute("mapJson", scriptSafe(view));
        model.addAttribute("pack", pack == null ? "" : pack);
        model.addAttribute("packs", catalog.packs().stream().filter(p -> !p.starterMap().isEmpty())
                .map(p -> p.code()).toList());
        return "map/page";
    }

    /**
     * The map as JSON to put in a {@code <script type="application/json">} element, so that the page draws it
     * without asking the server for it again: {@code <}, {@code >} and {@code &} are written as JSON escapes,
     * so no text in it can close the element.
     */
    String scriptSafe(MapView view) {
        try {
            return json.writeValueAsString(view).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PostMapping("/map/relations")
    String add(@RequestParam String source, @RequestParam String relation, @RequestParam String target,
            @RequestParam(defaultValue = "") String pack) {
        map.addRelation(source, target, relation);
        return "redirect:/map" + (pack.isBlank() ? "" : "?pack=" + java.net.URLEncoder.encode(pack,
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
