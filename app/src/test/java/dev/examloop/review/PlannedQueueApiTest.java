package dev.examloop.review;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link PlannedQueueApiContract} on both databases. */
class PlannedQueueApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends PlannedQueueApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends PlannedQueueApiContract {}
}
