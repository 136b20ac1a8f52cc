package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on SQLite with FTS5: the porter tokenizer stems, {@code bm25} ranks with the title weighing ten
 * times and the tags four times the body, {@code snippet} and {@code highlight} mark the matches.
 */
final class Fts5Engine implements SearchEngine {
    /** bm25 is lower for better matches; its weights per column: title, body, tags. */
    private static final String RANK = "bm25(search_fts, 10.0, 1.0, 4.0)";

    private final JdbcClient jdbc;

    Fts5Engine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(String.valueOf(MARK_START));
        params.add(String.valueOf(MARK_END));
        params.add(String.valueOf(MARK_START));
        params.add(String.valueOf(MARK_END));
        params.add(match(query));
        String where = FilterSql.conditions("d", accountId, filters, true, params);
        params.add(limit);
        return jdbc.sql("SELECT d.kind, d.ref_id, d.title, d.domain_id, d.tags, d.links, d.url, "
                        + "highlight(search_fts, 0, ?, ?) AS marked_title, "
                        + "snippet(search_fts, 1, ?, ?, '…', 24) AS marked_snippet, "
                        + "-" + RANK + " AS score "
                        + "FROM search_fts JOIN search_document d ON d.doc_id = search_fts.rowid "
                        + "WHERE search_fts MATCH ? AND " + where + " ORDER BY " + RANK + ", d.doc_id LIMIT ?")
                .params(params).query((rs, n) -> FilterSql.match(rs)).list();
    }

    @Override
    public Map<String, Integer> countByKind(String accountId, ParsedQuery query, Filters filters) {
        List<Object> params = new ArrayList<>();
        params.add(match(query));
        String where = FilterSql.conditions("d", accountId, filters, false, params);
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT d.kind, COUNT(*) FROM search_fts JOIN search_document d ON d.doc_id = search_fts.rowid "
                        + "WHERE search_fts MATCH ? AND " + where + " GROUP BY d.kind ORDER BY d.kind")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** The FTS5 query: every word and phrase quoted (so no text is read as syntax), ANDed, exclusions NOT-ed. */
    static String match(ParsedQuery query) {
        List<String> parts = new ArrayList<>();
        for (ParsedQuery.Word word : query.words()) {
            parts.add("\"" + word.text() + "\"" + (word.prefix() ? "*" : ""));
        }
        for (List<String> phrase : query.phrases()) {
            parts.add("\"" + String.join(" ", phrase) + "\"");
        }
        String all = "(" + String.join(" AND ", parts) + ")";
        return query.excluded().isEmpty() ? all
                : all + query.excluded().stream().map(w -> " NOT \"" + w + "\"").collect(Collectors.joining());
    }
}
