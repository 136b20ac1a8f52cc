package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.examloop.content.PackCatalog;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The feedback loop in Chromium: sit a short mock and miss a question, write its post-mortem, find its card
 * in red on the board, review it, and see its due date and zone change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TheWholeLoopInTheBrowserTest extends InTheBrowser {

    @Autowired
    PackCatalog catalog;

    @Test
    void missesAQuestionWritesItsPostMortemAndReviewsItsCard() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        String base = "http://127.0.0.1:" + port;
        page.navigate(base + "/exams");
        page.locator("section.pack", new Page.LocatorOptions().setHasText("SHORT-01"))
                .getByText("Start full mock exam")
                .click();
        page.waitForURL("**/q/1");
        String attemptId = page.url().replaceAll(".*/attempts/([^/]+)/q/1$", "$1");

        // Answer the first single-choice question wrong and submit the rest unanswered.
        int missed = 0;
        for (int n = 1; n <= 6 && missed == 0; n++) {
            JsonNode view = new Http(port)
                    .get("/api/attempts/" + attemptId + "/questions/" + n)
                    .json();
            Question q = dev.examloop.support.ExamQuestions.behind(catalog, "SHORT-01", view);
            if (q.type() == QuestionType.SINGLE) {
                page.navigate(base + "/attempts/" + attemptId + "/q/" + n);
                List<String> ids = q.options().stream().map(Option::id).toList();
                String wrong = ids.stream()
                        .filter(id -> !q.key().contains(id))
                        .findFirst()
                        .orElseThrow();
                page.keyboard().press(String.valueOf(ids.indexOf(wrong) + 1));
                PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved");
                missed = n;
            }
        }
        page.keyboard().press("r");
        page.waitForURL("**/review");
        page.locator("#submit-attempt").click();
        page.waitForURL("**/result");

        // The post-mortem of the missed question.
        page.getByText("Write the post-mortem").first().click();
        page.waitForURL("**/postmortem");
        Locator entry = page.locator("#pm-" + missed);
        entry.locator("textarea[name=explanation]")
                .fill("I confused object storage with block storage: EBS is the block device.");
        entry.locator("input[name=topic]").fill("storage-kinds");
        entry.locator("input[name=confidence][value='2']").check();
        entry.getByText("Save and go on").click();
        page.waitForURL("**/postmortem**");
        PlaywrightAssertions.assertThat(page.locator("#pm-" + missed + " .badge.ok"))
                .hasText("written");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("postmortem.png")));

        // Its card is on the board, in red, with the reason.
        page.navigate(base + "/board");
        Locator card = page.locator(".board-card", new Page.LocatorOptions().setHasText("Storage kinds"));
        PlaywrightAssertions.assertThat(card).hasClass(java.util.regex.Pattern.compile("zone-red"));
        PlaywrightAssertions.assertThat(card.locator(".reason")).hasText("Confidence 2 of 5");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));
        String cardId = card.getAttribute("data-card");
        String dueBefore =
                new Http(port).get("/api/cards/" + cardId).json().get("due").asText();

        // Keyboard: move it to "Reviewing".
        card.focus();
        page.keyboard().press("ArrowRight");
        page.waitForURL("**/board**");
        PlaywrightAssertions.assertThat(page.locator(
                        "section[data-workflow=reviewing] .board-card",
                        new Page.LocatorOptions().setHasText("Storage kinds")))
                .hasCount(1);

        // Review it: reveal, then Good with the keyboard.
        page.navigate(base + "/review?card=" + cardId);
        page.keyboard().press(" ");
        page.waitForURL("**reveal=true**");
        PlaywrightAssertions.assertThat(page.locator("#answer")).containsText("EBS is the block device");
        PlaywrightAssertions.assertThat(page.locator(".ratings button")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review.png")));
        page.keyboard().press("3");
        page.waitForURL("**/review");

        JsonNode after = new Http(port).get("/api/cards/" + cardId).json();
        assertThat(after.get("due").asText()).isNotEqualTo(dueBefore);
        assertThat(after.get("zone").asText()).isEqualTo("yellow");
        page.navigate(base + "/board");
        PlaywrightAssertions.assertThat(
                        page.locator(".board-card", new Page.LocatorOptions().setHasText("Storage kinds")))
                .hasClass(java.util.regex.Pattern.compile("zone-yellow"));
        context.close();
    }
}
