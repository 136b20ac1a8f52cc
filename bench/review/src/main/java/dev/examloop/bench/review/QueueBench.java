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

/**
 * Times the reads of {@code Cards.queue()} for one learner with a large board.
 *
 * <pre>
 * java -jar target/queue-bench.jar sqlite|postgres [--cards 50000] [--reviews 1000000] [--noise-accounts 2]
 *     [--warmup 5000] [--warmup-seconds 5] [--iterations 1000] [--diag-iterations 300] [--budget-seconds 45]
 *     [--quiet-cores 0.3] [--quiet-wait-seconds 5] [--repo /work/main] [--out DIR]
 *     [--pg-url jdbc:postgresql://127.0.0.1:5432/test] [--pg-user postgres] [--keep false]
 * </pre>
 *
 * <p>The schema comes from the application's migrations (all of app/src/main/resources/db/migration), the SQL
 * from CardStore (checked verbatim at start, see {@link QueueSql#checkAgainst}) and the steps from
 * Cards.queue(): settings, red (first QUEUE_PAGE), due (first QUEUE_PAGE), introducedSince, fresh (only when
 * there is room), countDue, countRed, on one connection in autocommit as the application's pool hands it out.
 * Variants, one after the other on the same data:
 * <ol>
 *   <li>{@code app}: exactly that;
 *   <li>{@code app-no-v4}: app with V4's partial index card_due_reviewed dropped, to show what it buys;
 *   <li>{@code fresh-exact}: app with fresh()'s exact LIMIT (take + new cards of the red page);
 *   <li>{@code cache-64mb} (SQLite only): app on a connection with a 64 MB page cache instead of 2 MB;
 *   <li>{@code fewer-trips}: app with the settings row taken from a cache and countDue and countRed in one
 *       statement (5 round trips instead of 7; the combined count shows under countDue);
 *   <li>{@code app-again}: app once more, last, as the control: a variant that runs later has a warmer JIT
 *       and warmer caches, so compare the diagnostic variants with this one, not with the first app.
 * </ol>
 * Each variant waits briefly for a quiet machine, warms up, then measures up to {@code --iterations} queue reads
 * ({@code --diag-iterations} for the diagnostic ones, all but app), stopping early (and saying so)
 * after {@code --budget-seconds}. Lines starting with RESULT are for run.sh.
 */
public final class QueueBench {
    static final String ACCOUNT = "local";
    /** Cards.QUEUE_PAGE (checked in the source by QueueSql.checkAgainst). */
    static final int QUEUE_PAGE = 100;

    static final String DUE_INDEX_NAME = "card_due_reviewed";

    /** V4__due_cards_index.sql, recreated after the app-no-v4 variant has run without it. */
    static final String DUE_INDEX =
            "CREATE INDEX card_due_reviewed ON card (account_id, due_at, number) WHERE fsrs_state <> 0";

    /**
     * One way of running queue(): whether V4's index is dropped for it, whether fresh() gets the exact LIMIT
     * (what it may take plus the new cards already taken from the red list) instead of {@code take + seen.size()},
     * and whether the SQLite connection gets a 64 MB page cache instead of the default 2 MB.
     */
    record Variant(
            String name,
            boolean dropDueIndex,
            boolean exactFresh,
            boolean bigCache,
            boolean diagnostic,
            boolean sqliteOnly,
            String note) {
        /** Settings from a cache and both counts in one statement: 5 round trips instead of 7. */
        boolean fewerTrips() {
            return name.equals("fewer-trips");
        }
    }

    /** countDue and countRed in one statement (portable: two scalar subqueries). */
    static final String BOTH_COUNTS = "SELECT (SELECT COUNT(*) FROM card WHERE account_id = ? AND fsrs_state <> 0 "
            + "AND due_at <= ?), (SELECT COUNT(*) FROM card WHERE account_id = ? AND zone = ?)";

    static final List<Variant> VARIANTS = List.of(
            new Variant(
                    "app",
                    false,
                    false,
                    false,
                    false,
                    false,
                    "Cards.queue() and CardStore as in the working tree, schema of the migrations"),
            new Variant(
                    "app-no-v4",
                    true,
                    false,
                    false,
                    true,
                    false,
                    "app without V4's index card_due_reviewed (what V4 buys)"),
            new Variant(
                    "fresh-exact",
                    false,
                    true,
                    false,
                    true,
                    false,
                    "app, fresh() LIMIT take + new cards of the red page instead of take + seen.size()"),
            new Variant(
                    "cache-64mb",
                    false,
                    false,
                    true,
                    true,
                    true,
                    "app, SQLite cache_size 64 MB (-65536) instead of the default 2 MB"),
            new Variant(
                    "fewer-trips",
                    false,
                    false,
                    false,
                    true,
                    false,
                    "app, settings cached and countDue + countRed in one statement: 5 round trips, not 7"),
            new Variant(
                    "app-again",
                    false,
                    false,
                    false,
                    true,
                    false,
                    "app once more, last: the control for the order of the variants (warmer JIT and caches)"));

