package dev.examloop.review.internal;

import dev.examloop.core.board.Zone;
import dev.examloop.review.Workflow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code card} table (and the post-mortem notes a card shows); SQL that runs on SQLite and PostgreSQL alike. */
@Repository
public class CardStore {
    private static final String COLUMNS = "c.id, c.account_id, c.number, c.kind, c.topic, c.pack_code, c.question_id, "
            + "c.title, c.domain_id, c.domain_title, c.tags, c.links, c.note, c.confidence, c.workflow, c.fsrs_state, "
            + "c.fsrs_step, c.stability, c.difficulty, c.due_at, c.last_review_at, c.zone, c.zone_reason, c.created_at, "
            + "c.updated_at, c.mistakes";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public CardStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A card's memory state computed again: by its number, the stability and difficulty after its last review. */
    public record MemoryUpdate(long number, double stability, double difficulty) {}

    /**
     * Sets the memory state of the account's reviewed cards (a card still new is left alone), in batches; the due
     * dates, states and learning steps stay.
     */
    public void updateMemory(String accountId, List<MemoryUpdate> updates, long now) {
        batches.batchUpdate(
                "UPDATE card SET stability = ?, difficulty = ?, updated_at = ? "
                        + "WHERE account_id = ? AND number = ? AND fsrs_state <> 0",
                updates,
                500,
                (statement, update) -> {
                    statement.setDouble(1, update.stability());
                    statement.setDouble(2, update.difficulty());
                    statement.setLong(3, now);
                    statement.setString(4, accountId);
                    statement.setLong(5, update.number());
                });
    }

    private static final int BATCH = 500;

    /** Inserts cards in batches, with their mistake counts. */
    public void insertAll(List<CardRow> cards) {
        batches.batchUpdate(
                "INSERT INTO card (id, account_id, number, kind, topic, pack_code, question_id, title, domain_id, "
                        + "domain_title, tags, links, note, confidence, workflow, fsrs_state, fsrs_step, stability, "
                        + "difficulty, due_at, last_review_at, zone, zone_reason, created_at, updated_at, mistakes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                cards,
                BATCH,
                (st, c) -> {
                    st.setString(1, c.id());
                    st.setString(2, c.accountId());
                    st.setLong(3, c.number());
                    st.setString(4, c.kind().wire());
                    st.setString(5, c.topic());
                    st.setObject(6, c.packCode(), java.sql.Types.VARCHAR);
                    st.setObject(7, c.questionId(), java.sql.Types.VARCHAR);
                    st.setString(8, c.title());
                    st.setObject(9, c.domainId(), java.sql.Types.VARCHAR);
                    st.setObject(10, c.domainTitle(), java.sql.Types.VARCHAR);
                    st.setString(11, c.tags());
                    st.setString(12, c.links());
                    st.setObject(13, c.note(), java.sql.Types.VARCHAR);
                    st.setInt(14, c.confidence());
                    st.setString(15, c.workflow().wire());
                    st.setInt(16, c.fsrsState());
                    st.setInt(17, c.fsrsStep());
                    st.setObject(18, c.stability(), java.sql.Types.DOUBLE);
                    st.setObject(19, c.difficulty(), java.sql.Types.DOUBLE);
                    st.setLong(20, c.dueAt());
                    st.setObject(21, c.lastReviewAt(), java.sql.Types.BIGINT);
                    st.setString(22, ZoneNames.wire(c.zone()));
                    st.setObject(23, c.zoneReason(), java.sql.Types.VARCHAR);
                    st.setLong(24, c.createdAt());
                    st.setLong(25, c.updatedAt());
                    st.setInt(26, c.mistakes());
                });
    }

