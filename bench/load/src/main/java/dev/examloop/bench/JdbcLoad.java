package dev.examloop.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * "The limit": the database work of one answer save, done with plain JDBC and nothing else (no HTTP, no JSON,
 * no Spring), from many threads sharing a pool of the size the application uses.
 *
 * <p>One save (--statements limit, the default) is the write of an answer: in one transaction, read the attempt
 * row ({@code AttemptStore.find}), then the UPDATE of {@code attempt_question} ({@code AttemptStore.saveAnswer}),
 * commit. With --statements app it is every statement {@code Attempts.answer} runs: also the no-op UPDATE that
 * locks the attempt row ({@code AttemptStore.lock}) first and the read of the question row before the write.
 * The JDBC calls mirror what Spring's transaction manager makes: setAutoCommit(false), the statements,
 * commit(), setAutoCommit(true). The SQLite connection has the application's settings
 * (DatabaseConfiguration): WAL, synchronous=FULL, foreign keys, busy_timeout.
 */
final class JdbcLoad {
    /** The same statements as AttemptStore, character for character. */
    private static final String FIND_ATTEMPT = "SELECT id, account_id, pack_code, pack_version, mode, status, "
            + "question_count, duration_seconds, started_at, deadline_at, submitted_at, submit_reason, correct_count, "
            + "current_position, current_since, domains_filter, draw_notes, blueprint"
            + " FROM attempt WHERE id = ? AND account_id = ?";

    private static final String SAVE_ANSWER = "UPDATE attempt_question SET selected = ?, flagged = ?, guessed = ?, "
            + "answered_at = ? WHERE attempt_id = ? AND account_id = ? AND position = ?";
    private static final String ACCOUNT = "local";
    /** With --statements app: what AttemptStore.lock and AttemptStore.item run in Attempts.answer. */
    private static final String LOCK_ATTEMPT = "UPDATE attempt SET status = status WHERE id = ? AND account_id = ?";

    private static final String FIND_ITEM = "SELECT position, question_id, domain_id, snapshot, selected, flagged, "
            + "guessed, checked, answered_at, time_spent_ms, correct FROM attempt_question WHERE attempt_id = ? "
            + "AND account_id = ? AND position = ?";

    private JdbcLoad() {}

    static List<Result> run(Load.Options o) throws Exception {
        if (o.url == null) {
            throw new IllegalArgumentException("jdbc needs --url JDBC_URL");
        }
        boolean sqlite = o.url.startsWith("jdbc:sqlite:");
        boolean appStatements = o.statements.equals("app");
        String client = appStatements ? "jdbc-app-sql" : "jdbc-limit";
        int poolSize = o.pool > 0 ? o.pool : sqlite ? 1 : 16; // DatabaseConfiguration's sizes
        Properties properties = new Properties();
        if (sqlite) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "FULL");
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("busy_timeout", "10000");
        }
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(poolSize, true);
        List<Connection> all = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            Connection c = DriverManager.getConnection(o.url, properties);
            all.add(c);
            pool.add(c);
        }

        // The attempts the HTTP run started: thread i saves into attempt i, like candidate i did.
        List<String> ids = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        Connection first = all.getFirst();
        try (PreparedStatement s = first.prepareStatement("SELECT id, question_count FROM attempt WHERE account_id = ? "
                + "AND status = ? AND pack_code = ? ORDER BY started_at, id")) {
            s.setString(1, ACCOUNT);
            s.setString(2, "in_progress");
            s.setString(3, o.pack);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    counts.add(rs.getInt(2));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no attempt in progress of " + o.pack + " in " + o.url
                    + ": run the http load against this database first");
        }
        if (sqlite) {
            try (Statement s = first.createStatement()) {
                Load.log("  sqlite settings: journal_mode=" + pragma(s, "journal_mode") + " synchronous="
                        + pragma(s, "synchronous") + " (2 = FULL) busy_timeout=" + pragma(s, "busy_timeout"));
            }
        }
        first.setAutoCommit(true);

        java.util.concurrent.atomic.LongAdder uses = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder held = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder waited = new java.util.concurrent.atomic.LongAdder();
        Pool.Meter meter = () -> new Pool.Snapshot(uses.sum(), held.sum() / 1e9, waited.sum() / 1e9);
        Phase.Save save = (worker, sequence) -> {
            String id = ids.get(worker % ids.size());
            int position = (int) (sequence % counts.get(worker % ids.size())) + 1;
            long asked = System.nanoTime();
            Connection c = pool.take();
            long got = System.nanoTime();
            try {
                c.setAutoCommit(false);
                try {
                    if (appStatements) {
                        try (PreparedStatement lock = c.prepareStatement(LOCK_ATTEMPT)) {
                            lock.setString(1, id);
                            lock.setString(2, ACCOUNT);
                            lock.executeUpdate();
                        }
                    }
                    try (PreparedStatement find = c.prepareStatement(FIND_ATTEMPT)) {
                        find.setString(1, id);
                        find.setString(2, ACCOUNT);
                        try (ResultSet rs = find.executeQuery()) {
                            if (!rs.next()) {
                                throw new IllegalStateException("attempt " + id + " vanished");
                            }
                            for (int column = 1; column <= 18; column++) {
                                rs.getObject(column); // read the whole row, as the row mapper does
                            }
                        }
                    }
                    if (appStatements) {
                        try (PreparedStatement item = c.prepareStatement(FIND_ITEM)) {
                            item.setString(1, id);
                            item.setString(2, ACCOUNT);
                            item.setInt(3, position);
                            try (ResultSet rs = item.executeQuery()) {
                                if (!rs.next()) {
                                    throw new IllegalStateException("question " + position + " of " + id + " vanished");
                                }
                                for (int column = 1; column <= 11; column++) {
                                    rs.getObject(column);
                                }
                            }
                        }
                    }
                    int changed;
                    try (PreparedStatement update = c.prepareStatement(SAVE_ANSWER)) {
                        update.setString(1, "[\"a\"]");
                        update.setObject(2, false);
                        update.setObject(3, false);
                        update.setObject(4, System.currentTimeMillis());
                        update.setString(5, id);
                        update.setString(6, ACCOUNT);
                        update.setObject(7, position);
                        changed = update.executeUpdate();
                    }
                    c.commit();
                    return changed == 1;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } finally {
                long returned = System.nanoTime();
                pool.put(c);
                held.add(returned - got);
                waited.add(got - asked);
                uses.increment();
            }
        };

        List<Result> results = new ArrayList<>();
        try {
            for (String workload : o.workloads) {
                Load.log(String.format(
                        Locale.ROOT,
                        "%s: plain JDBC (%s), %s, %d threads on a pool of %d over %d "
                                + "attempts: %.0f s warm-up + %.0f s measured%s",
                        o.db,
                        appStatements ? "the app's statements" : "the limit",
                        workload,
                        o.workers,
                        poolSize,
                        ids.size(),
                        o.warmupMs / 1000.0,
                        o.durationMs / 1000.0,
                        workload.equals("think") ? ", think time exponential with mean " + o.thinkMs + " ms" : ""));
                Result r = Phase.undisturbed(
                        o,
                        () -> Phase.run(
                                o.db,
                                client,
                                workload,
                                o.workers,
                                String.valueOf(poolSize),
                                false,
                                o,
                                meter,
                                poolSize,
                                save));
                Load.log("  " + r.human());
                results.add(r);
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
        return results;
    }

    private static String pragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }
}
