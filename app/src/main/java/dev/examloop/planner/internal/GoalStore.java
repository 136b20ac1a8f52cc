package dev.examloop.planner.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code study_goal} table; SQL that runs on SQLite and PostgreSQL alike. */
@Repository
public class GoalStore {
    private static final String COLUMNS = "id, account_id, pack_code, exam_at, time_zone, weekday_minutes, days_off, "
            + "final_window_hours, status, outcome, score, calendar_token, created_at, updated_at, archived_at";
    private final JdbcClient jdbc;

    public GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the goal; false when the account already has an active one (the unique index decides, race-free). */
    public boolean insert(GoalRow g) {
        return jdbc.sql("INSERT INTO study_goal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (account_id) WHERE status = 'active' DO NOTHING")
                        .params(
                                g.id(),
                                g.accountId(),
                                g.packCode(),
                                g.examAt(),
                                g.timeZone(),
                                g.weekdayMinutes(),
                                g.daysOff(),
                                g.finalWindowHours(),
                                g.status().wire(),
                                g.outcome(),
                                g.score(),
                                g.calendarToken(),
                                g.createdAt(),
                                g.updatedAt(),
                                g.archivedAt())
                        .update()
                == 1;
    }

    public void update(GoalRow g) {
        jdbc.sql("UPDATE study_goal SET pack_code = ?, exam_at = ?, time_zone = ?, weekday_minutes = ?, days_off = ?, "
                        + "final_window_hours = ?, status = ?, outcome = ?, score = ?, updated_at = ?, archived_at = ? "
                        + "WHERE id = ? AND account_id = ?")
                .params(
                        g.packCode(),
                        g.examAt(),
                        g.timeZone(),
                        g.weekdayMinutes(),
                        g.daysOff(),
                        g.finalWindowHours(),
                        g.status().wire(),
                        g.outcome(),
                        g.score(),
                        g.updatedAt(),
                        g.archivedAt(),
                        g.id(),
                        g.accountId())
                .update();
    }

    public Optional<GoalRow> active(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_goal WHERE account_id = ? AND status = 'active' "
                        + "ORDER BY created_at DESC LIMIT 1")
                .param(accountId)
                .query(GoalStore::row)
                .optional();
    }

    public Optional<GoalRow> find(String accountId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_goal WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(GoalStore::row)
                .optional();
    }

    public Optional<GoalRow> byCalendarToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_goal WHERE calendar_token = ?")
                .param(token)
                .query(GoalStore::row)
                .optional();
    }

    public List<GoalRow> list(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study_goal WHERE account_id = ? ORDER BY created_at DESC, id")
                .param(accountId)
                .query(GoalStore::row)
                .list();
    }

    private static GoalRow row(ResultSet rs, int n) throws SQLException {
        Integer score = rs.getInt("score");
        if (rs.wasNull()) {
            score = null;
        }
        Long archived = rs.getLong("archived_at");
        if (rs.wasNull()) {
            archived = null;
        }
        return new GoalRow(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getString("pack_code"),
                rs.getLong("exam_at"),
                rs.getString("time_zone"),
                rs.getString("weekday_minutes"),
                rs.getString("days_off"),
                rs.getInt("final_window_hours"),
                GoalStatus.ofWire(rs.getString("status")),
                rs.getString("outcome"),
                score,
                rs.getString("calendar_token"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"),
                archived);
    }
}
