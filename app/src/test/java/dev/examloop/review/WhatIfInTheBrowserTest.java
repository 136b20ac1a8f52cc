package dev.examloop.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import dev.examloop.support.TestClockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The "What if" page over the learner's own imported log and goal, at phone and desktop widths. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class WhatIfInTheBrowserTest extends InTheBrowser {
    private static final String ISO_TIME = ".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";
    private static final String UUID = ".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*";

    @BeforeEach
    void learnerWithAnExam() throws IOException, URISyntaxException {
        Http http = new Http(port);
        if (http.get("/api/cards").json().size() > 0) {
            return;
        }
        String log = Files.readString(Path.of(
                WhatIfInTheBrowserTest.class.getResource("/revlog/optimize.csv").toURI()));
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/review/log"))
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(log)))
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/goals",
                                "{\"pack\":\"SHORT-01\",\"examDate\":\"2026-12-09\",\"examTime\":\"09:00\","
                                        + "\"timeZone\":\"UTC\",\"hoursPerDay\":4}")
                        .status())
                .isIn(200, 201);
    }

    private Page page(int width) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 844).setIsMobile(width < 500));
        return context.newPage();
    }

    @Test
    void showsTheDailyMinutesAndTheExpectedRecallOnExamDayAtPhoneWidth() {
        Page page = page(390);
        Response response = page.navigate(base() + "/review/what-if");

        assertThat(response.status()).isEqualTo(200);
        String text = page.locator("main").innerText();
        assertThat(text).contains("Expected recall on exam day (Wed 9 Dec)").contains("Recommended retention");
        // From Sunday 29 November to the day before the exam: ten days, each with its bar.
        assertThat(page.locator(".day-bars li").count()).isEqualTo(10);
        assertThat(page.locator(".day-bars li").first().innerText()).startsWith("Sun 29 Nov");
        assertThat(text).doesNotMatch("(?s)" + ISO_TIME).doesNotMatch("(?s)" + UUID);
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue())
                .as("no horizontal scrolling at phone width")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("what-if-phone.png"))
                .setFullPage(true));
    }

    @Test
    void answersADesiredRetentionAtDesktopWidth() {
        Page page = page(1280);
        page.navigate(base() + "/review/what-if?mode=retention&retention=80&minutes=20&exam=2026-12-20");

        String text = page.locator("main").innerText();
        assertThat(text).contains("At 80 % retention").contains("Expected recall on exam day (Sun 20 Dec)");
        assertThat(page.locator(".day-bars li").count()).isEqualTo(21);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("what-if-desktop.png"))
                .setFullPage(true));
    }

    @Test
    void namesEveryBadAnswerAndOffersAWayBack() {
        Page page = page(390);
        Response response = page.navigate(base() + "/review/what-if?minutes=0&retention=50&exam=soon");

        assertThat(response.status()).isEqualTo(400);
        String text = page.locator("main").innerText();
        assertThat(text)
                .contains("Minutes a day: '0' is not a number from 1 to 600.")
                .contains("Desired retention: '50' is not between 70 % and 97 %.")
                .contains("Exam date: 'soon' is not a date.");
        assertThat(page.locator("a[href='/board']").count()).isPositive();
    }
}
