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
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A learner sits a short mock in Debian's Chromium, headless: answers with the keyboard and the mouse, flags
 * a question, uses the review screen to find what is left, submits, and reads the domain breakdown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SittingAShortMockInTheBrowserTest extends InTheBrowser {

    @Autowired
    PackCatalog catalog;

    private Question questionOnPage(String attemptId, int n) {
        JsonNode view = new Http(port)
                .get("/api/attempts/" + attemptId + "/questions/" + n)
                .json();
        return dev.examloop.support.ExamQuestions.behind(catalog, "SHORT-01", view);
    }

    /** Answers the question on the page with its key, by keyboard where the type allows it. */
    private void answerRight(Page page, Question q) {
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                for (String id : q.key()) {
                    int index = q.options().stream().map(Option::id).toList().indexOf(id);
                    page.keyboard().press(String.valueOf(index + 1));
                }
            }
            case ORDERING -> {
                for (int i = 0; i < q.key().size(); i++) {
                    page.selectOption("select[name=order_" + q.key().get(i) + "]", String.valueOf(i + 1));
                }
            }
            case MATCHING -> {
                for (String pair : q.key()) {
                    String[] parts = pair.split(":");
                    page.selectOption("select[name=match_" + parts[0] + "]", parts[1]);
                }
            }
        }
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved");
    }

    @Test
    void sitsAShortMockUsesTheReviewScreenAndReadsTheDomainBreakdown() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(base() + "/exams");
        page.locator("section.pack", new Page.LocatorOptions().setHasText("SHORT-01"))
                .getByText("Start full mock exam")
                .click();
        page.waitForURL("**/q/1");
        String attemptId = page.url().replaceAll(".*/attempts/([^/]+)/q/1$", "$1");
        PlaywrightAssertions.assertThat(page.locator("#countdown"))
                .hasText(java.util.regex.Pattern.compile("^(10:00|9:5\\d)$"));

        // Questions 1 to 4: answered right, except question 3 which is skipped; question 2 is flagged.
        int right = 0;
        int storageRight = 0;
        for (int n = 1; n <= 4; n++) {
            Question q = questionOnPage(attemptId, n);
            if (n != 3) {
                answerRight(page, q);
                right++;
                storageRight += q.domain().equals("1") ? 1 : 0;
            }
            if (n == 2) {
                page.keyboard().press("f");
                PlaywrightAssertions.assertThat(page.locator("#navigator .current"))
                        .hasClass(java.util.regex.Pattern.compile("flagged"));
            }
            if (n == 1) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("question-desktop.png")));
            }
            page.keyboard().press("n");
            page.waitForURL("**/q/" + (n + 1));
        }
        // Question 5 wrong on purpose (if it has a wrong option to pick), question 6 left unanswered.
        Question fifth = questionOnPage(attemptId, 5);
        if (fifth.type() == dev.examloop.core.pack.QuestionType.SINGLE) {
            int wrongIndex = fifth.options().stream()
                    .map(Option::id)
                    .toList()
                    .indexOf(fifth.options().stream()
                            .map(Option::id)
                            .filter(id -> !fifth.key().contains(id))
                            .findFirst()
                            .orElseThrow());
            page.keyboard().press(String.valueOf(wrongIndex + 1));
            PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved");
        }
        page.keyboard().press("r");
        page.waitForURL("**/review");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review.png")));
        Locator unanswered = page.locator("h2:has-text('Unanswered') + ul.jump a");
        PlaywrightAssertions.assertThat(unanswered)
                .hasText(
                        fifth.type() == dev.examloop.core.pack.QuestionType.SINGLE
                                ? new String[] {"3", "6"}
                                : new String[] {"3", "5", "6"});
        PlaywrightAssertions.assertThat(page.locator("h2:has-text('Flagged') + ul.jump a"))
                .hasText(new String[] {"2"});

        // Jump back from the review screen to question 3 and answer it.
        unanswered.first().click();
        page.waitForURL("**/q/3");
        Question third = questionOnPage(attemptId, 3);
        answerRight(page, third);
        right++;
        storageRight += third.domain().equals("1") ? 1 : 0;
        page.getByText("Review & submit").first().click();
        page.waitForURL("**/review");
        page.locator("#submit-attempt").click();
        page.waitForURL("**/result");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("result.png"))
                .setFullPage(true));

        PlaywrightAssertions.assertThat(page.locator(".score .big").first()).hasText(right + " / 6");
        Locator storageRow = page.locator("table.domains tbody tr", new Page.LocatorOptions().setHasText("Storage"));
        PlaywrightAssertions.assertThat(storageRow.locator("td").nth(1)).hasText("50 %");
        PlaywrightAssertions.assertThat(storageRow.locator("td").nth(2)).hasText(storageRight + " / 3");
        Locator computeRow = page.locator("table.domains tbody tr", new Page.LocatorOptions().setHasText("Compute"));
        PlaywrightAssertions.assertThat(computeRow.locator("td").nth(2)).hasText((right - storageRight) + " / 3");
        PlaywrightAssertions.assertThat(page.locator(".review-item")).hasCount(6);
        context.close();
    }

    @Test
    void isUsableAtPhoneWidth() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = context.newPage();
        page.navigate(base() + "/exams");
        page.locator("section.pack", new Page.LocatorOptions().setHasText("SHORT-01"))
                .getByText("Start full mock exam")
                .click();
        page.waitForURL("**/q/1");
        String attemptId = page.url().replaceAll(".*/attempts/([^/]+)/q/1$", "$1");
        Question first = questionOnPage(attemptId, 1);
        if (first.type() == dev.examloop.core.pack.QuestionType.SINGLE
                || first.type() == dev.examloop.core.pack.QuestionType.MULTIPLE) {
            page.locator(".option").first().tap();
            PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved");
        } else {
            answerRight(page, first);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("question-phone.png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue())
                .as("no horizontal scrolling at phone width")
                .isLessThanOrEqualTo(390);
        PlaywrightAssertions.assertThat(page.locator(".navigator")).isVisible();
        context.close();
    }
}
