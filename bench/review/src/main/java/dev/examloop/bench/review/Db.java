package dev.examloop.bench.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** One database under test: how to connect as the application does, migrate, bulk-load, explain and drop. */
abstract class Db implements AutoCloseable {
    abstract String name();

    /** A connection configured as the application's DataSource configures it. */
    abstract Connection connect() throws SQLException;

    /** Creates the empty schema with the application's Flyway migrations. */
    abstract void migrate(Path migrations);

    abstract DataGen.Sinks sinks(Connection c);

    /** Prepares the loading connection and returns it (fast settings: this is not what is measured). */
    abstract Connection loadConnection() throws SQLException;

    /** After loading: what the database would have done by itself in steady state. */
    abstract void afterLoad(Connection c) throws SQLException;

    /** The plan of {@code sql}; on PostgreSQL with ANALYZE and BUFFERS when {@code analyze} (it then runs it). */
    abstract List<String> explain(Connection c, String sql, boolean analyze, Object... params) throws SQLException;

    abstract long sizeBytes(Connection c) throws SQLException;

    /** Whether the schema already has an index of that name (made by the application's migrations). */
    abstract boolean hasIndex(Connection c, String name) throws SQLException;

    static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ----- SQLite

    static final class Sqlite extends Db {
        private final Path file;

        Sqlite(Path file) {
            this.file = file;
        }

        @Override
        String name() {
            return "sqlite";
        }

        private String url() {
            return "jdbc:sqlite:" + file.toAbsolutePath();
        }

        @Override
        Connection connect() throws SQLException {
            return connect(null);
        }

        /** As the application connects, with {@code cache_size} set when not null (default: -2000, 2 MB). */
        Connection connect(String cacheSize) throws SQLException {
            // DatabaseConfiguration: one pooled connection, WAL, synchronous=FULL, foreign keys, busy timeout.
            Properties p = new Properties();
            if (cacheSize != null) {
                p.setProperty("cache_size", cacheSize);
            }
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "10000");
            return DriverManager.getConnection(url(), p);
        }

        @Override
        void migrate(Path migrations) {
            Flyway.configure()
                    .dataSource(url(), null, null)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
        }

        @Override
        Connection loadConnection() throws SQLException {
            Properties p = new Properties();
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "OFF");
            p.setProperty("foreign_keys", "false");
            Connection c = DriverManager.getConnection(url(), p);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -400000");
            }
            c.setAutoCommit(false);
            return c;
        }

        @Override
        DataGen.Sinks sinks(Connection c) {
            return (table, columns) -> {
                String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + "?, ".repeat(columns.length - 1) + "?)";
                PreparedStatement ps = c.prepareStatement(sql);
                return new DataGen.Sink() {
                    int pending;

                    @Override
                    public void row(Object... values) throws SQLException {
                        for (int i = 0; i < values.length; i++) {
                            ps.setObject(i + 1, values[i]);
                        }
                        ps.addBatch();
                        if (++pending == 5000) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }

                    @Override
                    public void close() throws SQLException {
                        ps.executeBatch();
                        ps.close();
                    }
                };
            };
        }

        @Override
        void afterLoad(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // The application never runs ANALYZE or PRAGMA optimize: no sqlite_stat1, as in production.
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }

        @Override
        List<String> explain(Connection c, String sql, boolean analyze, Object... params) throws SQLException {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.Map<Integer, Integer> depth = new java.util.HashMap<>();
                    while (rs.next()) {
                        int id = rs.getInt(1);
                        int parent = rs.getInt(2);
                        int d = depth.getOrDefault(parent, -1) + 1;
                        depth.put(id, d);
                        lines.add("  ".repeat(d) + "|--" + rs.getString(4));
                    }
                }
            }
            return lines;
        }

        @Override
        long sizeBytes(Connection c) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        boolean hasIndex(Connection c, String name) throws SQLException {
            return exists(c, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", name);
        }

        @Override
        public String toString() {
            return "SQLite file " + file;
        }

        @Override
        public void close() throws IOException {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    // ----- PostgreSQL

    static final class Postgres extends Db {
        private final String baseUrl;
        private final String user;
        private final String schema;

        Postgres(String baseUrl, String user, String schema) {
            this.baseUrl = baseUrl;
            this.user = user;
            this.schema = schema;
        }

        @Override
        String name() {
            return "postgres";
        }

        private String url() {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        Connection connect() throws SQLException {
            // The application: a Hikari pool on the plain URL, pgjdbc defaults (server-side prepare after 5 uses).
            return DriverManager.getConnection(url(), user, "");
        }

        @Override
        void migrate(Path migrations) {
            try (Connection c = DriverManager.getConnection(baseUrl, user, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Flyway.configure()
                    .dataSource(url(), user, "")
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
        }

        @Override
        Connection loadConnection() throws SQLException {
            Connection c = connect();
            try (Statement s = c.createStatement()) {
                // Skips the foreign-key triggers while bulk-loading consistent data (superuser only).
                s.execute("SET session_replication_role = replica");
                s.execute("SET synchronous_commit = off");
                s.execute("SET maintenance_work_mem = '256MB'");
            }
            c.setAutoCommit(false);
            return c;
        }

        @Override
        DataGen.Sinks sinks(Connection c) {
            return (table, columns) -> {
                CopyIn copy = c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
                return new DataGen.Sink() {
                    final StringBuilder buf = new StringBuilder(1 << 20);

                    @Override
                    public void row(Object... values) throws SQLException {
                        for (int i = 0; i < values.length; i++) {
                            if (i > 0) {
                                buf.append(',');
                            }
                            Object v = values[i];
                            if (v instanceof String str) {
                                buf.append('"')
                                        .append(str.replace("\"", "\"\""))
                                        .append('"');
                            } else if (v != null) {
                                buf.append(v);
                            }
                        }
                        buf.append('\n');
                        if (buf.length() > (1 << 20) - 4096) {
                            flush();
                        }
                    }

                    private void flush() throws SQLException {
                        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        buf.setLength(0);
                    }

                    @Override
                    public void close() throws SQLException {
                        flush();
                        copy.endCopy();
                    }
                };
            };
        }

        @Override
        void afterLoad(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = DEFAULT");
                // What autovacuum does on its own soon after a bulk load: statistics and the visibility map.
                for (String t : List.of("account", "card", "card_outcome", "review_log", "review_settings")) {
                    s.execute("VACUUM ANALYZE " + schema + "." + t);
                }
                // Writes the ~1 GB the load dirtied now, not during the first measured variant.
                s.execute("CHECKPOINT");
            }
        }

        @Override
        List<String> explain(Connection c, String sql, boolean analyze, Object... params) throws SQLException {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement((analyze ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ") + sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            }
            return lines;
        }

        @Override
        long sizeBytes(Connection c) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                                    + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema
                                    + "' AND c.relkind = 'r'")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        boolean hasIndex(Connection c, String name) throws SQLException {
            return exists(c, "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?", name);
        }

        @Override
        public String toString() {
            return "PostgreSQL schema " + schema;
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(baseUrl, user, "");
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
