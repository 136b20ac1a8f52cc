package dev.examloop.exam;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link ExamLockApiContract} on both databases. */
class ExamLockApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends ExamLockApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends ExamLockApiContract {}
}
