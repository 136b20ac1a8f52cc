package dev.examloop.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the documentation pages the best matches point to (the answer to "where is this
 * documented?"), then the matching documents, best first.
 *
 * @param total how many documents match, over every kind when no kind filter is set
 * @param totalIsLowerBound true when counting stopped early (at 1,000 matches): there are at least {@code total}
 * @param kinds how many documents of each kind match (ignoring the kind filter), for the filter's counts
 * @param documentation the documentation pages cited by the best matches, most cited by the best first
 */
public record SearchResults(
        String query,
        int total,
        boolean totalIsLowerBound,
        Map<String, Integer> kinds,
        List<DocumentationLink> documentation,
        List<Hit> hits,
        boolean questionsHidden) {

    /**
     * One matching document.
     *
     * @param titleHtml the title with the matching words in {@code <mark>}, HTML-escaped otherwise
     * @param snippetHtml a passage of the text around the matches, the same way
     */
    public record Hit(
            String kind,
            String refId,
            String title,
            String titleHtml,
            String snippetHtml,
            String domainId,
            List<String> tags,
            List<String> links,
            String url,
            double score) {}

    /** A documentation page and how many of the best matches cite it. */
    public record DocumentationLink(String url, String title, int citedBy) {}
}
