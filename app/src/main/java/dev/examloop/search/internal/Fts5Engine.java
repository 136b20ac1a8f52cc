package dev.examloop.search.internal;

import dev.examloop.search.SearchDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on SQLite with FTS5: the porter tokenizer stems; every filter is a term of the match on the column
 * {@code scope} ({@link SearchScope}); {@code bm25} ranks with the title weighing ten times and the tags four
 * times the body; {@link Snippets} marks the matches of the rows shown.
 */
final class Fts5Engine implements SearchEngine {
    /** bm25 is lower for better matches; its weights per column: title, body, tags, scope. */
    private static final String RANK = "bm25(search_fts, 10.0, 1.0, 4.0, 0.0)";

    private final JdbcClient jdbc;

    Fts5Engine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit) {
        String words = words(query);
        String scope = scope(accountId, filters, true);
        // Title matches come first when there are more matches than candidates (a title weighs ten times the
        // body, so they would rank first anyway); otherwise the full ranking is exact and holds them already.
        Map<Long, Double> chosen = new LinkedHashMap<>();
        Map<Long, Double> full = best("{title body tags_text} : " + words + " AND " + scope, limit);
        if (full.size() >= limit && countAtLeast("{title body tags_text} : " + words + " AND " + scope, CANDIDATES)) {
            chosen.putAll(best("{title} : " + words + " AND " + scope, limit));
        }
        full.forEach(chosen::putIfAbsent);
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Long> ids = chosen.keySet().stream().limit(limit).toList();
        Map<Long, Match> rows = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT doc_id, kind, ref_id, title, body, domain_id, tags, links, url FROM search_document WHERE doc_id IN ("
                                + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")")
                .params(new ArrayList<Object>(ids))
                .query(rs -> {
                    long id = rs.getLong("doc_id");
                    rows.put(
                            id,
                            new Match(
                                    rs.getString("kind"),
                                    rs.getString("ref_id"),
                                    rs.getString("title"),
                                    Snippets.marked(rs.getString("title"), query),
                                    Snippets.snippet(rs.getString("body"), query),
                                    rs.getString("domain_id"),
                                    rs.getString("tags"),
                                    rs.getString("links"),
                                    rs.getString("url"),
                                    chosen.get(id)));
                });
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The best {@code limit} matches of an FTS5 expression among its {@value #CANDIDATES} newest, by rowid with
     * their scores: FTS5 reads rowids in order and ranks only from the candidates' lowest rowid up.
     */
    private Map<Long, Double> best(String match, int limit) {
        Map<Long, Double> best = new LinkedHashMap<>();
        jdbc.sql("SELECT rowid, -" + RANK + " FROM search_fts WHERE search_fts MATCH ? AND rowid >= COALESCE("
                        + "(SELECT MIN(rowid) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                        + "ORDER BY rowid DESC LIMIT " + CANDIDATES + ")), 0) ORDER BY " + RANK
                        + ", rowid DESC LIMIT ?")
                .params(match, match, limit)
                .query(rs -> {
                    best.put(rs.getLong(1), rs.getDouble(2));
                });
        return best;
    }

    private boolean countAtLeast(String match, int n) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)")
                        .params(match, n)
                        .query(Integer.class)
                        .single()
                >= n;
    }

    @Override
    public Counts countByKind(String accountId, ParsedQuery query, Filters filters) {
        String match = "{title body tags_text} : " + words(query) + " AND " + scope(accountId, filters, false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] total = new int[1];
        jdbc.sql("SELECT d.kind, COUNT(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT "
                        + (COUNT_CAP + 1)
                        + ") f JOIN search_document d ON d.doc_id = f.rowid GROUP BY d.kind ORDER BY d.kind")
                .param(match)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                    total[0] += rs.getInt(2);
                });
        return new Counts(counts, total[0] > COUNT_CAP);
    }

    /** The words of the query: every word and phrase quoted (so no text is read as syntax), ANDed, exclusions NOT-ed. */
    static String words(ParsedQuery query) {
        List<String> parts = new ArrayList<>();
        for (ParsedQuery.Word word : query.words()) {
            parts.add("\"" + word.text() + "\"" + (word.prefix() ? "*" : ""));
        }
        for (List<String> phrase : query.phrases()) {
            parts.add("\"" + String.join(" ", phrase) + "\"");
        }
        String all = "(" + String.join(" AND ", parts) + ")";
        return query.excluded().isEmpty()
                ? all
                : "(" + all
                        + query.excluded().stream()
                                .map(w -> " NOT \"" + w + "\"")
                                .collect(Collectors.joining()) + ")";
    }

    /** The filters as terms on the scope column: whose documents, and kind, domain and tag. */
    static String scope(String accountId, Filters filters, boolean withKind) {
        StringBuilder scope = new StringBuilder("{scope} : (" + SearchScope.account(accountId) + " OR "
                + SearchScope.account(SearchDocument.SHARED) + ")");
        if (withKind && filters.kind() != null) {
            scope.append(" AND {scope} : ").append(SearchScope.kind(filters.kind()));
        }
        if (filters.domain() != null) {
            scope.append(" AND {scope} : ").append(SearchScope.domain(filters.domain()));
        }
        if (filters.tag() != null) {
            scope.append(" AND {scope} : ").append(SearchScope.tag(filters.tag()));
        }
        return scope.toString();
    }
}
