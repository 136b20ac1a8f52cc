package dev.examloop.map;

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

    MapPages(ConceptMap map, PackCatalog catalog) {
        this.map = map;
        this.catalog = catalog;
    }

    @GetMapping("/map")
    String page(@RequestParam(required = false) String pack,
            @RequestParam(defaultValue = "" + ConceptMap.DEFAULT_THRESHOLD) int threshold, Model model) {
        model.addAttribute("map", map.map(pack, threshold));
        model.addAttribute("pack", pack == null ? "" : pack);
        model.addAttribute("packs", catalog.packs().stream().filter(p -> !p.starterMap().isEmpty())
                .map(p -> p.code()).toList());
        return "map/page";
    }

    @PostMapping("/map/relations")
    String add(@RequestParam String source, @RequestParam String relation, @RequestParam String target,
            @RequestParam(defaultValue = "") String pack) {
        map.addRelation(source, target, relation);
        return "redirect:/map" + (pack.isBlank() ? "" : "?pack=" + java.net.URLEncoder.encode(pack,
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