    /** Updates the schedule, zone and mistake count of cards in batches (what an import changes). */
    public void updateSchedules(List<CardRow> cards) {
        batches.batchUpdate(
                "UPDATE card SET fsrs_state = ?, fsrs_step = ?, stability = ?, difficulty = ?, due_at = ?, "
                        + "last_review_at = ?, zone = ?, zone_reason = ?, updated_at = ?, mistakes = ? "
                        + "WHERE id = ? AND account_id = ?",
                cards,
                BATCH,
                (st, c) -> {
                    st.setInt(1, c.fsrsState());
                    st.setInt(2, c.fsrsStep());
                    st.setObject(3, c.stability(), java.sql.Types.DOUBLE);
                    st.setObject(4, c.difficulty(), java.sql.Types.DOUBLE);
                    st.setLong(5, c.dueAt());
                    st.setObject(6, c.lastReviewAt(), java.sql.Types.BIGINT);
                    st.setString(7, ZoneNames.wire(c.zone()));
                    st.setObject(8, c.zoneReason(), java.sql.Types.VARCHAR);
                    st.setLong(9, c.updatedAt());
                    st.setInt(10, c.mistakes());
                    st.setString(11, c.id());
                    st.setString(12, c.accountId());
                });
    }

    /** Every card of the account by its number. */
    public java.util.Map<Long, CardRow> byNumber(String accountId) {
        java.util.Map<Long, CardRow> cards = new java.util.HashMap<>();
        for (CardRow row : jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ?")
                .param(accountId)
                .query(CardStore::card)
                .list()) {
            cards.put(row.number(), row);
        }
        return cards;
    }

    public long nextNumber(String accountId) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM card WHERE account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    public void insert(CardRow c) {
        insertAll(List.of(c));
    }

    public void update(CardRow c) {
        jdbc.sql("UPDATE card SET title = ?, domain_id = ?, domain_title = ?, tags = ?, links = ?, note = ?, "
                        + "confidence = ?, workflow = ?, fsrs_state = ?, fsrs_step = ?, stability = ?, difficulty = ?, "
                        + "due_at = ?, last_review_at = ?, zone = ?, zone_reason = ?, updated_at = ? "
                        + "WHERE id = ? AND account_id = ?")
                .params(
                        c.title(),
                        c.domainId(),
                        c.domainTitle(),
                        c.tags(),
                        c.links(),
                        c.note(),
                        c.confidence(),
                        c.workflow().wire(),
                        c.fsrsState(),
                        c.fsrsStep(),
                        c.stability(),
                        c.difficulty(),
                        c.dueAt(),
                        c.lastReviewAt(),
                        ZoneNames.wire(c.zone()),
                        c.zoneReason(),
                        c.updatedAt(),
                        c.id(),
                        c.accountId())
                .update();
    }

    /** Locks the card's row for the rest of the transaction; false when the account has no such card. */
    public boolean lock(String accountId, String cardId) {
        return jdbc.sql("UPDATE card SET updated_at = updated_at WHERE id = ? AND account_id = ?")
                        .params(cardId, accountId)
                        .update()
                == 1;
    }

    public Optional<CardRow> find(String accountId, String cardId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.id = ? AND c.account_id = ?")
                .params(cardId, accountId)
                .query(CardStore::card)
                .optional();
    }

