package dev.examloop.bench.review;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times the reads of {@code Cards.queue()} for one learner with a large board.
 *
 * <pre>
 * java -jar target/queue-bench.jar sqlite|postgres [--cards 50000] [--reviews 1000000] [--noise-accounts 2]
 *     [--warmup 200] [--warmup-seconds 5] [--iterations 1000] [--diag-iterations 300] [--budget-seconds 45]
 *     [--as-is-timeout-seconds 5] [--quiet-cores 0.3] [--quiet-wait-seconds 5] [--repo /work/main] [--out DIR]
 *     [--pg-url jdbc:postgresql://127.0.0.1:5432/test] [--pg-user postgres] [--keep false]
 * </pre>
 *
 * <p>First the application's SQL as is ({@code app-sql}): its correlated subquery scans all of card_outcome for
 * every card row, so one queue read takes minutes at this size; it gets plans, the subquery timed alone, and
 * each statement run once with a timeout. Then variants, one after the other on the same data:
 * <ol>
 *   <li>{@code fixed-sql}: the subquery also says {@code o.account_id = c.account_id}, no new index;
 *   <li>{@code fixed-idx}: that SQL change plus the four proposed indexes (created in the throwaway schema);
 *   <li>{@code proposed}: also fresh() with the exact LIMIT (room + new cards of the red list, not run when
 *       room is 0) instead of {@code room + seen.size()};
 *   <li>{@code proposed+view}: proposed plus the {@code review_settings} read that {@code Cards.view()} makes
 *       (through {@code scheduler()}) for every reviewed card it puts in the queue, as the application does;
 *   <li>{@code proposed+cache} (SQLite only): proposed on a connection with a 64 MB page cache;
 *   <li>{@code stored-count}: proposed with the mistakes count read from a column of card, not counted;
 *   <li>{@code stored+cache} (SQLite only): stored-count on a connection with a 64 MB page cache.
 * </ol>
 * Each variant waits briefly for a quiet machine, warms up, then measures up to {@code --iterations} queue reads
 * ({@code --diag-iterations} for the diagnostic ones: all but fixed-idx and proposed), stopping early (and
 * saying so) after {@code --budget-seconds}. Lines starting with RESULT and ASIS are for run.sh.
 */
public final class QueueBench {
    static final String ACCOUNT = "local";

    /** The proposed change to CardStore.COLUMNS: the subquery says which account, so an index serves it. */
    static final String FIXED_COLUMNS = QueueSql.COLUMNS.replace("WHERE o.card_id = c.id AND o.correct = ?",
            "WHERE o.account_id = c.account_id AND o.card_id = c.id AND o.correct = ?");

    /**
     * The proposed indexes (a V3 migration; portable SQL: SQLite and PostgreSQL both have partial indexes, and
     * both use them here because the queries' own literals, fsrs_state <> 0, fsrs_state = 0 and state = 0, imply
     * the index conditions).
     */
    static final List<String> FIXED_INDEXES = List.of(
            // the mistakes subquery: a covering index, COUNT(*) reads the index only
            "CREATE INDEX card_outcome_by_card_correct ON card_outcome (account_id, card_id, correct)",
            // due(): reviewed cards only, in the ORDER BY's order (new cards' due_at is their creation time, so
            // card_by_due makes due() step over every new card first, fetching each row to test fsrs_state)
            "CREATE INDEX card_due_reviewed ON card (account_id, due_at, number) WHERE fsrs_state <> 0",
            // fresh(): new cards in the ORDER BY's order, no sort of all new cards
            "CREATE INDEX card_new ON card (account_id, created_at, number) WHERE fsrs_state = 0",
            // introducedSince(): first reviews only, instead of every review of the day
            "CREATE INDEX review_log_first ON review_log (account_id, reviewed_at) WHERE state = 0");

    /** Beyond an index: the count of mistakes kept on the card row (to be maintained by addOutcome). */
    static final List<String> DENORMALIZE = List.of(
            "ALTER TABLE card ADD COLUMN mistakes INTEGER NOT NULL DEFAULT 0",
            "UPDATE card SET mistakes = (SELECT COUNT(*) FROM card_outcome o WHERE o.account_id = card.account_id "
                    + "AND o.card_id = card.id AND o.correct = FALSE)");
    static final String STORED_COLUMNS = QueueSql.COLUMNS.replace(
            "(SELECT COUNT(*) FROM card_outcome o WHERE o.card_id = c.id AND o.correct = ?) AS mistakes", "c.mistakes");

    /**
     * One way of running queue(): which COLUMNS text (and whether it binds the {@code false} of the subquery),
     * which schema step must have run before (null, "indexes", "denormalize"), whether fresh() gets the exact
     * LIMIT (room + new cards already taken from the red list, not run when room is 0) instead of
     * {@code room + seen.size()}, whether each reviewed card costs the settings read that view() makes, and
     * whether the SQLite connection gets a 64 MB page cache instead of the default 2 MB.
     */
    record Variant(String name, String columns, boolean bindsCorrect, String schemaStep, boolean exactFresh,
            boolean viewLookups, boolean bigCache, boolean diagnostic, boolean sqliteOnly, String note) {}

    static final Variant APP = new Variant("app-sql", QueueSql.COLUMNS, true, null, false, false, false, true, false,
            "CardStore's SQL as is, migrations' indexes");
    static final List<Variant> VARIANTS = List.of(
            new Variant("fixed-sql", FIXED_COLUMNS, true, null, false, false, false, true, false,
                    "subquery with o.account_id = c.account_id, no new index"),
            new Variant("fixed-idx", FIXED_COLUMNS, true, "indexes", false, false, false, false, false,
                    "that SQL change + the 4 proposed indexes"),
            new Variant("proposed", FIXED_COLUMNS, true, "indexes", true, false, false, false, false,
                    "+ fresh() LIMIT room + new red cards, not run when room = 0"),
            new Variant("proposed+view", FIXED_COLUMNS, true, "indexes", true, true, false, true, false,
                    "proposed + view()'s settings read per reviewed card (as Cards does today)"),
            new Variant("proposed+cache", FIXED_COLUMNS, true, "indexes", true, false, true, true, true,
                    "proposed, SQLite cache_size 64 MB instead of the default 2 MB"),
            new Variant("stored-count", STORED_COLUMNS, false, "denormalize", true, false, false, true, false,
                    "proposed, mistakes kept in a card column instead of the subquery"),
            new Variant("stored+cache", STORED_COLUMNS, false, "denormalize", true, false, true, true, true,
                    "stored-count, SQLite cache_size 64 MB"));

    /** The parameters of a card query: the subquery's {@code false} first when the variant binds it. */
    static Object[] args(Variant v, Object... rest) {
        if (!v.bindsCorrect()) {
            return rest;
        }
        Object[] all = new Object[rest.length + 1];
        all[0] = false;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String which = opt.getOrDefault("db", "sqlite");
        int cards = Integer.parseInt(opt.getOrDefault("cards", "50000"));
        int reviews = Integer.parseInt(opt.getOrDefault("reviews", "1000000"));
        int noise = Integer.parseInt(opt.getOrDefault("noise-accounts", "2"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "200"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "1000"));
        int diagIterations = Integer.parseInt(opt.getOrDefault("diag-iterations", "300"));
        WARMUP_SECONDS = Double.parseDouble(opt.getOrDefault("warmup-seconds", "5"));
        double quietCores = Double.parseDouble(opt.getOrDefault("quiet-cores", "0.3"));
        double quietWait = Double.parseDouble(opt.getOrDefault("quiet-wait-seconds", "5"));
        double timeout = Double.parseDouble(opt.getOrDefault("as-is-timeout-seconds", "5"));
        Set<String> applied = new HashSet<>();
        double budget = Double.parseDouble(opt.getOrDefault("budget-seconds", "45"));
        Path repo = Path.of(opt.getOrDefault("repo", "/work/main"));
        Path out = Path.of(opt.getOrDefault("out", "."));
        Files.createDirectories(out);
        Path migrations = repo.resolve("app/src/main/resources/db/migration");
        Path cardStore = repo.resolve("app/src/main/java/dev/examloop/review/internal/CardStore.java");

        List<String> drift = QueueSql.checkAgainst(cardStore);
        if (!drift.isEmpty()) {
            System.err.println("queue-bench: the SQL timed here is no longer CardStore's; update QueueSql:");
            drift.forEach(d -> System.err.println("  missing: " + d));
            System.exit(2);
        }
        System.out.println("SQL check: every statement timed is verbatim in CardStore.java and Cards.queue()");

        // A fixed clock: today at 18:00 UTC (the application's clock is UTC), so that "today" holds 18 hours of
        // reviews whatever the time of the run.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long startOfDay = today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long endOfDay = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        long now = startOfDay + 18 * DataGen.HOUR;

        Db db = which.equals("postgres")
                ? new Db.Postgres(opt.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                        opt.getOrDefault("pg-user", "postgres"), "queue_bench_" + ProcessHandle.current().pid())
                : new Db.Sqlite(Files.createTempFile("queue-bench-", ".db"));
        boolean keep = Boolean.parseBoolean(opt.getOrDefault("keep", "false"));
        Thread cleanup = new Thread(() -> {
            try {
                if (keep) {
                    System.out.println("queue-bench: --keep true: left " + db + " in place; drop it yourself");
                    return;
                }
                db.close();
            } catch (Exception e) {
                System.err.println("queue-bench: cleanup failed: " + e);
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (PrintStream explain = new PrintStream(Files.newOutputStream(out.resolve("explain-" + db.name() + ".txt")))) {
            long t0 = System.nanoTime();
            db.migrate(migrations);
            double migrateS = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            DataGen gen = new DataGen(now, startOfDay, endOfDay);
            DataGen.Counts counts;
            long size;
            try (Connection load = db.loadConnection()) {
                try (Statement s = load.createStatement()) {
                    for (int a = 1; a <= noise; a++) {
                        s.executeUpdate("INSERT INTO account (id, display_name, created_at) VALUES ('noise-" + a
                                + "', 'Other learner " + a + "', 0)");
                    }
                    s.executeUpdate("INSERT INTO review_settings (account_id, desired_retention, new_cards_per_day, "
                            + "schedule_missed_questions) VALUES ('local', 0.9, 20, " + (db instanceof Db.Sqlite ? "1" : "TRUE") + ")");
                }
                DataGen.Sinks sinks = db.sinks(load);
                counts = gen.load(sinks, ACCOUNT, cards, reviews, 42);
                for (int a = 1; a <= noise; a++) {
                    gen.load(sinks, "noise-" + a, cards / 10, reviews / 20, 42 + a);
                }
                double loadS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                db.afterLoad(load);
                double afterS = (System.nanoTime() - t0) / 1e9;
                size = db.sizeBytes(load);
                System.out.printf(Locale.ROOT, "%s: migrated in %.1f s, loaded in %.1f s (+%.1f s %s), %.0f MB%n", db.name(),
                        migrateS, loadS, afterS, db instanceof Db.Sqlite ? "WAL checkpoint" : "VACUUM ANALYZE",
                        size / 1e6);
            }
            System.out.printf(Locale.ROOT, "data for '%s': %d cards (%d new, %d reviewed cards due by end of day, %d red), "
                            + "%d review_log rows (%d first reviews today), %d card_outcome rows; %d other accounts with "
                            + "%d cards and %d reviews each%n", ACCOUNT, counts.cards(), counts.newCards(), counts.dueToday(),
                    counts.red(), counts.reviewLog(), counts.introducedToday(), counts.outcomes(), noise, cards / 10,
                    reviews / 20);
            System.out.println("clock: now = " + Instant.ofEpochMilli(now) + ", startOfDay = " + startOfDay
                    + ", endOfDay = " + endOfDay);
            explain.printf("# %s, data: %s%n", db.name(), counts);

            try (Connection c = db.connect()) {
                long backendPid = 0;
                if (db instanceof Db.Postgres) {
                    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        backendPid = rs.getLong(1);
                    }
                }
                Cpu cpu = new Cpu(backendPid);
                // 1. The application's SQL as is: one bounded attempt (see asIs).
                asIs(db, c, explain, startOfDay, endOfDay, timeout);
                for (Variant v : VARIANTS) {
                    if (v.sqliteOnly() && !(db instanceof Db.Sqlite)) {
                        continue;
                    }
                    if (v.schemaStep() != null && applied.add(v.schemaStep())) {
                        try (Statement s = c.createStatement()) {
                            for (String sql : v.schemaStep().equals("indexes") ? FIXED_INDEXES : DENORMALIZE) {
                                s.execute(sql);
                            }
                            if (db instanceof Db.Postgres) {
                                s.execute("VACUUM ANALYZE card");
                                s.execute("VACUUM ANALYZE card_outcome");
                                s.execute("VACUUM ANALYZE review_log");
                            }
                        }
                    }
                    try (Connection own = v.bigCache() ? ((Db.Sqlite) db).connect("-65536") : null) {
                        Connection vc = own == null ? c : own;
                        explainAll(db, vc, v, explain, startOfDay, endOfDay, true);
                        double before = cpu.awaitQuiet(quietCores, quietWait);
                        Cpu.Snapshot a = cpu.snapshot();
                        String result = run(db, vc, v, warmup, v.diagnostic() ? diagIterations : iterations, budget,
                                startOfDay, endOfDay);
                        double others = Cpu.othersCores(a, cpu.snapshot());
                        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%s%n", result, before, others, v.note());
                    }
                }
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            cleanup.run();
        }
    }

    private static void explainAll(Db db, Connection c, Variant v, PrintStream explain, long startOfDay, long endOfDay,
            boolean analyze) throws SQLException {
        if (v.viewLookups() || v.bigCache()) {
            return; // the same statements as the variant before
        }
        explain.printf("%n==== %s: %s%n", v.name(), v.note());
        // The parameters of one real queue(): limits as queue() computes them on this data.
        Queue q = queue(c, v == APP ? VARIANTS.get(0) : v, startOfDay, endOfDay, null);
        Object[][] params = {
            {ACCOUNT},
            args(v, ACCOUNT, "red", 200),
            args(v, ACCOUNT, endOfDay, 1000),
            {ACCOUNT, startOfDay},
            args(v, ACCOUNT, q.freshLimit),
        };
        for (int i = 0; i < QueueSql.ALL.size(); i++) {
            QueueSql.Query query = QueueSql.ALL.get(i);
            String sql = query.sql(v.columns());
            explain.printf("%n-- %s, params %s%n%s%n", query.name(), Arrays.toString(params[i]), sql);
            if (query == QueueSql.FRESH && q.freshLimit == 0) {
                explain.println("(not run: room is 0)");
                continue;
            }
            for (String line : db.explain(c, sql, analyze, params[i])) {
                explain.println(line);
            }
        }
        explain.flush();
    }

    /**
     * The application's SQL as is. Its correlated subquery cannot use card_outcome_by_card (it does not name the
     * account, the index's first column), so each card row scans all of card_outcome: a queue read takes minutes
     * at this size. So: plans (PostgreSQL: EXPLAIN without ANALYZE), one evaluation of the subquery timed alone,
     * and each statement of queue() run once, cancelled after {@code timeoutSeconds}.
     */
    private static void asIs(Db db, Connection c, PrintStream explain, long startOfDay, long endOfDay,
            double timeoutSeconds) throws SQLException {
        explainAll(db, c, APP, explain, startOfDay, endOfDay, false);
        String cardId;
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT id FROM card WHERE account_id = 'local' AND zone = 'red' "
                        + "ORDER BY due_at, number LIMIT 1")) {
            rs.next();
            cardId = rs.getString(1);
        }
        String sub = "SELECT COUNT(*) FROM card_outcome o WHERE o.card_id = ? AND o.correct = ?";
        explain.printf("%n-- the correlated subquery alone, for one red card: %s%n", sub);
        db.explain(c, sub, true, cardId, false).forEach(explain::println);
        long[] one = new long[5];
        for (int i = 0; i < one.length; i++) {
            long t = System.nanoTime();
            QueueSql.single(c, sub, cardId, false);
            one[i] = System.nanoTime() - t;
        }
        Arrays.sort(one);
        double perRow = ms(one[2]);
        Queue shape = queue(c, VARIANTS.get(0), startOfDay, endOfDay, null);
        System.out.printf(Locale.ROOT, "%s app-sql   one evaluation of the mistakes subquery: %.1f ms (median of 5); "
                        + "queue() needs it for %d red + %d due + up to %d fresh rows%n", db.name(), perRow,
                shape.red, shape.due, shape.freshLimit);
        Object[][] params = {
            {false, ACCOUNT, "red", 200},
            {false, ACCOUNT, endOfDay, 1000},
            {false, ACCOUNT, shape.freshLimit},
        };
        QueueSql.Query[] queries = {QueueSql.RED, QueueSql.DUE, QueueSql.FRESH};
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watchdog");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < queries.length; i++) {
                QueueSql.running = null;
                long t = System.nanoTime();
                ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                    try {
                        var ps = QueueSql.running;
                        if (ps != null) {
                            ps.cancel();
                        }
                    } catch (SQLException e) {
                        System.err.println("queue-bench: cancel failed: " + e);
                    }
                }, (long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
                String outcome;
                try {
                    int rows = QueueSql.cards(c, queries[i].sql(QueueSql.COLUMNS), params[i]).size();
                    outcome = String.format(Locale.ROOT, "%.0f ms, %d rows", ms(System.nanoTime() - t), rows);
                } catch (SQLException e) {
                    outcome = String.format(Locale.ROOT, "cancelled after %.1f s (not finished)",
                            (System.nanoTime() - t) / 1e9);
                } finally {
                    cancel.cancel(false);
                }
                System.out.printf(Locale.ROOT, "%s app-sql   %s once: %s%n", db.name(), queries[i].name(), outcome);
                System.out.printf(Locale.ROOT, "ASIS\t%s\t%s\t%s\t%.1f%n", db.name(), queries[i].name(), outcome, perRow);
            }
        } finally {
            watchdog.shutdownNow();
            QueueSql.running = null;
        }
    }

    /** What one queue() read found, and how long each step took. */
    static final class Queue {
        int red;
        int due;
        int fresh;
        int introduced;
        int freshLimit;
        int lookups;
    }

    /** Warm-up stops at --warmup iterations or after this many seconds, whichever comes first. */
    static double WARMUP_SECONDS = 5;

    static final String[] PHASES = {"settings", "red", "due", "introducedSince", "fresh"};

    /** One queue() read, step by step as Cards.queue() does it; {@code phases} gets each step's nanoseconds. */
    static Queue queue(Connection c, Variant v, long startOfDay, long endOfDay, long[] phases) throws SQLException {
        Queue q = new Queue();
        long t = System.nanoTime();
        int newCardsPerDay = QueueSql.newCardsPerDay(c, QueueSql.SETTINGS.sql(v.columns()), ACCOUNT);
        long t1 = System.nanoTime();
        Set<String> seen = new HashSet<>();
        int newRed = 0;
        for (QueueSql.Row row : QueueSql.cards(c, QueueSql.RED.sql(v.columns()), args(v, ACCOUNT, "red", 200))) {
            if (seen.add(row.id())) {
                view(c, v, row, q);
                q.red++;
                newRed += row.fsrsState() == 0 ? 1 : 0;
            }
        }
        long t2 = System.nanoTime();
        for (QueueSql.Row row : QueueSql.cards(c, QueueSql.DUE.sql(v.columns()), args(v, ACCOUNT, endOfDay, 1000))) {
            if (seen.add(row.id())) {
                view(c, v, row, q);
                q.due++;
            }
        }
        long t3 = System.nanoTime();
        q.introduced = (int) QueueSql.single(c, QueueSql.INTRODUCED.sql(v.columns()), ACCOUNT, startOfDay);
        int room = Math.max(0, newCardsPerDay - q.introduced);
        long t4 = System.nanoTime();
        // Cards.queue() asks for room + seen.size(); only new cards can come back, and the only new cards in
        // seen are those of the red list (due() excludes state 0), so room + newRed is the exact need.
        q.freshLimit = v.exactFresh() ? (room == 0 ? 0 : room + newRed) : room + seen.size();
        if (q.freshLimit > 0 || !v.exactFresh()) {
            for (QueueSql.Row row : QueueSql.cards(c, QueueSql.FRESH.sql(v.columns()), args(v, ACCOUNT, q.freshLimit))) {
                if (q.fresh < room && seen.add(row.id())) {
                    view(c, v, row, q);
                    q.fresh++;
                }
            }
        }
        long t5 = System.nanoTime();
        if (phases != null) {
            phases[0] = t1 - t;
            phases[1] = t2 - t1;
            phases[2] = t3 - t2;
            phases[3] = t4 - t3;
            phases[4] = t5 - t4;
        }
        return q;
    }

    /** Cards.view(row, false): a reviewed card's retrievability needs scheduler(account), which reads settings. */
    private static void view(Connection c, Variant v, QueueSql.Row row, Queue q) throws SQLException {
        if (v.viewLookups() && row.fsrsState() != 0) {
            QueueSql.newCardsPerDay(c, QueueSql.SETTINGS.sql(v.columns()), ACCOUNT);
            q.lookups++;
        }
    }

    /** Warms up, measures; returns the start of the RESULT line (run.sh reads it). */
    private static String run(Db db, Connection c, Variant v, int warmup, int iterations, double budgetSeconds,
            long startOfDay, long endOfDay) throws SQLException {
        long budget = (long) (budgetSeconds * 1e9);
        long start = System.nanoTime();
        int warmed = 0;
        Queue shape = null;
        while (warmed < warmup && System.nanoTime() - start < (long) (WARMUP_SECONDS * 1e9)) {
            shape = queue(c, v, startOfDay, endOfDay, null);
            warmed++;
        }
        long[] totals = new long[iterations];
        long[][] phases = new long[PHASES.length][iterations];
        long[] one = new long[PHASES.length];
        int n = 0;
        long measureStart = System.nanoTime();
        while (n < iterations && System.nanoTime() - measureStart < budget) {
            long t = System.nanoTime();
            shape = queue(c, v, startOfDay, endOfDay, one);
            totals[n] = System.nanoTime() - t;
            for (int p = 0; p < PHASES.length; p++) {
                phases[p][n] = one[p];
            }
            n++;
        }
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        long[] measured = Arrays.copyOf(totals, n);
        Arrays.sort(measured);
        StringBuilder perPhase = new StringBuilder();
        for (int p = 0; p < PHASES.length; p++) {
            long[] ph = Arrays.copyOf(phases[p], n);
            Arrays.sort(ph);
            perPhase.append(String.format(Locale.ROOT, "%s%s=%.2f/%.2f", p == 0 ? "" : " ", PHASES[p], ms(pct(ph, 50)),
                    ms(pct(ph, 99))));
        }
        System.out.printf(Locale.ROOT, "%s %-9s warmup %d, measured %d in %.1f s%s | queue: %d red, %d due, %d new "
                        + "(introduced today %d, fresh LIMIT %d), %d settings lookups%n", db.name(), v.name(), warmed, n,
                seconds, n < iterations ? " (STOPPED BY TIME BUDGET)" : "", shape.red, shape.due, shape.fresh,
                shape.introduced, shape.freshLimit, shape.lookups);
        return String.format(Locale.ROOT, "RESULT\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%s", db.name(), v.name(), n,
                ms(pct(measured, 50)), ms(pct(measured, 99)), ms(measured[n - 1]),
                ms(Arrays.stream(measured).average().orElse(0)), perPhase);
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (!positional.isEmpty()) {
            opt.put("db", positional.get(0));
        }
        return opt;
    }
}
