package dev.examloop.search.internal;

import java.util.List;
import java.util.Map;

/**
 * Full-text matching and ranking, the part of search that differs between the databases: FTS5 on SQLite,
 * tsvector and GIN on PostgreSQL. Both read the same {@code search_document} rows, written by
 * {@link DocumentStore}; snippets mark matches with {@link #MARK_START} and {@link #MARK_END}.
 */
public interface SearchEngine {
    char MARK_START = '\u0001';
    char MARK_END = '\u0002';

    /** The best {@code limit} matches of {@code query} among the account's and the shared documents. */
    List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit);

    /** How many documents match, by kind (the kind filter is ignored). */
    Map<String, Integer> countByKind(String accountId, ParsedQuery query, Filters filters);

    /** The filters besides the text; any may be {@code null}. */
    record Filters(String kind, String domain, String tag) {}

    /** A matching row, with the title and snippet marked. */
    record Match(String kind, String refId, String title, String markedTitle, String markedSnippet, String domainId,
            String tags, String links, String url, double score) {}
}
