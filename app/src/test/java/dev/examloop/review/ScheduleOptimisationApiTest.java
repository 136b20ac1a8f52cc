package dev.examloop.review;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link ScheduleOptimisationApiContract} on both databases. */
class ScheduleOptimisationApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends ScheduleOptimisationApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends ScheduleOptimisationApiContract {}
}
