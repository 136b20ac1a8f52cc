/**
 * The database: one DataSource for SQLite (the embedded default, one file in the data folder) or
 * PostgreSQL (server mode), chosen by URL. Flyway migrations under {@code db/migration} run unchanged on
 * both. Other modules use {@code JdbcClient} with portable SQL.
 */
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package dev.examloop.storage;

import org.springframework.modulith.ApplicationModule;
