package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.examloop.support.InTheBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * During a timed mock a learner who opens another page lands back on the exam, which says why; the main
 * navigation is gone until the mock is submitted or abandoned, and abandoning from the review screen opens the
 * rest again. At phone and desktop width, without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TheExamLockInTheBrowserTest extends InTheBrowser {

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void sendsTheLearnerBackToTheMockSayingWhyAndLetsThemAbandonIt(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        Page page = context.newPage();
        page.navigate(base() + "/exams");
        page.locator("section.pack", new Page.LocatorOptions().setHasText("SHORT-01"))
                .getByText("Start full mock exam")
                .click();
        page.waitForURL("**/q/1");
        PlaywrightAssertions.assertThat(page.locator("nav[aria-label=Main]")).hasCount(0);

        page.navigate(base() + "/board");
        page.waitForURL("**/q/*?locked=1");
        PlaywrightAssertions.assertThat(page.locator("#withheld"))
                .containsText("timed mock exam of SHORT-01 is in progress");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("exam-lock-" + width + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width);

        page.navigate(base() + "/attempts/" + page.url().replaceAll(".*/attempts/([^/]+)/q/.*", "$1") + "/review");
        page.locator("details.abandon summary").click();
        page.locator("#abandon-attempt").click();
        page.waitForURL("**/history");
        PlaywrightAssertions.assertThat(page.locator("table.history")).containsText("abandoned");
        PlaywrightAssertions.assertThat(page.locator("nav[aria-label=Main]")).hasCount(1);
        context.close();
    }
}
