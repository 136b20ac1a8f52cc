package dev.examloop.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases persistence and API tests run against: a fresh SQLite file, and a fresh schema in the
 * PostgreSQL that listens on 127.0.0.1:5432 on these machines.
 *
 * <p>An unreachable PostgreSQL fails the test. Outside CI, and only when {@code EXAMLOOP_SKIP_POSTGRES=1}
 * is set, it is skipped instead; under CI (the {@code CI} variable set) it always fails.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL =
            System.getenv().getOrDefault("EXAMLOOP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getenv().getOrDefault("EXAMLOOP_TEST_POSTGRES_USER", "postgres");

    private TestDatabases() {}

    public static Path freshDataDir() {
        try {
            return Files.createTempDirectory("examloop-test-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("examloop.db");
    }

    /** A JDBC URL of a new, empty schema; it is dropped when the test JVM exits. */
    public static String freshPostgresSchema() {
        String schema =
                "examloop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + POSTGRES_URL + " (user " + POSTGRES_USER + ") is not reachable: "
                    + e.getMessage();
            boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
            if (!ci && "1".equals(System.getenv("EXAMLOOP_SKIP_POSTGRES"))) {
                Assumptions.abort(message + " (skipped because EXAMLOOP_SKIP_POSTGRES=1)");
            }
            throw new IllegalStateException(
                    message + ". Start it (pg_ctlcluster 15 main start) — under CI this is a failure, never a skip.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
        return POSTGRES_URL + "?user=" + POSTGRES_USER + "&currentSchema=" + schema;
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // The schema has a unique name; a leftover one harms no later run.
        }
    }

    /** The folder of the test packs (SHORT-01), to use as a data folder's {@code packs} or copy into one. */
    public static Path testPacks() {
        try {
            return Path.of(TestDatabases.class.getResource("/packs").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh data folder whose {@code packs/} holds the test packs. */
    public static Path dataDirWithTestPacks() {
        Path dir = freshDataDir();
        try {
            Path target = dir.resolve("packs");
            try (var paths = Files.walk(testPacks())) {
                for (Path source : paths.toList()) {
                    Path destination =
                            target.resolve(testPacks().relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }
}
