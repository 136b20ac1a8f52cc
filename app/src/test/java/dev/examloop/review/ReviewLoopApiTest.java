package dev.examloop.review;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link ReviewLoopApiContract} on both databases. */
class ReviewLoopApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends ReviewLoopApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends ReviewLoopApiContract {}
}
