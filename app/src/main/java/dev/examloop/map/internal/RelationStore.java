package dev.examloop.map.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The relations the learner added to the map. */
@Repository
public class RelationStore {
    private final JdbcClient jdbc;

    public RelationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of {@code map_relation}. */
    public record RelationRow(String id, String source, String target, String relation) {}

    public List<RelationRow> list(String accountId) {
        return jdbc.sql(
                        "SELECT id, source, target, relation FROM map_relation WHERE account_id = ? ORDER BY created_at, id")
                .param(accountId)
                .query((rs, n) -> new RelationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public boolean exists(String accountId, String source, String target, String relation) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM map_relation WHERE account_id = ? AND source = ? AND target = ? AND relation = ?")
                        .params(accountId, source, target, relation)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void insert(String id, String accountId, String source, String target, String relation, long now) {
        jdbc.sql(
                        "INSERT INTO map_relation (id, account_id, source, target, relation, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, accountId, source, target, relation, now)
                .update();
    }

    public boolean delete(String accountId, String id) {
        return jdbc.sql("DELETE FROM map_relation WHERE account_id = ? AND id = ?")
                        .params(accountId, id)
                        .update()
                == 1;
    }
}
