package dev.examloop.search.internal;

import dev.examloop.common.JsonLists;
import dev.examloop.search.SearchDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows of the search index, the same on both databases: {@code search_document} (whose full-text index
 * each database keeps in its own way) and {@code search_tag}. A write that changes nothing is skipped, so
 * that modules may publish every save without churning the full-text index.
 */
@Repository
public class DocumentStore {
    private final JdbcClient jdbc;

    public DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or updates the document and its tags; false when it was there already, unchanged. */
    public boolean put(SearchDocument d, long now) {
        String tags = JsonLists.write(d.tags());
        String links = JsonLists.write(d.links());
        String tagsText = tagsText(d.tags());
        Optional<List<String>> stored = jdbc.sql("SELECT title, body, domain_id, tags, links, url FROM search_document "
                        + "WHERE account_id = ? AND kind = ? AND ref_id = ?")
                .params(d.accountId(), d.kind(), d.refId())
                .query((rs, n) -> java.util.Arrays.asList(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
        List<String> wanted = java.util.Arrays.asList(d.title(), d.body(), d.domainId(), tags, links, d.url());
        if (stored.isPresent() && stored.get().equals(wanted)) {
            return false;
        }
        // An upsert, so that two application nodes indexing the same pack at once do not collide.
        jdbc.sql(
                        "INSERT INTO search_document (account_id, kind, ref_id, title, body, tags_text, domain_id, tags, links, "
                                + "url, updated_at, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (account_id, kind, ref_id) DO UPDATE SET title = excluded.title, "
                                + "body = excluded.body, tags_text = excluded.tags_text, domain_id = excluded.domain_id, "
                                + "tags = excluded.tags, links = excluded.links, url = excluded.url, updated_at = excluded.updated_at, "
                                + "scope = excluded.scope")
                .params(
                        d.accountId(),
                        d.kind(),
                        d.refId(),
                        d.title(),
                        d.body(),
                        tagsText,
                        d.domainId(),
                        tags,
                        links,
                        d.url(),
                        now,
                        SearchScope.of(d))
                .update();
        if (stored.isEmpty() || !stored.get().get(3).equals(tags)) {
            int removed = jdbc.sql("DELETE FROM search_tag WHERE account_id = ? AND kind = ? AND ref_id = ?")
                    .params(d.accountId(), d.kind(), d.refId())
                    .update();
            for (String tag : d.tags()) {
                jdbc.sql("INSERT INTO search_tag (account_id, kind, ref_id, tag) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT (account_id, kind, ref_id, tag) DO NOTHING")
                        .params(d.accountId(), d.kind(), d.refId(), tag)
                        .update();
            }
            if (removed > 0 || !d.tags().isEmpty()) {
                tagsChanged(d.accountId());
            }
        }
        return true;
    }

    public void remove(String accountId, String kind, String refId) {
        int removed = jdbc.sql("DELETE FROM search_tag WHERE account_id = ? AND kind = ? AND ref_id = ?")
                .params(accountId, kind, refId)
                .update();
        jdbc.sql("DELETE FROM search_document WHERE account_id = ? AND kind = ? AND ref_id = ?")
                .params(accountId, kind, refId)
                .update();
        if (removed > 0) {
            tagsChanged(accountId);
        }
    }

    /**
     * Raises the account's tag generation (V9) in the transaction that changed its tags, as its last statement
     * before the commit: the row's lock is then the last one the transaction takes, so that two transactions
     * writing the same documents cannot each hold what the other waits for (on PostgreSQL), and it is held for the
     * shortest time. Outside a transaction, at once.
     */
    private void tagsChanged(String accountId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raiseGeneration(accountId);
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof GenerationRaise raise && raise.store() == this) {
                raise.accounts.add(accountId);
                return;
            }
        }
        GenerationRaise raise = new GenerationRaise();
        raise.accounts.add(accountId);
        TransactionSynchronizationManager.registerSynchronization(raise);
    }

    /** The accounts whose tags one transaction changed, their generations raised just before it commits. */
    private final class GenerationRaise implements TransactionSynchronization {
        private final Set<String> accounts = new LinkedHashSet<>();

        DocumentStore store() {
            return DocumentStore.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            accounts.forEach(DocumentStore.this::raiseGeneration);
        }
    }

    private void raiseGeneration(String accountId) {
        jdbc.sql("INSERT INTO search_tag_generation (account_id, generation) VALUES (?, 1) ON CONFLICT (account_id) "
                        + "DO UPDATE SET generation = search_tag_generation.generation + 1")
                .params(accountId)
                .update();
    }

