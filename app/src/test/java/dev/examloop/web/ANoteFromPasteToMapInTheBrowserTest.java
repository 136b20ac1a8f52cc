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
        page.locator("#body")
                .evaluate(
                        "(area, b64) => { area.focus(); area.setSelectionRange(area.value.length, area.value.length);"
                                + " const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
                                + " const data = new DataTransfer(); data.items.add(new File([bytes], 'screenshot.png', {type: 'image/png'}));"
                                + " area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }",
                        PNG_BASE64);
        assertThat(page.locator("#paste-status")).hasText("Image added.");
        assertThat(page.locator("#body"))
                .hasValue(java.util.regex.Pattern.compile("!\\[screenshot\\]\\(/images/[0-9a-f-]{36}\\)"));
        page.getByLabel("Tags").fill("data-drift");
        page.getByText("Save note").click();
        page.waitForURL("**/notes/*");
        String noteUrl = page.url();
        assertThat(page.locator("h1")).hasText("Model Monitor baselines");
        assertThat(page.locator(".note-body img")).hasCount(1);
        assertThat(((Number) page.locator(".note-body img").evaluate("img => img.naturalWidth")).intValue())
                .isEqualTo(16);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("note-with-screenshot.png"))
                .setFullPage(true));

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
        openMap(page, base + "/map?pack=MLS-C01");
        clickAt(
                page,
                "() => { const n = window.examloopMap.getElementById('model-monitor');"
                        + " const box = document.getElementById('map').getBoundingClientRect(); const p = n.renderedPosition();"
                        + " return {x: box.left + p.x, y: box.top + p.y}; }");
        assertThat(page.locator("#map-side h2")).hasText("SageMaker Model Monitor");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("map.png")));
        page.locator("#map-side").getByText("Model Monitor baselines").click();
        page.waitForURL(noteUrl);
        assertThat(page.locator("h1")).hasText("Model Monitor baselines");
        context.close();
    }

    /**
     * A big map draws its tag nodes and co-occurrence on a canvas under Cytoscape's (map.js). Here the page is
     * told that every map is big (data-dense-from="1"), so that a small test map takes that path: a click on a
     * tag's dot opens it, Find reaches it, and the SVG export has every node of both layers.
     */
    @Test
    void opensAndExportsTheTagNodesABigMapDrawsOnItsUnderlay() throws Exception {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        Page page = context.newPage();
        String base = "http://127.0.0.1:" + port;
        page.navigate(base + "/api/notes"); // any page of the app, to post from it
        Object posted = page.evaluate(
                "async () => (await fetch('/api/notes', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: JSON.stringify({title: 'Streaming ingestion', body: 'Shards and batching.', tags: ['kinesis-shards', 'batch-window']})})).status");
        assertThat(((Number) posted).intValue()).isEqualTo(201);
        page.route("**/map?pack=MLS-C01&threshold=1", route -> {
            com.microsoft.playwright.APIResponse response = route.fetch();
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setResponse(response)
                    .setBody(response.text()
                            .replace("data-dense-from=\"400\"", "data-dense-from=\"1\"")
                            // as a big map's page comes: the node names for the suggestions are left to the script
                            .replaceAll(
                                    "(?s)<datalist id=\"map-nodes\">.*?</datalist>",
                                    "<datalist id=\"map-nodes\"></datalist>")));
        });
        openMap(page, base + "/map?pack=MLS-C01&threshold=1");
        assertThat(((Number) page.evaluate("() => document.querySelectorAll('#map-nodes option').length")).intValue())
                .isEqualTo(((Number) page.evaluate("() => window.examloopMapData.nodes.length")).intValue());
        assertThat(page.evaluate("() => document.querySelector('#map-nodes option[value=\"kinesis\"]').textContent"))
                .isEqualTo("Amazon Kinesis");
        assertThat(page.evaluate("() => window.examloopMap.getElementById('kinesis').style('label')"))
                .as("a service is named once the map is ready")
                .isEqualTo("Amazon Kinesis");
        @SuppressWarnings("unchecked")
        Map<String, Object> layers = (Map<String, Object>)
                page.evaluate(
                        "() => ({ all: window.examloopMapData.nodes.length,"
                                + " cy: window.examloopMap.nodes().length, dots: window.examloopMapUnderlay.dots.length,"
                                + " tagsInCy: window.examloopMap.nodes('.tag').length, lines: window.examloopMapUnderlay.lines.length })");
        assertThat(((Number) layers.get("dots")).intValue()).isPositive();
        assertThat(((Number) layers.get("tagsInCy")).intValue()).isZero();
        assertThat(((Number) layers.get("cy")).intValue() + ((Number) layers.get("dots")).intValue())
                .isEqualTo(((Number) layers.get("all")).intValue());
        assertThat(((Number) layers.get("lines")).intValue()).isPositive();

        // A click on the dot of the tag kinesis-shards opens it in the side panel and rings it.
        clickAt(
                page,
                "() => { const d = window.examloopMapUnderlay.byId['kinesis-shards'];"
                        + " const cy = window.examloopMap, z = cy.zoom(), p = cy.pan(), box = document.getElementById('map').getBoundingClientRect();"
                        + " return {x: box.left + d.x * z + p.x, y: box.top + d.y * z + p.y}; }");
        assertThat(page.locator("#map-side h2")).hasText("kinesis-shards");
        assertThat(page.locator("#map-side")).containsText("Streaming ingestion");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("map-underlay-selected.png")));

        // Find reaches a dot too; Enter finds rather than submitting the filter form around the box.
        String mapUrl = page.url();
        page.locator("#map-find").fill("batch-window");
        page.locator("#map-find").press("Enter");
        assertThat(page.locator("#map-side h2")).hasText("batch-window");
        assertThat(page.url()).isEqualTo(mapUrl);

        // The SVG export draws every node of both layers.
        com.microsoft.playwright.Download download =
                page.waitForDownload(() -> page.locator("#export-svg").click());
        String svg = java.nio.file.Files.readString(download.path());
        int shapes = svg.split("<circle ", -1).length - 1 + svg.split("<rect ", -1).length - 2; // less the background
        assertThat(shapes).isEqualTo(((Number) layers.get("all")).intValue());
        assertThat(svg).contains(">kinesis-shards</text>");
        context.close();
    }

    private static void openMap(Page page, String url) {
        page.navigate(url);
        page.waitForFunction("() => document.getElementById('map').dataset.ready === 'true'");
    }

    /** Clicks where a script (returning {x, y} in the page) says a node is drawn. */
    private static void clickAt(Page page, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) page.evaluate(where);
        page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
    }
}
