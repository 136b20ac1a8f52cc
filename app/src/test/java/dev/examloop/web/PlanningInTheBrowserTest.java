package dev.examloop.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The planner in Chromium: set a goal, see Today, start a block, finish it, and see the plan move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanningInTheBrowserTest extends InTheBrowser {

    @Test
    void setsAGoalStartsAndFinishesABlockAndSeesThePlanMove() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000));
        Page page = context.newPage();
        String base = "http://127.0.0.1:" + port;
        // The browser tests share one database: a goal another class set (the page survey sets one) is archived
        // first, so that Today sends this learner to the goal form whatever ran before.
        Http http = new Http(port);
        Http.Response active = http.get("/api/goals/active");
        if (active.status() == 200) {
            Http.Response archived = http.post(
                    "/api/goals/" + active.json().get("id").asText() + "/archive", "{\"outcome\":\"not-taken\"}");
            org.assertj.core.api.Assertions.assertThat(archived.status())
                    .as(archived.body())
                    .isEqualTo(200);
        }

        page.navigate(base + "/today");
        page.waitForURL("**/goal");
        page.locator("select[name=pack]").selectOption("SHORT-01");
        page.locator("input[name=examDate]").fill(LocalDate.now().plusDays(12).toString());
        page.locator("input[name=timeZone]").fill("UTC");
        page.getByText("Set the goal").click();

        page.waitForURL("**/today");
        assertThat(page.locator("h1")).containsText("Today");
        assertThat(page.locator(".goal-countdown")).containsText(Pattern.compile("\\d+ d \\d+ h to SHORT-01"));
        Locator domainBlock = page.locator("li.block.kind-documentation").first();
        String key = domainBlock.getAttribute("data-key");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("planner-today.png"))
                .setFullPage(true));

        domainBlock.getByText("Start").click();
        page.navigate(base + "/today");
        Locator started = page.locator("li.block[data-key='" + key + "']");
        assertThat(started).hasClass(Pattern.compile("status-running"));
        assertThat(started.locator(".timer")).isVisible();

        started.getByText("Done").click();
        page.waitForURL("**/today");
        assertThat(page.locator("li.block[data-key='" + key + "']")).hasClass(Pattern.compile("status-done"));
        assertThat(page.locator("#changes")).containsText(Pattern.compile("-\\d+ min: studied \\d+ min"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("planner-today-after.png"))
                .setFullPage(true));

        page.navigate(base + "/plan");
        assertThat(page.locator("#changes")).containsText("studied");
        assertThat(page.locator("li.day-exam-day")).containsText("The exam at 09:00");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("planner-plan.png"))
                .setFullPage(true));

        // After the exam: archive the goal with its outcome; the exams page is home again.
        page.navigate(base + "/goal");
        page.locator("select[name=outcome]").selectOption("passed");
        page.locator("input[name=score]").fill("802");
        page.getByText("Archive this goal").click();
        assertThat(page.locator("table")).containsText("802");
        page.navigate(base + "/");
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        context.close();
    }
}
