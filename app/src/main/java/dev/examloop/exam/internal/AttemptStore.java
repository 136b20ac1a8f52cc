package dev.examloop.exam.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attempt tables, with SQL that runs unchanged on SQLite and PostgreSQL. Every query names the account. */
@Repository
public class AttemptStore {
    private static final String ATTEMPT_COLUMNS = "id, account_id, pack_code, pack_version, mode, status, "
            + "question_count, duration_seconds, started_at, deadline_at, submitted_at, submit_reason, correct_count, "
            + "current_position, current_since, domains_filter, draw_notes, blueprint";
    private static final String ITEM_COLUMNS = "position, question_id, domain_id, snapshot, selected, flagged, "
            + "guessed, checked, answered_at, time_spent_ms, correct";

    private final JdbcClient jdbc;

    public AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AttemptRow a, List<ItemRow> items) {
        jdbc.sql("INSERT INTO attempt (" + ATTEMPT_COLUMNS + ") VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.id(),
                        a.accountId(),
                        a.packCode(),
                        a.packVersion(),
                        a.mode(),
                        a.status().wire(),
                        a.questionCount(),
                        a.durationSeconds(),
                        a.startedAt(),
                        a.deadlineAt(),
                        a.submittedAt(),
                        a.submitReason(),
                        a.correctCount(),
                        a.currentPosition(),
                        a.currentSince(),
                        a.domainsFilter(),
                        a.drawNotes(),
                        a.blueprint())
                .update();
        for (ItemRow i : items) {
            jdbc.sql("INSERT INTO attempt_question (attempt_id, account_id, " + ITEM_COLUMNS + ") VALUES "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            a.id(),
                            a.accountId(),
                            i.position(),
                            i.questionId(),
                            i.domainId(),
                            i.snapshot(),
                            i.selected(),
                            i.flagged(),
                            i.guessed(),
                            i.checked(),
                            i.answeredAt(),
                            i.timeSpentMs(),
                            i.correct())
                    .update();
        }
    }

    public Optional<AttemptRow> find(String accountId, String attemptId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE id = ? AND account_id = ?")
                .params(attemptId, accountId)
                .query(AttemptStore::attempt)
                .optional();
    }

    public List<AttemptRow> list(String accountId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE account_id = ? ORDER BY started_at DESC, id")
                .params(accountId)
                .query(AttemptStore::attempt)
                .list();
    }

    /** Whether the account has a full mock (exam mode) in progress. */
    public boolean examInProgress(String accountId) {
        return !runningExams(accountId).isEmpty();
    }

    /** The account's full mocks (exam mode) in progress, the one started last first. */
    public List<AttemptRow> runningExams(String accountId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE account_id = ? AND status = ? "
                        + "AND mode = 'exam' ORDER BY started_at DESC, id")
                .params(accountId, AttemptStatus.IN_PROGRESS.wire())
                .query(AttemptStore::attempt)
                .list();
    }

    /** Marks an in-progress attempt abandoned; returns whether this call did. */
    public boolean markAbandoned(String accountId, String attemptId, long at) {
        return jdbc.sql("UPDATE attempt SET status = ?, submitted_at = ?, submit_reason = ?, current_position = NULL, "
                                + "current_since = NULL WHERE id = ? AND account_id = ? AND status = ?")
                        .params(
                                AttemptStatus.ABANDONED.wire(),
                                at,
                                AttemptStatus.ABANDONED.wire(),
                                attemptId,
                                accountId,
                                AttemptStatus.IN_PROGRESS.wire())
                        .update()
                == 1;
    }

    /** In-progress attempts of every account whose deadline is before {@code cutoff}. */
    public List<AttemptRow> expired(long cutoff) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE status = ? AND deadline_at IS NOT NULL "
                        + "AND deadline_at < ?")
                .params(AttemptStatus.IN_PROGRESS.wire(), cutoff)
                .query(AttemptStore::attempt)
                .list();
    }

    public List<ItemRow> items(String accountId, String attemptId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM attempt_question WHERE attempt_id = ? AND account_id = ? "
                        + "ORDER BY position")
                .params(attemptId, accountId)
                .query(AttemptStore::item)
                .list();
    }

    public Optional<ItemRow> item(String accountId, String attemptId, int position) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM attempt_question WHERE attempt_id = ? AND account_id = ? "
                        + "AND position = ?")
                .params(attemptId, accountId, position)
                .query(AttemptStore::item)
                .optional();
    }

    public void saveAnswer(
            String accountId,
            String attemptId,
            int position,
            String selected,
            boolean flagged,
            boolean guessed,
            long answeredAt) {
        jdbc.sql("UPDATE attempt_question SET selected = ?, flagged = ?, guessed = ?, answered_at = ? "
                        + "WHERE attempt_id = ? AND account_id = ? AND position = ?")
                .params(selected, flagged, guessed, answeredAt, attemptId, accountId, position)
                .update();
    }

    public void markChecked(String accountId, String attemptId, int position) {
        jdbc.sql("UPDATE attempt_question SET checked = ? WHERE attempt_id = ? AND account_id = ? AND position = ?")
                .params(true, attemptId, accountId, position)
                .update();
    }

    /** Adds the time since the last question was shown to it, and makes {@code position} the one shown now. */
    public void moveTo(
            String accountId, String attemptId, Integer previous, long spentOnPrevious, Integer position, Long since) {
        if (previous != null && spentOnPrevious > 0) {
            addTime(accountId, attemptId, previous, spentOnPrevious);
        }
        jdbc.sql("UPDATE attempt SET current_position = ?, current_since = ? WHERE id = ? AND account_id = ?")
                .params(position, since, attemptId, accountId)
                .update();
    }

    /**
     * Locks the attempt's row until the transaction ends (a no-op update takes the row lock on PostgreSQL and
     * the write lock on SQLite); false when the account has no such attempt.
     */
    public boolean lock(String accountId, String attemptId) {
        return jdbc.sql("UPDATE attempt SET status = status WHERE id = ? AND account_id = ?")
                        .params(attemptId, accountId)
                        .update()
                == 1;
    }

    /** Marks the attempt submitted unless it already is; returns whether this call submitted it. */
    public boolean markSubmitted(String accountId, String attemptId, long submittedAt, String reason) {
        return jdbc.sql("UPDATE attempt SET status = ?, submitted_at = ?, submit_reason = ?, current_position = NULL, "
                                + "current_since = NULL WHERE id = ? AND account_id = ? AND status = ?")
                        .params(
                                AttemptStatus.SUBMITTED.wire(),
                                submittedAt,
                                reason,
                                attemptId,
                                accountId,
                                AttemptStatus.IN_PROGRESS.wire())
                        .update()
                == 1;
    }

    public void addTime(String accountId, String attemptId, int position, long ms) {
        jdbc.sql("UPDATE attempt_question SET time_spent_ms = time_spent_ms + ? "
                        + "WHERE attempt_id = ? AND account_id = ? AND position = ?")
                .params(ms, attemptId, accountId, position)
                .update();
    }

    public void recordScore(
            String accountId, String attemptId, int correctCount, Map<Integer, Boolean> correctByPosition) {
        jdbc.sql("UPDATE attempt SET correct_count = ? WHERE id = ? AND account_id = ?")
                .params(correctCount, attemptId, accountId)
                .update();
        correctByPosition.forEach((position, correct) -> jdbc.sql(
                        "UPDATE attempt_question SET correct = ? WHERE attempt_id = ? AND account_id = ? AND position = ?")
                .params(correct, attemptId, accountId, position)
                .update());
    }

    /** For each question of {@code pack} the account has met in any attempt, when it was last met. */
    public Map<String, Long> lastSeen(String accountId, String pack) {
        Map<String, Long> seen = new HashMap<>();
        jdbc.sql("SELECT q.question_id, MAX(a.started_at) AS last_seen FROM attempt_question q "
                        + "JOIN attempt a ON a.id = q.attempt_id WHERE a.account_id = ? AND a.pack_code = ? "
                        + "GROUP BY q.question_id")
                .params(accountId, pack)
                .query(rs -> {
                    seen.put(rs.getString("question_id"), rs.getLong("last_seen"));
                });
        return seen;
    }

    private static AttemptRow attempt(ResultSet rs, int row) throws SQLException {
        return new AttemptRow(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getString("pack_code"),
                rs.getString("pack_version"),
                rs.getString("mode"),
                AttemptStatus.ofWire(rs.getString("status")),
                rs.getInt("question_count"),
                nullableInt(rs, "duration_seconds"),
                rs.getLong("started_at"),
                nullableLong(rs, "deadline_at"),
                nullableLong(rs, "submitted_at"),
                rs.getString("submit_reason"),
                nullableInt(rs, "correct_count"),
                nullableInt(rs, "current_position"),
                nullableLong(rs, "current_since"),
                rs.getString("domains_filter"),
                rs.getString("draw_notes"),
                rs.getString("blueprint"));
    }

    private static ItemRow item(ResultSet rs, int row) throws SQLException {
        boolean correct = rs.getBoolean("correct");
        Boolean nullableCorrect = rs.wasNull() ? null : correct;
        return new ItemRow(
                rs.getInt("position"),
                rs.getString("question_id"),
                rs.getString("domain_id"),
                rs.getString("snapshot"),
                rs.getString("selected"),
                rs.getBoolean("flagged"),
                rs.getBoolean("guessed"),
                rs.getBoolean("checked"),
                nullableLong(rs, "answered_at"),
                rs.getLong("time_spent_ms"),
                nullableCorrect);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
