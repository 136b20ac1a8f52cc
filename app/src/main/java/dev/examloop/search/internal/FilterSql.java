package dev.examloop.search.internal;

import dev.examloop.search.SearchDocument;
import java.util.List;

/** The WHERE conditions both engines share: whose documents, and the kind, domain and tag filters. */
final class FilterSql {
    private FilterSql() {}

    static String conditions(
            String alias, String accountId, SearchEngine.Filters filters, boolean withKind, List<Object> params) {
        StringBuilder sql = new StringBuilder(alias + ".account_id IN (?, ?)");
        params.add(accountId);
        params.add(SearchDocument.SHARED);
        if (withKind && filters.kind() != null) {
            sql.append(" AND ").append(alias).append(".kind = ?");
            params.add(filters.kind());
        }
        if (filters.domain() != null) {
            sql.append(" AND ").append(alias).append(".domain_id = ?");
            params.add(filters.domain());
        }
        if (filters.tag() != null) {
            // The caller joins search_tag t on the document (DocumentStore.latest) or tests it here.
            sql.append(" AND EXISTS (SELECT 1 FROM search_tag x WHERE x.account_id = ")
                    .append(alias)
                    .append(".account_id AND x.kind = ")
                    .append(alias)
                    .append(".kind AND x.ref_id = ")
                    .append(alias)
                    .append(".ref_id AND x.tag = ?)");
            params.add(filters.tag());
        }
        return sql.toString();
    }

    /** The same columns from both engines: see {@link SearchEngine.Match}. */
    static SearchEngine.Match match(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SearchEngine.Match(
                rs.getString("kind"),
                rs.getString("ref_id"),
                rs.getString("title"),
                rs.getString("marked_title"),
                rs.getString("marked_snippet"),
                rs.getString("domain_id"),
                rs.getString("tags"),
                rs.getString("links"),
                rs.getString("url"),
                rs.getDouble("score"));
    }
}