    public Optional<CardRow> findByTopic(String accountId, CardKind kind, String topic) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ? AND c.kind = ? AND c.topic = ?")
                .params(accountId, kind.wire(), topic)
                .query(CardStore::card)
                .optional();
    }

    public Optional<CardRow> findByNumber(String accountId, long number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ? AND c.number = ?")
                .params(accountId, number)
                .query(CardStore::card)
                .optional();
    }

    /** The board's cards, filtered in SQL by domain, zone and tag (any of them may be null). */
    public List<CardRow> list(String accountId, String domainId, Zone zone, String tag) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ?");
        List<Object> params = new ArrayList<>(List.of(accountId));
        if (domainId != null) {
            sql.append(" AND c.domain_id = ?");
            params.add(domainId);
        }
        if (zone != null) {
            sql.append(" AND c.zone = ?");
            params.add(ZoneNames.wire(zone));
        }
        if (tag != null) {
            sql.append(" AND c.tags LIKE ?");
            params.add("%\"" + tag.replace("%", "").replace("_", "") + "\"%");
        }
        sql.append(" ORDER BY c.due_at, c.number");
        return jdbc.sql(sql.toString()).params(params).query(CardStore::card).list();
    }

    /** Cards due by {@code cutoff} that have been reviewed before, most overdue first. */
    public List<CardRow> due(String accountId, long cutoff, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM card c WHERE c.account_id = ? AND c.fsrs_state <> 0 AND c.due_at <= ? "
                        + "ORDER BY c.due_at, c.number LIMIT ?")
                .params(accountId, cutoff, limit)
                .query(CardStore::card)
                .list();
    }

    public List<CardRow> red(String accountId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ? AND c.zone = ? "
                        + "ORDER BY c.due_at, c.number LIMIT ?")
                .params(accountId, "red", limit)
                .query(CardStore::card)
                .list();
    }

    public List<CardRow> fresh(String accountId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card c WHERE c.account_id = ? AND c.fsrs_state = 0 "
                        + "ORDER BY c.created_at, c.number LIMIT ?")
                .params(accountId, limit)
                .query(CardStore::card)
                .list();
    }

    /** How many reviewed cards are due by {@code cutoff}. */
    public int countDue(String accountId, long cutoff) {
        return jdbc.sql("SELECT COUNT(*) FROM card WHERE account_id = ? AND fsrs_state <> 0 AND due_at <= ?")
                .params(accountId, cutoff)
                .query(Integer.class)
                .single();
    }

    public int countRed(String accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM card WHERE account_id = ? AND zone = ?")
                .params(accountId, "red")
                .query(Integer.class)
                .single();
    }

    /** The learner's post-mortem explanations for a card (for a question card: those about its question). */
    public List<String> notes(String accountId, String cardId, String questionId) {
        return jdbc.sql(
                        "SELECT explanation FROM postmortem_entry WHERE account_id = ? AND (card_id = ? OR question_id = ?) "
                                + "ORDER BY updated_at DESC, id")
                .params(accountId, cardId, questionId)
                .query(String.class)
                .list();
    }

    private static CardRow card(ResultSet rs, int row) throws SQLException {
        return new CardRow(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getLong("number"),
                CardKind.ofWire(rs.getString("kind")),
                rs.getString("topic"),
                rs.getString("pack_code"),
                rs.getString("question_id"),
                rs.getString("title"),
                rs.getString("domain_id"),
                rs.getString("domain_title"),
                rs.getString("tags"),
                rs.getString("links"),
                rs.getString("note"),
                rs.getInt("confidence"),
                workflow(rs.getString("workflow")),
                rs.getInt("fsrs_state"),
                rs.getInt("fsrs_step"),
                nullableDouble(rs, "stability"),
                nullableDouble(rs, "difficulty"),
                rs.getLong("due_at"),
                nullableLong(rs, "last_review_at"),
                ZoneNames.of(rs.getString("zone")),
                rs.getString("zone_reason"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"),
                rs.getInt("mistakes"));
    }

    private static Workflow workflow(String wire) {
        return Workflow.ofWire(wire)
                .orElseThrow(() -> new IllegalStateException("'" + wire + "' is not a board column"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Cards to review by {@code cutoff}: reviewed cards due by then, and red cards whatever their due date. */
    public int countDueOrRed(String accountId, long cutoff) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM card WHERE account_id = ? AND ((fsrs_state <> 0 AND due_at <= ?) OR zone = 'red')")
                .params(accountId, cutoff)
                .query(Integer.class)
                .single();
    }

    /** New cards that are not red (red ones are counted with the cards to review). */
    public int countNewNotRed(String accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM card WHERE account_id = ? AND fsrs_state = 0 AND zone <> 'red'")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    /** Due times of reviewed cards due in [start, end). */
    public List<Long> dueBetween(String accountId, long start, long end) {
        return jdbc.sql(
                        "SELECT due_at FROM card WHERE account_id = ? AND fsrs_state <> 0 AND due_at >= ? AND due_at < ?")
                .params(accountId, start, end)
                .query(Long.class)
                .list();
    }

    /** Red cards per domain id, of one pack (cards made by hand without a pack count too). */
    public java.util.Map<String, Integer> redByDomain(String accountId, String packCode) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT domain_id, COUNT(*) FROM card WHERE account_id = ? AND zone = 'red' AND domain_id IS NOT NULL "
                        + "AND (pack_code = ? OR pack_code IS NULL) GROUP BY domain_id")
                .params(accountId, packCode)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }
}
