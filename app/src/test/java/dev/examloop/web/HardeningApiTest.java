package dev.examloop.web;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link HardeningApiContract} on both databases. */
class HardeningApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends HardeningApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends HardeningApiContract {}
}
