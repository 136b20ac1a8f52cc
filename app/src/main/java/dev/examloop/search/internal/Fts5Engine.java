package dev.examloop.search.internal;

import dev.examloop.search.SearchDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on SQLite with FTS5: the porter tokenizer stems; every filter is a term of the match on the column
 * {@code scope} ({@link SearchScope}); {@code bm25} ranks with the title weighing ten times and the tags four
 * times the body; {@code snippet} and {@code highlight} mark the matches of the rows shown.
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
        String full = "{title body tags_text} : " + words + " AND " + scope;
        String titles = "{title} : " + words + " AND " + scope;
        Set<Long> candidates = new LinkedHashSet<>(best(full, limit));
        candidates.addAll(best(titles, limit));
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Snippets are made for the rows shown only, one lookup by rowid each, in one statement.
        String one = "SELECT d.kind, d.ref_id, d.title, d.domain_id, d.tags, d.links, d.url, "
                + "highlight(search_fts, 0, ?, ?) AS marked_title, snippet(search_fts, 1, ?, ?, '…', 24) AS marked_snippet, "
                + "-" + RANK + " AS score, d.doc_id FROM search_fts JOIN search_document d ON d.doc_id = search_fts.rowid "
                + "WHERE search_fts MATCH ? AND search_fts.rowid = ?";
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (long rowid : candidates) {
            parts.add(one);
            params.addAll(List.of(String.valueOf(MARK_START), String.valueOf(MARK_END), String.valueOf(MARK_START),
                    String.valueOf(MARK_END), full, rowid));
        }
        List<Match> matches = new ArrayList<>(jdbc.sql(String.join(" UNION ALL ", parts)).params(params)
                .query((rs, n) -> FilterSql.match(rs)).list());
        matches.sort(Comparator.comparingDouble(Match::score).reversed());
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /**
     * The rowids of the best {@code limit} matches of an FTS5 expression among its {@value #CANDIDATES} newest:
     * FTS5 reads rowids in order and ranks only from the candidates' lowest rowid up.
     */
    private List<Long> best(String match, int limit) {
        return jdbc.sql("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= COALESCE("
                        + "(SELECT MIN(rowid) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                        + "ORDER BY rowid DESC LIMIT " + CANDIDATES + ")), 0) ORDER BY " + RANK + ", rowid DESC LIMIT ?")
                .params(match, match, limit).query(Long.class).list();
    }

    @Override
    public Counts countByKind(String accountId, ParsedQuery query, Filters filters) {
        String match = "{title body tags_text} : " + words(query) + " AND " + scope(accountId, filters, false);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] total = new int[1];
        jdbc.sql("SELECT d.kind, COUNT(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT "
                        + (COUNT_CAP + 1) + ") f JOIN search_document d ON d.doc_id = f.rowid GROUP BY d.kind ORDER BY d.kind")
                .param(match).query(rs -> {
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
        return query.excluded().isEmpty() ? all
                : "(" + all + query.excluded().stream().map(w -> " NOT \"" + w + "\"").collect(Collectors.joining()) + ")";
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
