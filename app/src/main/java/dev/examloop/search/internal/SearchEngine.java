package dev.examloop.search.internal;

import java.util.List;
import java.util.Map;

/**
 * Full-text matching and ranking, the part of search that differs between the databases: FTS5 on SQLite,
 * tsvector and GIN on PostgreSQL. Both read the same {@code search_document} rows, written by
 * {@link DocumentStore}; snippets mark matches with {@link #MARK_START} and {@link #MARK_END}.
 *
 * <p>Both rank the same candidates, so that a query costs about the same however many documents it matches:
 * the {@value #CANDIDATES} most recently written matches and the {@value #CANDIDATES} most recent whose title
 * matches. A query with fewer matches than that is ranked exactly; one with more (a word on every page)
 * ranks its title matches and its newest matches, and its counts stop at {@value #COUNT_CAP}. (With a kind
 * filter and more matches than that, PostgreSQL takes that kind's matches among the newest {@value #COUNT_CAP} of
 * all kinds when there are at least 200 of them, rather than the newest {@value #CANDIDATES} of the kind; see
 * {@code PostgresEngine}.)
 */
public interface SearchEngine {
    char MARK_START = '\u0001';
    char MARK_END = '\u0002';
    int CANDIDATES = 1000;
    int COUNT_CAP = 1000;

    /** The best {@code limit} matches of {@code query} among the account's and the shared documents. */
    List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit);

    /** How many documents match, by kind (the kind filter is ignored), counting at most {@value #COUNT_CAP}. */
    Counts countByKind(String accountId, ParsedQuery query, Filters filters);

    /**
     * {@link #ranked} and {@link #countByKind} together, which an engine may answer with fewer reads of the
     * index than the two apart.
     */
    default Ranked rankedAndCounted(String accountId, ParsedQuery query, Filters filters, int limit) {
        return new Ranked(ranked(accountId, query, filters, limit), countByKind(accountId, query, filters));
    }

    /** The best matches and the counts by kind. */
    record Ranked(List<Match> matches, Counts counts) {}

    /** The filters besides the text; any may be {@code null}. */
    record Filters(String kind, String domain, String tag) {}

    /** A matching row, with the title and snippet marked. */
    record Match(
            String kind,
            String refId,
            String title,
            String markedTitle,
            String markedSnippet,
            String domainId,
            String tags,
            String links,
            String url,
            double score) {}

    /**
     * Counts of matches by kind.
     *
     * @param capped true when counting stopped at {@value #COUNT_CAP} matches: the counts are lower bounds
     */
    record Counts(Map<String, Integer> kinds, boolean capped) {}
}
