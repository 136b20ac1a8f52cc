package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on PostgreSQL: the stored {@code tsv} (title A, tags B, body C, 'english' configuration) matched
 * through its GIN index (or, for a word on most documents, read newest first by the planner's choice), the
 * candidates of {@link SearchEngine} ranked by {@code ts_rank} (how often the words occur, by weight);
 * {@code ts_headline} marks the matches of the page's rows only, after ranking.
 */
final class PostgresEngine implements SearchEngine {
    private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String TITLE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
            + ", HighlightAll=true";

    private final JdbcClient jdbc;

    PostgresEngine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit) {
        // The tsquery is written out at each use, not shared through a CTE: the planner estimates how many rows a
        // written-out query matches and reads a common word newest first, a rare one through the GIN index.
        // Parameters in the order of their places in the text.
        List<Object> params = new ArrayList<>();
        String forTitle = tsquery(query, params);
        params.add(TITLE_OPTIONS);
        String forBody = tsquery(query, params);
        params.add(HEADLINE_OPTIONS);
        String forRank = tsquery(query, params);
        String newest = tsquery(query, params);
        String newestWhere = FilterSql.conditions("d", accountId, filters, true, params);
        String titled = tsquery(query, params);
        String titledWhere = FilterSql.conditions("d", accountId, filters, true, params);
        params.add(limit);
        return jdbc.sql("SELECT r.kind, r.ref_id, r.title, r.domain_id, r.tags, r.links, r.url, r.score, "
                        + "ts_headline('english', r.title, " + forTitle + ", ?) AS marked_title, "
                        + "ts_headline('english', r.body, " + forBody + ", ?) AS marked_snippet "
                        + "FROM (SELECT d.kind, d.ref_id, d.title, d.body, d.domain_id, d.tags, d.links, d.url, d.doc_id, "
                        + "ts_rank(d.tsv, " + forRank + ") AS score FROM search_document d WHERE d.doc_id IN ("
                        + "(SELECT d.doc_id FROM search_document d WHERE d.tsv @@ " + newest + " AND " + newestWhere
                        + " ORDER BY d.doc_id DESC LIMIT " + CANDIDATES + ") UNION "
                        + "(SELECT d.doc_id FROM search_document d WHERE d.title_tsv @@ " + titled + " AND " + titledWhere
                        + " ORDER BY d.doc_id DESC LIMIT " + CANDIDATES + ")) "
                        + "ORDER BY score DESC, d.doc_id DESC LIMIT ?) r ORDER BY r.score DESC, r.doc_id DESC")
                .params(params).query((rs, n) -> FilterSql.match(rs)).list();
    }

    @Override
    public Counts countByKind(String accountId, ParsedQuery query, Filters filters) {
        List<Object> params = new ArrayList<>();
        String tsquery = tsquery(query, params);
        String where = FilterSql.conditions("d", accountId, filters, false, params);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] total = new int[1];
        jdbc.sql("SELECT m.kind, COUNT(*) FROM (SELECT d.kind FROM search_document d WHERE d.tsv @@ (" + tsquery + ") AND "
                        + where + " LIMIT " + (COUNT_CAP + 1) + ") m GROUP BY m.kind ORDER BY m.kind")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                    total[0] += rs.getInt(2);
                });
        return new Counts(counts, total[0] > COUNT_CAP);
    }

    /**
     * The tsquery as SQL with its words as parameters: each word through the 'english' configuration (so it is
     * stemmed like the documents), a prefix through 'simple' with {@code :*}, a phrase with
     * {@code phraseto_tsquery}, exclusions negated; all ANDed.
     */
    static String tsquery(ParsedQuery query, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (ParsedQuery.Word word : query.words()) {
            if (word.prefix()) {
                parts.add("to_tsquery('simple', ?)");
                params.add(word.text() + ":*");
            } else {
                parts.add("plainto_tsquery('english', ?)");
                params.add(word.text());
            }
        }
        for (List<String> phrase : query.phrases()) {
            parts.add("phraseto_tsquery('english', ?)");
            params.add(String.join(" ", phrase));
        }
        for (String word : query.excluded()) {
            parts.add("(!! plainto_tsquery('english', ?))");
            params.add(word);
        }
        return "(" + String.join(" && ", parts) + ")";
    }
}
