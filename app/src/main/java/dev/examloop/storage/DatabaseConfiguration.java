package dev.examloop.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DataSource for the configured database.
 *
 * <p>SQLite runs with one pooled connection: SQLite allows one writer at a time, and queueing in the pool
 * is cheaper and fairer than retrying on SQLITE_BUSY. Write-ahead logging keeps readers of other tools
 * (backups, the CLI) from blocking it; {@code synchronous=FULL} makes every acknowledged commit survive a
 * power cut, not only a crash of the process (see docs/decisions/0004-sqlite-and-postgresql.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    /** How long a request waits for a PostgreSQL connection before it is answered 503. */
    static final long CONNECTION_TIMEOUT_MS = 3_000;

    @Bean
    Database database(@Value("${examloop.db-url:}") String url, @Value("${examloop.data-dir:}") String dataDir) {
        return Database.of(resolveUrl(url, dataDir));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${examloop.db-url:}") String url, @Value("${examloop.data-dir:}") String dataDir) {
        String jdbcUrl = resolveUrl(url, dataDir);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("examloop");
        if (Database.of(jdbcUrl) == Database.SQLITE) {
            config.setMaximumPoolSize(1);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
        } else {
            // Up to 16 under load, but only 2 kept open while idle: a PostgreSQL serves several nodes (and a test
            // run several application contexts), and its connections are counted (max_connections, 100 by default).
            // The test run sets smaller figures through these system properties (app/pom.xml, Surefire).
            config.setMaximumPoolSize(Integer.getInteger("examloop.db-pool-size", 16));
            config.setMinimumIdle(Integer.getInteger("examloop.db-pool-min-idle", 2));
            config.setIdleTimeout(Long.getLong("examloop.db-pool-idle-timeout-ms", 60_000L));
            // A database that went away is said within seconds (503, the answer kept in the browser and retried),
            // not after Hikari's 30 s; the pool reconnects by itself when it is back (decision 0062).
            config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
            config.setValidationTimeout(2_000);
            config.addDataSourceProperty("connectTimeout", "3");
            config.addDataSourceProperty("loginTimeout", "5");
            config.addDataSourceProperty("socketTimeout", "300");
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return new HikariDataSource(config);
    }

    static String resolveUrl(String url, String dataDir) {
        if (url != null && !url.isBlank()) {
            return url;
        }
        Path dir = dataDir == null || dataDir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".examloop")
                : Path.of(dataDir);
        return "jdbc:sqlite:" + dir.resolve("examloop.db").toAbsolutePath();
    }
}