    /** Warm-up stops at --warmup iterations or after this many seconds, whichever comes first. */
    static double warmupSeconds = 5;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String which = opt.getOrDefault("db", "sqlite");
        int cards = Integer.parseInt(opt.getOrDefault("cards", "50000"));
        int reviews = Integer.parseInt(opt.getOrDefault("reviews", "1000000"));
        int noise = Integer.parseInt(opt.getOrDefault("noise-accounts", "2"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5000"));
        warmupSeconds = Double.parseDouble(opt.getOrDefault("warmup-seconds", "5"));
        int iterations = Integer.parseInt(opt.getOrDefault("iterations", "1000"));
        int diagIterations = Integer.parseInt(opt.getOrDefault("diag-iterations", "300"));
        double budget = Double.parseDouble(opt.getOrDefault("budget-seconds", "45"));
        double quietCores = Double.parseDouble(opt.getOrDefault("quiet-cores", "0.3"));
        double quietWait = Double.parseDouble(opt.getOrDefault("quiet-wait-seconds", "5"));
        boolean keep = Boolean.parseBoolean(opt.getOrDefault("keep", "false"));
        Path repo = Path.of(opt.getOrDefault("repo", "/work/main"));
        Path out = Path.of(opt.getOrDefault("out", "."));
        Files.createDirectories(out);
        Path migrations = repo.resolve("app/src/main/resources/db/migration");
        Path cardStore = repo.resolve("app/src/main/java/dev/examloop/review/internal/CardStore.java");

        List<String> drift = QueueSql.checkAgainst(cardStore);
        if (!drift.isEmpty()) {
            System.err.println("queue-bench: the SQL timed here is no longer CardStore's / Cards.queue()'s; "
                    + "update QueueSql and QueueBench.queue:");
            drift.forEach(d -> System.err.println("  missing: " + d));
            System.exit(2);
        }
        System.out.println("SQL check: every statement and step timed is verbatim in CardStore.java and Cards.queue()");
        System.out.println("migrations: "
                + String.join(
                        ", ",
                        Files.list(migrations)
                                .map(p -> p.getFileName().toString())
                                .sorted()
                                .toList()));

        // A fixed clock: today at 18:00 UTC (the application's clock is UTC), so that "today" holds 18 hours of
        // reviews whatever the time of the run.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long startOfDay = today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long endOfDay =
                today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        long now = startOfDay + 18 * DataGen.HOUR;

        Db db = which.equals("postgres")
                ? new Db.Postgres(
                        opt.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                        opt.getOrDefault("pg-user", "postgres"),
                        "queue_bench_" + ProcessHandle.current().pid())
                : new Db.Sqlite(Files.createTempFile("queue-bench-", ".db"));
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
        try (PrintStream explain =
                new PrintStream(Files.newOutputStream(out.resolve("explain-" + db.name() + ".txt")))) {
            long t0 = System.nanoTime();
            db.migrate(migrations);
            double migrateS = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            DataGen gen = new DataGen(now, startOfDay, endOfDay);
            DataGen.Counts counts;
            try (Connection load = db.loadConnection()) {
                try (Statement s = load.createStatement()) {
                    for (int a = 1; a <= noise; a++) {
                        s.executeUpdate("INSERT INTO account (id, display_name, created_at) VALUES ('noise-" + a
                                + "', 'Other learner " + a + "', 0)");
                    }
                    s.executeUpdate("INSERT INTO review_settings (account_id, desired_retention, new_cards_per_day, "
                            + "schedule_missed_questions) VALUES ('local', 0.9, 20, TRUE)");
                }
                DataGen.Sinks sinks = db.sinks(load);
                counts = gen.load(sinks, ACCOUNT, cards, reviews, 42);
                for (int a = 1; a <= noise; a++) {
                    gen.load(sinks, "noise-" + a, cards / 10, reviews / 20, 42 + a);
                }
                if (hasMistakesColumn(db)) {
                    // V5 keeps the count of wrong outcomes on the card (CardStore.addOutcome adds one to it);
                    // the loader inserts outcomes directly, so it sets the counts as V5's own UPDATE does.
                    try (Statement s = load.createStatement()) {
                        s.executeUpdate(
                                "UPDATE card SET mistakes = (SELECT COUNT(*) FROM card_outcome o "
                                        + "WHERE o.account_id = card.account_id AND o.card_id = card.id AND o.correct = FALSE)");
                    }
                }
                double loadS = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                db.afterLoad(load);
                double afterS = (System.nanoTime() - t0) / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "%s: migrated in %.1f s, loaded in %.1f s (+%.1f s %s), %.0f MB%n",
                        db.name(),
                        migrateS,
                        loadS,
                        afterS,
                        db instanceof Db.Sqlite ? "WAL checkpoint" : "VACUUM ANALYZE, CHECKPOINT",
                        db.sizeBytes(load) / 1e6);
            }
            System.out.printf(
                    Locale.ROOT,
                    "data for '%s': %d cards (%d new, %d reviewed cards due by end of day, %d red), "
                            + "%d review_log rows (%d first reviews today), %d card_outcome rows; %d other accounts with "
                            + "%d cards and %d reviews each%n",
                    ACCOUNT,
                    counts.cards(),
                    counts.newCards(),
                    counts.dueToday(),
                    counts.red(),
                    counts.reviewLog(),
                    counts.introducedToday(),
                    counts.outcomes(),
                    noise,
                    cards / 10,
                    reviews / 20);
            System.out.println("clock: now = " + Instant.ofEpochMilli(now) + ", startOfDay = " + startOfDay
                    + ", endOfDay = " + endOfDay);
            explain.printf("# %s, data: %s%n", db.name(), counts);

            try (Connection c = db.connect()) {
                long backendPid = 0;
                if (db instanceof Db.Postgres) {
                    try (Statement s = c.createStatement();
                            var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        backendPid = rs.getLong(1);
                    }
                }
                Cpu cpu = new Cpu(backendPid);
                if (!db.hasIndex(c, DUE_INDEX_NAME)) {
                    System.out.println(
                            db.name() + ": the migrations do not create " + DUE_INDEX_NAME + "; app-no-v4 is skipped");
                }
                for (Variant v : VARIANTS) {
                    if (v.sqliteOnly() && !(db instanceof Db.Sqlite)) {
                        continue;
                    }
                    if (v.dropDueIndex()) {
                        if (!db.hasIndex(c, DUE_INDEX_NAME)) {
                            continue;
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("DROP INDEX " + DUE_INDEX_NAME);
                            if (db instanceof Db.Postgres) {
                                s.execute("ANALYZE card");
                            }
                        }
                    }
                    try (Connection own = v.bigCache() ? ((Db.Sqlite) db).connect("-65536") : null) {
                        Connection vc = own == null ? c : own;
                        if (!v.bigCache() && !v.name().equals("app-again") && !v.fewerTrips()) {
                            explainAll(db, vc, v, explain, startOfDay, endOfDay);
                        }
                        double before = cpu.awaitQuiet(quietCores, quietWait);
                        Cpu.Snapshot a = cpu.snapshot();
                        String result = run(
                                db,
                                vc,
                                v,
                                warmup,
                                v.diagnostic() ? diagIterations : iterations,
                                budget,
                                startOfDay,
                                endOfDay);
                        double others = Cpu.othersCores(a, cpu.snapshot());
                        System.out.printf(Locale.ROOT, "%s\t%.2f\t%.2f\t%s%n", result, before, others, v.note());
                    }
                    if (v.dropDueIndex()) {
                        try (Statement s = c.createStatement()) {
                            s.execute(DUE_INDEX);
                            if (db instanceof Db.Postgres) {
                                s.execute("ANALYZE card");
                            }
                        }
                    }
                }
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            cleanup.run();
        }
    }

    private static boolean hasMistakesColumn(Db db) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeQuery("SELECT mistakes FROM card WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The plan of each statement with the parameters of one real queue() (PostgreSQL: EXPLAIN ANALYZE). */
    private static void explainAll(Db db, Connection c, Variant v, PrintStream explain, long startOfDay, long endOfDay)
            throws SQLException {
        explain.printf("%n==== %s: %s%n", v.name(), v.note());
        Queue q = queue(c, v, startOfDay, endOfDay, null);
        Object[][] params = {
            {ACCOUNT},
            {ACCOUNT, "red", QUEUE_PAGE},
            {ACCOUNT, endOfDay, QUEUE_PAGE},
            {ACCOUNT, startOfDay},
            {ACCOUNT, q.freshLimit},
            {ACCOUNT, endOfDay},
            {ACCOUNT, "red"},
        };
        for (int i = 0; i < QueueSql.ALL.size(); i++) {
            QueueSql.Query query = QueueSql.ALL.get(i);
            String sql = query.sql(QueueSql.COLUMNS);
            explain.printf("%n-- %s, params %s%n%s%n", query.name(), Arrays.toString(params[i]), sql);
            if (query == QueueSql.FRESH && q.freshLimit == 0) {
                explain.println("(not run: room is 0)");
                continue;
            }
            for (String line : db.explain(c, sql, true, params[i])) {
                explain.println(line);
            }
        }
        explain.flush();
    }

    /** What one queue() read found. */
    static final class Queue {
        int red;
        int due;
        int fresh;
        int introduced;
        int freshLimit;
        int countDue;
        int countRed;
    }

    static final String[] PHASES = {"settings", "red", "due", "introducedSince", "fresh", "countDue", "countRed"};

    /** One queue() read, step by step as Cards.queue() does it; {@code phases} gets each step's nanoseconds. */
    static Queue queue(Connection c, Variant v, long startOfDay, long endOfDay, long[] phases) throws SQLException {
        Queue q = new Queue();
        long[] t = new long[PHASES.length + 1];
        t[0] = System.nanoTime();
        int newCardsPerDay = v.fewerTrips()
                ? 20 // the settings row, as a per-account cache would hold it
                : QueueSql.newCardsPerDay(c, QueueSql.SETTINGS.sql(QueueSql.COLUMNS), ACCOUNT);
        t[1] = System.nanoTime();
        Set<String> seen = new HashSet<>();
        int newRed = 0;
        for (QueueSql.Row row : QueueSql.cards(c, QueueSql.RED.sql(QueueSql.COLUMNS), ACCOUNT, "red", QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                q.red++;
                newRed += row.fsrsState() == 0 ? 1 : 0;
            }
        }
        t[2] = System.nanoTime();
        for (QueueSql.Row row : QueueSql.cards(c, QueueSql.DUE.sql(QueueSql.COLUMNS), ACCOUNT, endOfDay, QUEUE_PAGE)) {
            if (seen.add(row.id())) {
                q.due++;
            }
        }
        t[3] = System.nanoTime();
        q.introduced = QueueSql.count(c, QueueSql.INTRODUCED.sql(QueueSql.COLUMNS), ACCOUNT, startOfDay);
        int room = Math.max(0, newCardsPerDay - q.introduced);
        t[4] = System.nanoTime();
        if (room > 0) {
            int take = Math.min(room, QUEUE_PAGE);
            // Only new cards come back, and the only new cards in seen are those of the red page (due() excludes
            // state 0): take + newRed is the exact need, which Cards.queue() asks for since the fresh-exact finding.
            q.freshLimit = take + newRed;
            for (QueueSql.Row row : QueueSql.cards(c, QueueSql.FRESH.sql(QueueSql.COLUMNS), ACCOUNT, q.freshLimit)) {
                if (q.fresh < take && seen.add(row.id())) {
                    q.fresh++;
                }
            }
        }
        t[5] = System.nanoTime();
        if (v.fewerTrips()) {
            int[] both = QueueSql.counts(c, BOTH_COUNTS, ACCOUNT, endOfDay, ACCOUNT, "red");
            q.countDue = both[0];
            t[6] = System.nanoTime();
            q.countRed = both[1];
        } else {
            q.countDue = QueueSql.count(c, QueueSql.COUNT_DUE.sql(QueueSql.COLUMNS), ACCOUNT, endOfDay);
            t[6] = System.nanoTime();
            q.countRed = QueueSql.count(c, QueueSql.COUNT_RED.sql(QueueSql.COLUMNS), ACCOUNT, "red");
        }
        t[7] = System.nanoTime();
        if (phases != null) {
            for (int i = 0; i < PHASES.length; i++) {
                phases[i] = t[i + 1] - t[i];
            }
        }
        return q;
    }

    /** Warms up, measures; returns the start of the RESULT line (run.sh reads it). */
    private static String run(
            Db db,
            Connection c,
            Variant v,
            int warmup,
            int iterations,
            double budgetSeconds,
            long startOfDay,
            long endOfDay)
            throws SQLException {
        long budget = (long) (budgetSeconds * 1e9);
        long start = System.nanoTime();
        int warmed = 0;
        Queue shape = null;
        while (warmed < warmup && System.nanoTime() - start < (long) (warmupSeconds * 1e9)) {
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
            perPhase.append(String.format(
                    Locale.ROOT, "%s%s=%.2f/%.2f", p == 0 ? "" : " ", PHASES[p], ms(pct(ph, 50)), ms(pct(ph, 99))));
        }
        System.out.printf(
                Locale.ROOT,
                "%s %-13s warmup %d, measured %d in %.1f s%s | queue: %d red, %d due, %d new "
                        + "(introduced today %d, fresh LIMIT %d), counts: %d due, %d red%n",
                db.name(),
                v.name(),
                warmed,
                n,
                seconds,
                n < iterations ? " (STOPPED BY TIME BUDGET)" : "",
                shape.red,
                shape.due,
                shape.fresh,
                shape.introduced,
                shape.freshLimit,
                shape.countDue,
                shape.countRed);
        return String.format(
                Locale.ROOT,
                "RESULT\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%s",
                db.name(),
                v.name(),
                n,
                ms(pct(measured, 50)),
                ms(pct(measured, 99)),
                ms(measured[n - 1]),
                ms(Arrays.stream(measured).average().orElse(0)),
                perPhase);
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
