package dev.examloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.examloop.search.SearchIndex;
import dev.examloop.search.SearchQuery;
import dev.examloop.search.SearchResults;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code examloop search QUERY}: the search of the web application, in the terminal. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search questions, notes, cards, post-mortem entries and resources.",
            "Words are stemmed and all required; \"a phrase\", prefix*, -excluded."
        })
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    java.util.List<String> words;

    @Option(names = "--json", description = "Print the results as JSON (the shape of GET /api/search).")
    boolean json;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only question, note, card, postmortem or resource.")
    String kind;

    @Option(names = "--domain", paramLabel = "ID", description = "Only documents of this exam domain.")
    String domain;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only documents with this tag.")
    String tag;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many results (default: 10, at most 100).")
    int limit;

    @CommandLine.Mixin
    RevlogCommand.Storage storage = new RevlogCommand.Storage();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            spec.commandLine()
                    .getErr()
                    .println("examloop search: --limit must be from 1 to " + SearchQuery.MAX_LIMIT + ", was " + limit);
            return 2;
        }
        SearchResults results = storage.with(
                SearchIndex.class,
                index -> index.search(new SearchQuery(String.join(" ", words), kind, domain, tag, limit, 0)));
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(results));
        } else {
            print(results, out);
        }
        out.flush();
        return 0;
    }

    static void print(SearchResults results, PrintWriter out) {
        if (results.hits().isEmpty()) {
            out.println("Nothing found for '" + results.query() + "'.");
            return;
        }
        if (!results.documentation().isEmpty()) {
            out.println("Documented at:");
            results.documentation().forEach(d -> out.println("  " + d.url() + "  (" + d.citedBy() + ")"));
            out.println();
        }
        int n = 1;
        for (SearchResults.Hit hit : results.hits()) {
            out.printf("%2d. [%s] %s%n", n++, hit.kind(), text(hit.titleHtml()));
            out.println("    " + text(hit.snippetHtml()));
            out.println("    " + hit.url());
        }
        out.println(results.total() + (results.totalIsLowerBound() ? "+" : "") + " result(s)"
                + (results.total() > results.hits().size()
                        ? ", the first " + results.hits().size() + " shown"
                        : ""));
    }

    /** The marked HTML of a title or snippet as terminal text, matches in [brackets]. */
    static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(
                html.replace("<mark>", "[").replace("</mark>", "]"));
    }
}
