package dev.examloop.planner.internal;

import dev.examloop.core.plan.BlockKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code study_block} table. */
@Repository
public class BlockStore {
    private static final String COLUMNS =
            "id, account_id, goal_id, day, block_key, kind, domain_id, section_id, title, "
                    + "planned_minutes, status, started_at, running_since, seconds, finished_at";
    private final JdbcClient jdbc;

    public BlockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the block unless the goal already has one with its key (two tabs pressing Start at once). */
    public void insert(BlockRow b) {
        jdbc.sql("INSERT INTO study_block (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (account_id, goal_id, block_key) DO NOTHING")
                .params(
                        b.id(),
                        b.accountId(),
                        b.goalId(),
                        b.day(),
                        b.blockKey(),
                        b.kind().wire(),
                        b.domainId(),
                        b.sectionId(),
                        b.title(),
                        b.plannedMinutes(),
                        b.status().wire(),
                        b.startedAt(),
                        b.runningSince(),
                        b.seconds(),
                        b.finishedAt())
                .update();
    }

    public void updateTimer(BlockRow b) {
        jdbc.sql("UPDATE study_block SET status = ?, running_since = ?, seconds = ?, finished_at = ? "
                        + "WHERE id = ? AND account_id = ?")
                .params(b.status().wire(), b.runningSince(), b.seconds(), b.finishedAt(), b.id(), b.accountId())
                .update();
    }

    public Optional<BlockRow> byKey(String accountId, String goalId, String key) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM study_block WHERE account_id = ? AND goal_id = ? AND block_key = ?")
                .params(accountId, goalId, key)
                .query(BlockStore::row)
                .optional();
    }

    /** Forgets the resource sections of a resource about to be deleted, so its blocks stay finishable. */
    public void forgetSectionsOf(String accountId, String resourceId) {
        jdbc.sql("UPDATE study_block SET section_id = NULL WHERE account_id = ? AND section_id IN "
                        + "(SELECT id FROM resource_section WHERE account_id = ? AND resource_id = ?)")
                .params(accountId, accountId, resourceId)
                .update();
    }

    public List<BlockRow> running(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_block WHERE account_id = ? AND status = 'running'")
                .param(accountId)
                .query(BlockStore::row)
                .list();
    }

    /** Every block of the goal, by day then start. */
    public List<BlockRow> forGoal(String accountId, String goalId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_block WHERE account_id = ? AND goal_id = ? "
                        + "ORDER BY day, started_at, id")
                .params(accountId, goalId)
                .query(BlockStore::row)
                .list();
    }

    private static BlockRow row(ResultSet rs, int n) throws SQLException {
        Long running = rs.getLong("running_since");
        if (rs.wasNull()) {
            running = null;
        }
        Long finished = rs.getLong("finished_at");
        if (rs.wasNull()) {
            finished = null;
        }
        return new BlockRow(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getString("goal_id"),
                rs.getString("day"),
                rs.getString("block_key"),
                BlockKind.ofWire(rs.getString("kind")),
                rs.getString("domain_id"),
                rs.getString("section_id"),
                rs.getString("title"),
                rs.getInt("planned_minutes"),
                BlockStatus.ofWire(rs.getString("status")),
                rs.getLong("started_at"),
                running,
                rs.getLong("seconds"),
                finished);
    }
}
