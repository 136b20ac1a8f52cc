package dev.examloop.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.examloop.support.InTheBrowser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A note in Chromium: write it with the reflective template, paste a screenshot into it and tag it; find it
 * with the search box and the arrow keys; then find it again from its node on the map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ANoteFromPasteToMapInTheBrowserTest extends InTheBrowser {
    static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAH0lEQVR42mP8z8Dwn4EIwDiqkL4KR3V0lC4qHNUBAKNpD/E/QXYSAAAAAElFTkSuQmCC";
    @Test
    void writesANoteWithAPastedScreenshotAndATagFindsItBySearchAndOpensItFromTheMap() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        String base = "http://127.0.0.1:" + port;

        // Write the note: the reflective template is there; a screenshot pasted into it is uploaded and linked.
        page.navigate(base + "/notes/new");
        assertThat(page.locator("#body")).hasValue(java.util.regex.Pattern.compile("## Why it matters"));
        page.getByLabel("Title").fill("Model Monitor baselines");
        page.locator("#body").fill("## Why it matters\nModel Monitor compares live traffic with a **baseline**.\n");
        page.locator("#body").evaluate("(area, b64) => { area.focus(); area.setSelectionRange(area.value.length, area.value.length);"
                + " const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
                + " const data = new DataTransfer(); data.items.add(new File([bytes], 'screenshot.png', {type: 'image/png'}));"
                + " area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }",
                PNG_BASE64);
        assertThat(page.locator("#paste-status")).hasText("Image added.");
        assertThat(page.locator("#body")).hasValue(java.util.regex.Pattern.compile("!\\[screenshot\\]\\(/images/[0-9a-f-]{36}\\)"));
        page.getByLabel("Tags").fill("data-drift");
        page.getByText("Save note").click();
        page.waitForURL("**/notes/*");
        String noteUrl = page.url();
        assertThat(page.locator("h1")).hasText("Model Monitor baselines");
        assertThat(page.locator(".note-body img")).hasCount(1);
        assertThat(((Number) page.locator(".note-body img").evaluate("img => img.naturalWidth")).intValue()).isEqualTo(16);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("note-with-screenshot.png")).setFullPage(true));

        // Find it: "/" focuses the search box; results come as one types; arrow keys reach the note.
        page.navigate(base + "/search");
        page.locator("body").press("/");
        assertThat(page.locator("#q")).isFocused();
        page.keyboard().type("baselines");
        assertThat(page.locator("#hits .hit").first()).containsText("Model Monitor baselines");
        assertThat(page.locator("#hits mark").first()).hasText("baselines");
        page.locator(".kinds").getByText("Notes").click();
        page.waitForURL("**kind=note");
        assertThat(page.locator("#q")).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#hits .hit").first()).isFocused();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search.png")));
        page.keyboard().press("Enter");
        page.waitForURL(noteUrl);

        // Open it from the map: the tag data-drift stands for the Model Monitor node of the starter map.
        page.navigate(base + "/map?pack=MLS-C01");
        page.waitForFunction("() => document.getElementById('map').dataset.ready === 'true'");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) page.evaluate("() => { const n = window.examloopMap.getElementById('model-monitor');"
                + " const box = document.getElementById('map').getBoundingClientRect(); const p = n.renderedPosition();"
                + " return {x: box.left + p.x, y: box.top + p.y}; }");
        page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
        assertThat(page.locator("#map-side h2")).hasText("SageMaker Model Monitor");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("map.png")));
        page.locator("#map-side").getByText("Model Monitor baselines").click();
        page.waitForURL(noteUrl);
        assertThat(page.locator("h1")).hasText("Model Monitor baselines");
        context.close();
    }
}
