package dev.examloop.review;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link LongWritesApiContract} on both databases. */
class LongWritesApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends LongWritesApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends LongWritesApiContract {}
}
