package dev.examloop.notes;

import static dev.examloop.support.OnDatabase.Kind.POSTGRES;
import static dev.examloop.support.OnDatabase.Kind.SQLITE;

import dev.examloop.support.OnDatabase;
import org.junit.jupiter.api.Nested;

/** {@link NotesSearchAndMapApiContract} on both databases. */
class NotesSearchAndMapApiTest {
    @Nested
    @OnDatabase(SQLITE)
    class OnSqlite extends NotesSearchAndMapApiContract {}

    @Nested
    @OnDatabase(POSTGRES)
    class OnPostgres extends NotesSearchAndMapApiContract {}
}
