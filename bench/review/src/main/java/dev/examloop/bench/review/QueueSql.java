package dev.examloop.bench.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that {@code CardStore} runs for {@code Cards.queue()}, copied piece by piece from
 * app/src/main/java/dev/examloop/review/internal/CardStore.java. Each piece is one Java string literal of that
 * file, so {@link #checkAgainst} can tell when the application's SQL has drifted from what is timed here; the
 * steps of queue() are checked the same way in Cards.java ({@link #QUEUE_CODE}).
 *
 * <p>Parameters are bound with {@code setObject}, as Spring's JdbcClient does for values of unknown SQL type,
 * in the order of CardStore's {@code .params(...)}.
 */
final class QueueSql {
    /**
     * The literals of CardStore.COLUMNS. Since V5__mistake_count_on_card.sql the mistakes are a column of card;
     * before, they were a correlated COUNT over card_outcome (see docs/performance-review.md for what that cost).
     */
    static final List<String> COLUMNS_PIECES = List.of(
            "c.id, c.account_id, c.number, c.kind, c.topic, c.pack_code, c.question_id, ",
            "c.title, c.domain_id, c.domain_title, c.tags, c.links, c.note, c.confidence, c.workflow, c.fsrs_state, ",
            "c.fsrs_step, c.stability, c.difficulty, c.due_at, c.last_review_at, c.zone, c.zone_reason, c.created_at, ",
            "c.updated_at, c.mistakes");

    static final String COLUMNS = String.join("", COLUMNS_PIECES);

    /** One query: its name, the literal pieces after {@code "SELECT " + COLUMNS} (or the whole text), joined. */
    record Query(String name, boolean selectsColumns, List<String> pieces) {
        String sql(String columns) {
            String tail = String.join("", pieces);
            return selectsColumns ? "SELECT " + columns + tail : tail;
        }
    }

    static final Query SETTINGS = new Query(
            "settings",
            false,
            List.of(
                    "SELECT desired_retention, new_cards_per_day, schedule_missed_questions FROM review_settings ",
                    "WHERE account_id = ?"));
    static final Query RED = new Query(
            "red",
            true,
            List.of(" FROM card c WHERE c.account_id = ? AND c.zone = ? ", "ORDER BY c.due_at, c.number LIMIT ?"));
    static final Query DUE = new Query(
            "due",
            true,
            List.of(
                    " FROM card c WHERE c.account_id = ? AND c.fsrs_state <> 0 AND c.due_at <= ? ",
                    "ORDER BY c.due_at, c.number LIMIT ?"));
    static final Query INTRODUCED = new Query(
            "introducedSince",
            false,
            List.of("SELECT COUNT(*) FROM review_log WHERE account_id = ? AND state = 0 AND reviewed_at >= ?"));
    static final Query FRESH = new Query(
            "fresh",
            true,
            List.of(
                    " FROM card c WHERE c.account_id = ? AND c.fsrs_state = 0 ",
                    "ORDER BY c.created_at, c.number LIMIT ?"));
    static final Query COUNT_DUE = new Query(
            "countDue",
            false,
            List.of("SELECT COUNT(*) FROM card WHERE account_id = ? AND fsrs_state <> 0 AND due_at <= ?"));
    static final Query COUNT_RED =
            new Query("countRed", false, List.of("SELECT COUNT(*) FROM card WHERE account_id = ? AND zone = ?"));

    /** In the order Cards.queue() runs them. */
    static final List<Query> ALL = List.of(SETTINGS, RED, DUE, INTRODUCED, FRESH, COUNT_DUE, COUNT_RED);

    /** What Cards.queue() must still say for the timing here to follow it (see QueueBench.queue). */
    static final List<String> QUEUE_CODE = List.of(
            "static final int QUEUE_PAGE = 100;",
            "ReviewSettings settings = store.settings(account);",
            "Scheduler scheduler = scheduler(settings);",
            "store.red(account, QUEUE_PAGE)",
            "store.due(account, endOfDay, QUEUE_PAGE)",
            "int room = Math.max(0, settings.newCardsPerDay() - store.introducedSince(account, startOfDay));",
            "if (room > 0) {",
            "store.fresh(account, Math.min(room, QUEUE_PAGE) + newOnRedPage)",
            "store.countDue(account, endOfDay), store.countRed(account)");

    private QueueSql() {}

    /** The pieces that are not string literals of CardStore.java; empty when the SQL is the application's. */
    static List<String> checkAgainst(Path cardStore) throws IOException {
        String source = Files.readString(cardStore);
        List<String> missing = new ArrayList<>();
        List<String> pieces = new ArrayList<>(COLUMNS_PIECES);
        for (Query q : ALL) {
            pieces.addAll(q.pieces());
        }
        for (String piece : pieces) {
            if (!source.contains("\"" + piece + "\"")) {
                missing.add(piece);
            }
        }
        // The steps and parameters of queue(), as they read in the source.
        String cards = Files.readString(cardStore.getParent().getParent().resolve("Cards.java"));
        for (String code : QUEUE_CODE) {
            if (!cards.contains(code)) {
                missing.add("Cards.java: " + code);
            }
        }
        return missing;
    }

    /** A card row read the way CardStore.card reads it (every column, by name). */
    record Row(String id, int fsrsState, long dueAt, int mistakes) {}

    static List<Row> cards(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(read(rs));
                }
                return rows;
            }
        }
    }

    static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                return rs.getLong(1);
            }
        }
    }

    /** The integer columns of a one-row result. */
    static int[] counts(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int[] values = new int[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getInt(i + 1);
                }
                return values;
            }
        }
    }

    static int count(Connection c, String sql, Object... params) throws SQLException {
        return (int) single(c, sql, params);
    }

    /** The settings row as CardStore.settings reads it; the daily new-card limit, or the default 20. */
    static int newCardsPerDay(Connection c, String sql, String account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 20;
                }
                rs.getDouble(1);
                rs.getBoolean(3);
                return rs.getInt(2);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    // Reads every column as CardStore.card does, so that the cost of moving and decoding the rows counts.
    private static Row read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        rs.getString("account_id");
        rs.getLong("number");
        rs.getString("kind");
        rs.getString("topic");
        rs.getString("pack_code");
        rs.getString("question_id");
        rs.getString("title");
        rs.getString("domain_id");
        rs.getString("domain_title");
        rs.getString("tags");
        rs.getString("links");
        rs.getString("note");
        rs.getInt("confidence");
        rs.getString("workflow");
        int state = rs.getInt("fsrs_state");
        rs.getInt("fsrs_step");
        rs.getDouble("stability");
        rs.wasNull();
        rs.getDouble("difficulty");
        rs.wasNull();
        long due = rs.getLong("due_at");
        rs.getLong("last_review_at");
        rs.wasNull();
        rs.getString("zone");
        rs.getString("zone_reason");
        rs.getLong("created_at");
        rs.getLong("updated_at");
        int mistakes = rs.getInt("mistakes");
        return new Row(id, state, due, mistakes);
    }
}
