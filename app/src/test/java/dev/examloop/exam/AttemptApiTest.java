package dev.examloop.exam;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link AttemptApiContract} on both databases. */
class AttemptApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends AttemptApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends AttemptApiContract {}
}
