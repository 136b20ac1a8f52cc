package dev.examloop.support;

import com.microsoft.playwright.Browser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a browser test shares: the application on a random port over a fresh SQLite data folder with the test
 * packs, and one headless Debian Chromium for the class. Subclasses add {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)}.
 */
public abstract class InTheBrowser {
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static Chromium chromium;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Path data = TestDatabases.dataDirWithTestPacks();
        registry.add("examloop.data-dir", data::toString);
        registry.add("examloop.db-url", () -> TestDatabases.sqliteUrl(data));
    }

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Tests share one database: a mock left running would lock the next test out (the exam lock). */
    @org.junit.jupiter.api.AfterEach
    void endRunningExam() {
        ExamQuestions.abandonRunningExam(new Http(port));
    }

    protected String base() {
        return "http://127.0.0.1:" + port;
    }
}
