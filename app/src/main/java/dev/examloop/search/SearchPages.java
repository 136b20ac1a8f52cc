package dev.examloop.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page (with htmx, results are redrawn as the learner types) and the tag pages. */
@Controller
class SearchPages {
    private final SearchIndex index;

    SearchPages(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String tag,
            @RequestHeader(value = "HX-Target", required = false) String target,
            Model model) {
        SearchResults results = index.search(SearchApi.query(q, kind, domain, tag, 30, 0));
        model.addAttribute(
                "page",
                new SearchPage(
                        q,
                        kind,
                        domain,
                        tag,
                        results,
                        q.isBlank() && tag == null
                                ? index.tags().stream().limit(60).toList()
                                : java.util.List.of()));
        return "results".equals(target) ? "search/results" : "search/page";
    }

    @GetMapping("/tags/{tag}")
    String tag(@PathVariable String tag) {
        return "redirect:/search?tag=" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8);
    }
}
