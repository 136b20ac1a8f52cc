package dev.examloop.search;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search} and the tags shared by questions, cards and notes. */
@RestController
@Tag(
        name = "Search",
        description = "Full-text search over questions, notes, cards, post-mortem entries and resources; tags")
class SearchApi {
    private final SearchIndex index;

    SearchApi(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/search")
    @Operation(
            summary =
                    "Search: words (stemmed, all required), \"phrases\", prefix*, -excluded; filters by kind "
                            + "(question, note, card, postmortem, resource), domain and tag; documentation pages cited by the best matches first")
    SearchResults search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return index.search(query(q, kind, domain, tag, limit, offset));
    }

    @GetMapping("/api/tags")
    @Operation(summary = "The tags of questions, cards and notes, with how many documents carry each")
    List<SearchIndex.TagCount> tags() {
        return index.tags();
    }

    @GetMapping("/api/tags/{tag}")
    @Operation(summary = "The documents with a tag, newest first")
    SearchResults tagged(@PathVariable String tag, @RequestParam(defaultValue = "50") int limit) {
        return index.search(query("", null, null, tag, limit, 0));
    }

    static SearchQuery query(String q, String kind, String domain, String tag, int limit, int offset) {
        if (q != null && q.length() > 500) {
            throw ClientProblem.badRequest("q is " + q.length() + " characters long, at most 500", List.of("q"));
        }
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw ClientProblem.badRequest(
                    "limit must be from 1 to " + SearchQuery.MAX_LIMIT + ", was " + limit, List.of("limit"));
        }
        if (offset < 0 || offset > 10_000) {
            throw ClientProblem.badRequest("offset must be from 0 to 10000, was " + offset, List.of("offset"));
        }
        return new SearchQuery(q, kind, domain, tag, limit, offset);
    }
}
