package dev.examloop.planner;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link PlannerApiContract} on both databases. */
class PlannerApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends PlannerApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends PlannerApiContract {}
}
