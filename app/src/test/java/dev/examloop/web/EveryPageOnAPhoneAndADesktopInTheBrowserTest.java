package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every page of the loop, after a goal, a submitted mock and a logged outside mock, at a phone's width (390 px)
 * and a desktop's (1280 px): every page answers 200 at its own address, no page scrolls sideways, no page logs a
 * console error, and no ISO timestamp or UUID reaches the visible text. Screenshots go to target/screenshots for a
 * person to look at.
 *
 * <p>The browser tests share one application context, and so one database: attempts other test classes left behind
 * (an abandoned mock, a practice still in progress) are there when this class runs, in an order that depends on the
 * checkout. The result and post-mortem pages are therefore those of this class's own mock, remembered by its id,
 * never "the newest attempt of the history"; and this class leaves such attempts behind itself, after its mock, so
 * that it meets them on every run, whatever ran before it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryPageOnAPhoneAndADesktopInTheBrowserTest extends InTheBrowser {
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    private static final Pattern UUID =
            Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

    /** This class's submitted mock, made by the first test of the class and kept for the others. */
    private static String submittedMock;

    private String attemptId = "";

    @BeforeEach
    void aLearnerWithAGoalAndASubmittedMock() {
        Http http = new Http(port);
        if (http.get("/api/goals/active").status() != 200) {
            http.post(
                    "/api/goals",
                    "{\"pack\":\"SHORT-01\",\"examDate\":\"2026-12-20\",\"examTime\":\"09:00\","
                            + "\"timeZone\":\"UTC\",\"hoursPerDay\":4}");
        }
        if (http.get("/api/notes").json().isEmpty()) {
            http.post("/api/notes", "{\"title\":\"Batch transform\",\"body\":\"Offline scoring of a whole dataset.\"}");
        }
        if (submittedMock == null) {
            submittedMock = submittedMock(http);
            attemptsStartedAfterIt(http);
        }
        attemptId = submittedMock;
        JsonNode attempt = http.get("/api/attempts/" + attemptId).json();
        assertThat(attempt.get("status").asText()).as(attempt.toString()).isEqualTo("submitted");
    }

    private static String submittedMock(Http http) {
        Http.Response started = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asText();
        http.put("/api/attempts/" + id + "/answers/1", "{\"selected\":[\"a\"],\"flagged\":true}");
        // Submitted, or the exam lock would show the mock in place of every page and the checks would prove nothing.
        assertThat(http.post("/api/attempts/" + id + "/submit", "{}").status()).isEqualTo(200);
        return id;
    }

    /**
     * What other test classes of the shared context may leave, made here so that it is there on every run: an
     * abandoned mock and a practice still in progress, both newer than this class's mock. The practice stays open
     * (it locks nothing); the exams page lists it.
     */
    private static void attemptsStartedAfterIt(Http http) {
        String abandoned = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        assertThat(http.post("/api/attempts/" + abandoned + "/abandon", "{}").status())
                .isEqualTo(200);
        Http.Response practice = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"practice\"}");
        assertThat(practice.status()).as(practice.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void showsEveryPageWithoutSidewaysScrollConsoleErrorsIsoTimestampsOrUuids(int width) {
        List<String> paths = List.of(
                "/today",
                "/plan",
                "/goal",
                "/exams",
                "/import",
                "/history",
                "/attempts/" + attemptId + "/result",
                "/attempts/" + attemptId + "/postmortem",
                "/external",
                "/board",
                "/review",
                "/notes",
                "/resources",
                "/search?q=storage",
                "/map");
        List<String> problems = new ArrayList<>();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 844));
        Page page = context.newPage();
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        for (String path : paths) {
            consoleErrors.clear();
            com.microsoft.playwright.Response response = page.navigate(base() + path);
            page.waitForLoadState();
            if (response == null || response.status() != 200) {
                problems.add(path + ": answered " + (response == null ? "nothing" : response.status()));
            }
            if (!page.url().equals(base() + path)) {
                problems.add(path + ": showed " + page.url() + " in its place");
            }
            String name = path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("pages-" + width + "-" + name + ".png")));
            Number overflow = (Number)
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow.intValue() > 0) {
                problems.add(path + ": scrolls sideways by " + overflow + " px");
            }
            String text = (String) page.evaluate("() => document.body.innerText");
            find(ISO_TIMESTAMP, text).ifPresent(s -> problems.add(path + ": shows an ISO timestamp '" + s + "'"));
            find(UUID, text).ifPresent(s -> problems.add(path + ": shows a UUID '" + s + "'"));
            consoleErrors.forEach(e -> problems.add(path + ": console error " + e));
        }
        context.close();
        assertThat(problems).as("pages checked: %s", paths).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void foldsTheNavigationBehindAMenuOnAPhoneAndMarksTheCurrentPage() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = phone.newPage();
        page.navigate(base() + "/board");
        com.microsoft.playwright.Locator menu = page.locator(".menu-toggle");
        com.microsoft.playwright.Locator board = page.locator("#main-nav a[href='/board']");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(menu)
                .isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(board)
                .isHidden();
        menu.click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(board)
                .isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(menu)
                .hasAttribute("aria-expanded", "true");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(board)
                .hasAttribute("aria-current", "page");
        page.keyboard().press("Escape");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(board)
                .isHidden();
        phone.close();

        BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 844));
        Page wide = desktop.newPage();
        wide.navigate(base() + "/history");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(wide.locator(".menu-toggle"))
                .isHidden();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        wide.locator("#main-nav a[aria-current=page]"))
                .hasText("History");
        desktop.close();
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }
}
