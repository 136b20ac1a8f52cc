package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import dev.examloop.support.InTheBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A learner brings a GIFT file in through the Import page: reads the preview with its skipped numerical question,
 * confirms, and practises from the new pack until the first feedback. The preview is looked at on a phone and on a
 * desktop: no sideways scroll, no timestamp or internal id in the text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportingABankInTheBrowserTest extends InTheBrowser {
    private static final Path SHOTS = Path.of(System.getProperty("examloop.screenshots", "target/screenshots"));
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    private static final Pattern ID = Pattern.compile("\\b[0-9a-f]{32}\\b|\\b[0-9a-f]{8}-[0-9a-f]{4}-");

    private static final String GIFT = """
            // A small bank in Moodle's GIFT format.
            $CATEGORY: Networking

            ::Port:: Which port does HTTPS use by default? {
            =443 #HTTPS listens on 443.
            ~80 #That is plain HTTP.
            ~22 #That is SSH.
            }

            ::DNS:: What does DNS resolve? {=Names to addresses ~Addresses to names only ~Ports to services}

            $CATEGORY: Storage

            ::Bits:: How many bits are in a byte? {#8}

            ::RAID:: RAID 1 is {=mirroring ~striping ~parity}
            """;

    private static FilePayload bank(String name) {
        return new FilePayload(name, "text/plain", GIFT.getBytes(StandardCharsets.UTF_8));
    }

    private static void showsNoSidewaysScrollTimestampOrId(Page page, int width) {
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue())
                .as("no sideways scroll at " + width + " px")
                .isLessThanOrEqualTo(width);
        String text = page.innerText("body");
        assertThat(ISO_TIMESTAMP.matcher(text).find())
                .as("an ISO timestamp in: " + text)
                .isFalse();
        assertThat(ID.matcher(text).find()).as("an internal id in: " + text).isFalse();
    }

    @Test
    void previewsTheSkippedItemConfirmsAndPractisesFromTheNewPack() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(base() + "/exams");
        page.getByText("Import a question bank").click();
        page.waitForURL("**/import");
        page.setInputFiles("input[name=file]", bank("network-basics.gift"));
        page.getByText("Preview the import").click();

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Import preview");
        PlaywrightAssertions.assertThat(page.locator("#import-summary")).containsText("3 questions");
        PlaywrightAssertions.assertThat(page.locator("#import-summary")).containsText("NETWORK-BASICS");
        PlaywrightAssertions.assertThat(page.locator("#import-domains tbody tr"))
                .hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#import-skipped tbody tr"))
                .hasCount(1);
        PlaywrightAssertions.assertThat(
                        page.locator("#import-skipped tbody tr td").nth(0))
                .hasText("14");
        PlaywrightAssertions.assertThat(
                        page.locator("#import-skipped tbody tr td").nth(1))
                .hasText("numerical");
        showsNoSidewaysScrollTimestampOrId(page, 1280);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("import-preview-1280.png"))
                .setFullPage(true));

        page.locator("#confirm-import").click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Imported into NETWORK-BASICS");
        page.locator("#start-practice").click();
        page.waitForURL(Pattern.compile(".*/attempts/[^/]+/q/1$"));
        page.locator(".option").first().click();
        PlaywrightAssertions.assertThat(page.locator("#save-status")).containsText("Saved");
        page.getByText("Check answer").click();
        PlaywrightAssertions.assertThat(page.locator("section.feedback")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("section.feedback .explained li"))
                .not()
                .hasCount(0);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("import-practice-feedback.png"))
                .setFullPage(true));
        context.close();
    }

    @Test
    void showsThePreviewOnAPhoneAndCancels() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = context.newPage();
        page.navigate(base() + "/import");
        showsNoSidewaysScrollTimestampOrId(page, 390);
        page.setInputFiles("input[name=file]", bank("a bank with a rather long file name, as phones make them.gift"));
        page.getByText("Preview the import").click();
        PlaywrightAssertions.assertThat(page.locator("#import-skipped")).containsText("numerical");
        showsNoSidewaysScrollTimestampOrId(page, 390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("import-preview-390.png"))
                .setFullPage(true));

        page.locator("#cancel-import").click();
        page.waitForURL("**/import");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Import a question bank");
        context.close();
    }

    @Test
    void showsAMalformedFileAsARefusalWithTheLineAndAWayBack() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page page = context.newPage();
        page.navigate(base() + "/import");
        page.setInputFiles(
                "input[name=file]",
                new FilePayload(
                        "broken.gift",
                        "text/plain",
                        "::Q:: Which? {=a ~b\n\n::R:: Next {=c ~d}\n".getBytes(StandardCharsets.UTF_8)));
        page.getByText("Preview the import").click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Nothing was imported");
        PlaywrightAssertions.assertThat(page.locator("#import-refusal")).containsText("broken.gift:");
        showsNoSidewaysScrollTimestampOrId(page, 390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("import-refused-390.png"))
                .setFullPage(true));
        page.getByText("Choose a file").click();
        page.waitForURL("**/import");
        context.close();
    }
}
