package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on PostgreSQL: the stored {@code tsv} (title A, tags B, body C, 'english' configuration) matched
 * through its GIN index (or, for a word on most documents, read newest first by the planner's choice), the
 * candidates of {@link SearchEngine} ranked by {@code ts_rank} (how often the words occur, by weight);
 * {@link Snippets} marks the matches of the rows shown, as on SQLite ({@code ts_headline} took a third of the
 * time of a search).
 */
final class PostgresEngine implements SearchEngine {
    private final JdbcClient jdbc;

    PostgresEngine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit) {
        customPlans();
        // The tsquery is written out at each use, not shared through a CTE: the planner estimates how many rows a
        // written-out query matches and reads a common word newest first, a rare one through the GIN index.
        // Parameters in the order of their places in the text.
        List<Object> params = new ArrayList<>();
        String newestRank = tsquery(query, params);
        String newest = tsquery(query, params);
        String newestWhere = FilterSql.conditions("d", accountId, filters, true, params);
        String titledRank = tsquery(query, params);
        String titled = tsquery(query, params);
        String titledWhere = FilterSql.conditions("d", accountId, filters, true, params);
        params.add(limit);
        // With a kind filter the newest matches are not read newest first: the planner would walk the primary key
        // backwards and test each document's tsvector (26,000 rows, 55 ms, for a word on one document in six
        // among one kind in four); "+ 0" leaves it the GIN index ANDed with the index on kind, then a sort.
        String newestOrder = filters.kind() != null ? "d.doc_id + 0" : "d.doc_id";
        // Each candidate is ranked where its row is read, and only the rows of the page are read again for their
        // text: ranking after the union read all 2,000 candidates a second time (19-21 ms against 15 for a word on
        // a quarter of 100,000 documents, in the database).
        return jdbc.sql("SELECT d.kind, d.ref_id, d.title, d.body, d.domain_id, d.tags, d.links, d.url, top.score "
                        + "FROM (SELECT c.doc_id, MAX(c.score) AS score FROM ("
                        + "(SELECT d.doc_id, ts_rank(d.tsv, " + newestRank + ") AS score FROM search_document d "
                        + "WHERE d.tsv @@ " + newest + " AND " + newestWhere
                        + " ORDER BY " + newestOrder + " DESC LIMIT " + CANDIDATES + ") UNION ALL "
                        + "(SELECT d.doc_id, ts_rank(d.tsv, " + titledRank + ") AS score FROM search_document d "
                        + "WHERE d.title_tsv @@ " + titled + " AND " + titledWhere
                        + " ORDER BY d.doc_id DESC LIMIT " + CANDIDATES + ")) c GROUP BY c.doc_id "
                        + "ORDER BY score DESC, c.doc_id DESC LIMIT ?) top "
                        + "JOIN search_document d ON d.doc_id = top.doc_id ORDER BY top.score DESC, d.doc_id DESC")
                .params(params)
                .query((rs, n) -> new Match(rs.getString("kind"), rs.getString("ref_id"), rs.getString("title"),
                        Snippets.marked(rs.getString("title"), query), Snippets.snippet(rs.getString("body"), query),
                        rs.getString("domain_id"), rs.getString("tags"), rs.getString("links"), rs.getString("url"),
                        rs.getDouble("score")))
                .list();
    }

    /**
     * Without a kind filter, the newest matches that the ranking takes as candidates are also the matches the
     * counts count (both leave the kind out, both stop after {@value #COUNT_CAP}): one read of them serves both,
     * in three plain statements — the newest matches with their kind and rank, the newest title matches with
     * their rank, and the text of the page's rows. Apart, a word on one document in ten read its 11,000 newest
     * rows twice.
     */
    @Override
    public Ranked rankedAndCounted(String accountId, ParsedQuery query, Filters filters, int limit) {
        if (filters.kind() != null) {
            return SearchEngine.super.rankedAndCounted(accountId, query, filters, limit);
        }
        customPlans();
        Map<Long, Double> scores = new HashMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        int[] newest = new int[1];
        List<Object> params = new ArrayList<>();
        String rank = tsquery(query, params);
        String match = tsquery(query, params);
        String where = FilterSql.conditions("d", accountId, filters, false, params);
        jdbc.sql("SELECT d.doc_id, d.kind, ts_rank(d.tsv, " + rank + ") AS score FROM search_document d WHERE d.tsv @@ "
                        + match + " AND " + where + " ORDER BY d.doc_id DESC LIMIT " + (COUNT_CAP + 1))
                .params(params).query(rs -> {
                    scores.put(rs.getLong(1), rs.getDouble(3));
                    kinds.merge(rs.getString(2), 1, Integer::sum);
                    newest[0]++;
                });
        params = new ArrayList<>();
        rank = tsquery(query, params);
        match = tsquery(query, params);
        where = FilterSql.conditions("d", accountId, filters, false, params);
        jdbc.sql("SELECT d.doc_id, ts_rank(d.tsv, " + rank + ") AS score FROM search_document d WHERE d.title_tsv @@ "
                        + match + " AND " + where + " ORDER BY d.doc_id DESC LIMIT " + CANDIDATES)
                .params(params).query(rs -> {
                    scores.merge(rs.getLong(1), rs.getDouble(2), Math::max);
                });
        List<Long> best = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<Long, Double>comparingByKey().reversed()))
                .limit(limit).map(Map.Entry::getKey).toList();
        List<Match> matches = new ArrayList<>();
        if (!best.isEmpty()) {
            Map<Long, Match> byId = new HashMap<>();
            jdbc.sql("SELECT d.doc_id, d.kind, d.ref_id, d.title, d.body, d.domain_id, d.tags, d.links, d.url "
                            + "FROM search_document d WHERE d.doc_id = ANY(?)")
                    .param(best.toArray(Long[]::new))
                    .query(rs -> {
                        long id = rs.getLong("doc_id");
                        byId.put(id, new Match(rs.getString("kind"), rs.getString("ref_id"), rs.getString("title"),
                                Snippets.marked(rs.getString("title"), query),
                                Snippets.snippet(rs.getString("body"), query), rs.getString("domain_id"),
                                rs.getString("tags"), rs.getString("links"), rs.getString("url"), scores.get(id)));
                    });
            best.forEach(id -> {
                Match m = byId.get(id);
                if (m != null) {
                    matches.add(m);
                }
            });
        }
        return new Ranked(matches, new Counts(kinds, newest[0] > COUNT_CAP));
    }

    @Override
    public Counts countByKind(String accountId, ParsedQuery query, Filters filters) {
        customPlans();
        List<Object> params = new ArrayList<>();
        String tsquery = tsquery(query, params);
        String where = FilterSql.conditions("d", accountId, filters, false, params);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] total = new int[1];
        // Newest first, like the ranking's candidates just before: the same pages, already in the buffer cache; a
        // plain LIMIT let the planner scan from the oldest rows (15-19 ms against 5-10 for a common word).
        jdbc.sql("SELECT m.kind, COUNT(*) FROM (SELECT d.kind FROM search_document d WHERE d.tsv @@ (" + tsquery + ") AND "
                        + where + " ORDER BY d.doc_id DESC LIMIT " + (COUNT_CAP + 1) + ") m GROUP BY m.kind ORDER BY m.kind")
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                    total[0] += rs.getInt(2);
                });
        return new Counts(counts, total[0] > COUNT_CAP);
    }

    /**
     * Plans each search for its own words: after five runs of a prepared statement PostgreSQL may switch to a
     * generic plan, which cannot know how common a word is and reads every match through the GIN index (55 ms
     * instead of 12 for a word on a quarter of 100,000 documents). For the rest of the (read-only) transaction.
     */
    private void customPlans() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
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
