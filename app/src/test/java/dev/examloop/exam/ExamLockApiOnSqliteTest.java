package dev.examloop.exam;

import dev.examloop.support.TestDatabases;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ExamLockApiOnSqliteTest extends ExamLockApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Path data = TestDatabases.dataDirWithTestPacks();
        registry.add("examloop.data-dir", data::toString);
        registry.add("examloop.db-url", () -> TestDatabases.sqliteUrl(data));
    }
}
