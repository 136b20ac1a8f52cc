package dev.examloop.planner.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plan_revision} table: each time the plan changed, a snapshot and the lines saying why. */
@Repository
public class RevisionStore {
    private final JdbcClient jdbc;

    public RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored revision; {@code snapshot} and {@code changes} are JSON. */
    public record RevisionRow(String id, long createdAt, String planFrom, String snapshot, String changes) {}

    /**
     * Adds a revision numbered after the last one; when another request added one with the same number at the same
     * moment, this one is dropped (it would say the same).
     */
    public void insert(
            String id,
            String accountId,
            String goalId,
            long createdAt,
            String planFrom,
            String snapshot,
            String changes) {
        jdbc.sql(
                        "INSERT INTO plan_revision (id, account_id, goal_id, number, created_at, plan_from, snapshot, changes) "
                                + "VALUES (?, ?, ?, (SELECT COALESCE(MAX(number), 0) + 1 FROM plan_revision "
                                + "WHERE account_id = ? AND goal_id = ?), ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(id, accountId, goalId, accountId, goalId, createdAt, planFrom, snapshot, changes)
                .update();
    }

    public Optional<RevisionRow> latest(String accountId, String goalId) {
        return recent(accountId, goalId, 1).stream().findFirst();
    }

    public List<RevisionRow> recent(String accountId, String goalId, int limit) {
        return jdbc.sql("SELECT id, created_at, plan_from, snapshot, changes FROM plan_revision "
                        + "WHERE account_id = ? AND goal_id = ? ORDER BY number DESC LIMIT ?")
                .params(accountId, goalId, limit)
                .query((rs, n) -> new RevisionRow(
                        rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The revisions whose plan starts on or after {@code from} (an ISO date), oldest first. */
    public List<RevisionRow> since(String accountId, String goalId, String from) {
        return jdbc.sql("SELECT id, created_at, plan_from, snapshot, changes FROM plan_revision "
                        + "WHERE account_id = ? AND goal_id = ? AND plan_from >= ? ORDER BY number")
                .params(accountId, goalId, from)
                .query((rs, n) -> new RevisionRow(
                        rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
