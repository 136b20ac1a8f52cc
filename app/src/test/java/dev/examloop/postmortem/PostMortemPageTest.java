package dev.examloop.postmortem;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link PostMortemPageContract} on both databases. */
class PostMortemPageTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends PostMortemPageContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends PostMortemPageContract {}
}
