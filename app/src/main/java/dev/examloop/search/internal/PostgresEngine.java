package dev.examloop.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
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
    /**
     * With a kind filter and more than {@value #COUNT_CAP} matches, the least number of that kind's newest matches
     * to rank, besides its title matches: fewer among the newest matches of all kinds, and they are read apart.
     */
    static final int KIND_CANDIDATES = 200;

    private final JdbcClient jdbc;

    PostgresEngine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Match> ranked(String accountId, ParsedQuery query, Filters filters, int limit) {
        return rankedAndCounted(accountId, query, filters, limit).matches();
    }

    /**
     * One read of the newest matches serves the counts and the ranking: the counts count them (leaving the kind
     * filter out, stopping after {@value #COUNT_CAP}), and the first {@value #CANDIDATES} of them (of the kind
     * asked for, if any) are the newest candidates; with the newest title matches they are ranked, and only the
     * page's rows are then read again, by id. Apart, a word on one document in ten read its 11,000 newest rows
     * twice and every candidate a third time. With a kind filter and more matches than were read, the newest
     * candidates of that kind are read for themselves when fewer than {@value #KIND_CANDIDATES} were among them.
     */
    @Override
    public Ranked rankedAndCounted(String accountId, ParsedQuery query, Filters filters, int limit) {
        customPlans();
        String kind = filters.kind();
        Map<Long, Double> scores = new HashMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        int[] newest = new int[1];
        int[] candidates = new int[1];
        List<Object> params = new ArrayList<>();
        String rank = tsquery(query, params);
        String match = tsquery(query, params);
        String where = FilterSql.conditions("d", accountId, filters, false, params);
        jdbc.sql("SELECT d.doc_id, d.kind, ts_rank(d.tsv, " + rank + ") AS score FROM search_document d WHERE d.tsv @@ "
                        + match + " AND " + where + " ORDER BY d.doc_id DESC LIMIT " + (COUNT_CAP + 1))
                .params(params)
                .query(rs -> {
                    if ((kind == null || kind.equals(rs.getString(2))) && candidates[0] < CANDIDATES) {
                        scores.put(rs.getLong(1), rs.getDouble(3));
                        candidates[0]++;
                    }
                    kinds.merge(rs.getString(2), 1, Integer::sum);
                    newest[0]++;
                });
        if (kind != null && newest[0] > COUNT_CAP && candidates[0] < KIND_CANDIDATES) {
            // More matches than were read, and few of the kind among them: its newest candidates are read for
            // themselves, as SQLite reads them (a kind written long ago, such as the packs' questions, may have
            // none among the newest matches of all kinds). Not when there are enough: that read costs 20-40 ms for
            // a common word (every match of the kind, then a sort). "+ 0" keeps the planner from walking the
            // primary key backwards testing every tsvector (55 ms): the GIN index ANDed with the index on kind.
            rankedCandidates(accountId, query, filters, "tsv", "d.doc_id + 0", scores);
        }
        rankedCandidates(accountId, query, filters, "title_tsv", "d.doc_id", scores);
        List<Long> best = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.<Long, Double>comparingByKey().reversed()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        List<Match> matches = new ArrayList<>();
        if (!best.isEmpty()) {
            Map<Long, Match> byId = new HashMap<>();
            jdbc.sql("SELECT d.doc_id, d.kind, d.ref_id, d.title, d.body, d.domain_id, d.tags, d.links, d.url "
                            + "FROM search_document d WHERE d.doc_id = ANY(?)")
                    .param(best.toArray(Long[]::new))
                    .query(rs -> {
                        long id = rs.getLong("doc_id");
                        byId.put(
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
                                        scores.get(id)));
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

    /**
     * The newest {@value #CANDIDATES} documents (the kind filter applied) whose {@code column} matches, with their
     * rank, into {@code scores}, keeping the higher of two ranks of one document.
     */
    private void rankedCandidates(
            String accountId,
            ParsedQuery query,
            Filters filters,
            String column,
            String order,
            Map<Long, Double> scores) {
        List<Object> params = new ArrayList<>();
        String rank = tsquery(query, params);
        String match = tsquery(query, params);
        String where = FilterSql.conditions("d", accountId, filters, true, params);
        jdbc.sql("SELECT d.doc_id, ts_rank(d.tsv, " + rank + ") AS score FROM search_document d WHERE d." + column
                        + " @@ " + match + " AND " + where + " ORDER BY " + order + " DESC LIMIT " + CANDIDATES)
                .params(params)
                .query(rs -> {
                    scores.merge(rs.getLong(1), rs.getDouble(2), Math::max);
                });
    }

    @Override
    public Counts countByKind(String accountId, ParsedQuery query, Filters filters) {
        return rankedAndCounted(accountId, query, filters, 1).counts();
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