    /**
     * The generations of the account's tags and of the shared documents' tags (0 before any change): both stay the
     * same exactly as long as {@link #documentTags} would read the same rows.
     */
    public long[] tagGenerations(String accountId) {
        long[] generations = new long[2];
        jdbc.sql("SELECT account_id, generation FROM search_tag_generation WHERE account_id IN (?, ?)")
                .params(accountId, SearchDocument.SHARED)
                .query(rs -> {
                    generations[SearchDocument.SHARED.equals(rs.getString(1)) ? 1 : 0] = rs.getLong(2);
                });
        return generations;
    }

    /** The title and address of a document the account sees, if the index has it. */
    public Optional<Map.Entry<String, String>> describe(String accountId, String kind, String refId) {
        return jdbc
                .sql("SELECT title, url FROM search_document WHERE account_id IN (?, ?) AND kind = ? AND ref_id = ? "
                        + "ORDER BY account_id")
                .params(accountId, SearchDocument.SHARED, kind, refId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .findFirst();
    }

    /** The ids of an account's documents of one kind (for pack content: {@link SearchDocument#SHARED}). */
    public Set<String> refIds(String accountId, String kind) {
        return Set.copyOf(jdbc.sql("SELECT ref_id FROM search_document WHERE account_id = ? AND kind = ?")
                .params(accountId, kind)
                .query(String.class)
                .list());
    }

    /** Tags with the number of the account's and shared documents carrying each, most used first. */
    public List<Map.Entry<String, Integer>> tagCounts(String accountId) {
        return jdbc.sql("SELECT tag, COUNT(*) AS n FROM search_tag WHERE account_id IN (?, ?) GROUP BY tag "
                        + "ORDER BY n DESC, tag")
                .params(accountId, SearchDocument.SHARED)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
    }

    /** The tags of each of the account's and shared documents, keyed by {@code kind:refId}. */
    public Map<String, List<String>> documentTags(String accountId) {
        Map<String, List<String>> byDocument = new HashMap<>();
        jdbc.sql("SELECT kind, ref_id, tag FROM search_tag WHERE account_id IN (?, ?)")
                .params(accountId, SearchDocument.SHARED)
                .query(rs -> {
                    byDocument
                            .computeIfAbsent(rs.getString(1) + ":" + rs.getString(2), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        return byDocument;
    }

    /**
     * Browsing without words: the filtered documents, newest first. With a tag, the tag's rows lead (a tag is
     * on few documents), so that no document is read only to be filtered out.
     */
    public List<SearchEngine.Match> latest(String accountId, SearchEngine.Filters filters, int limit) {
        List<Object> params = new ArrayList<>();
        String from = "search_document d";
        String where;
        if (filters.tag() != null) {
            from = "search_tag t JOIN search_document d ON d.account_id = t.account_id AND d.kind = t.kind "
                    + "AND d.ref_id = t.ref_id";
            where = FilterSql.conditions(
                            "d",
                            accountId,
                            new SearchEngine.Filters(filters.kind(), filters.domain(), null),
                            true,
                            params)
                    + " AND t.tag = ? AND t.account_id IN (?, ?)";
            params.add(filters.tag());
            params.add(accountId);
            params.add(SearchDocument.SHARED);
        } else {
            where = FilterSql.conditions("d", accountId, filters, true, params);
        }
        params.add(limit);
        return jdbc.sql(
                        "SELECT d.kind, d.ref_id, d.title, d.domain_id, d.tags, d.links, d.url, d.title AS marked_title, "
                                + "SUBSTR(d.body, 1, 240) AS marked_snippet, 0 AS score FROM " + from + " WHERE "
                                + where
                                + " ORDER BY d.updated_at DESC, d.doc_id LIMIT ?")
                .params(params)
                .query((rs, n) -> FilterSql.match(rs))
                .list();
    }

    public Map<String, Integer> countLatest(String accountId, SearchEngine.Filters filters) {
        List<Object> params = new ArrayList<>();
        String from = "search_document d";
        String where;
        if (filters.tag() != null) {
            from = "search_tag t JOIN search_document d ON d.account_id = t.account_id AND d.kind = t.kind "
                    + "AND d.ref_id = t.ref_id";
            where = FilterSql.conditions(
                            "d", accountId, new SearchEngine.Filters(null, filters.domain(), null), false, params)
                    + " AND t.tag = ? AND t.account_id IN (?, ?)";
            params.add(filters.tag());
            params.add(accountId);
            params.add(SearchDocument.SHARED);
        } else {
            where = FilterSql.conditions("d", accountId, filters, false, params);
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT d.kind, COUNT(*) FROM " + from + " WHERE " + where + " GROUP BY d.kind ORDER BY d.kind")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Tags are indexed as words: {@code kinesis-data-streams} as "kinesis data streams". */
    static String tagsText(List<String> tags) {
        return String.join(" ", tags).replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
