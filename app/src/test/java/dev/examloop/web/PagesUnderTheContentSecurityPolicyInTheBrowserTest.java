package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.examloop.support.Http;
import dev.examloop.support.InTheBrowser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every page runs under a Content-Security-Policy that allows no inline script and no event-handler attribute:
 * the browser reports no violation on any page, and what used to be inline (the note's delete confirmation)
 * still works from the script file.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "examloop.deadline-sweep-ms=3600000")
class PagesUnderTheContentSecurityPolicyInTheBrowserTest extends InTheBrowser {

    @Test
    void showsEveryPageWithoutAViolationOfThePolicy() {
        Http http = new Http(port);
        String note = http.post("/api/notes", "{\"title\":\"Kinesis shards\",\"body\":\"One **MB/s** in.\"}")
                .json()
                .get("id")
                .asText();
        String attempt = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        List<String> paths = List.of(
                "/",
                "/today",
                "/plan",
                "/exams",
                "/history",
                "/board",
                "/review",
                "/external",
                "/resources",
                "/notes",
                "/notes/new",
                "/notes/" + note,
                "/map",
                "/search?q=kinesis",
                "/attempts/" + attempt + "/q/1",
                "/attempts/" + attempt + "/review");
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> violations.add(page.url() + ": " + error));
        List<String> policies = new ArrayList<>();
        for (String path : paths) {
            Response response = page.navigate(base() + path);
            assertThat(response.status()).as(path).isEqualTo(200);
            policies.add(response.headers().getOrDefault("content-security-policy", ""));
            page.waitForLoadState();
            page.waitForTimeout(300); // lets htmx's load triggers and the page scripts run
        }
        context.close();
        assertThat(policies)
                .hasSize(paths.size())
                .allSatisfy(policy -> assertThat(policy)
                        .contains("script-src 'self';")
                        .doesNotContain("'unsafe-eval'")
                        .contains("frame-ancestors 'none'"));
        assertThat(violations).isEmpty();
    }

    @Test
    void asksBeforeDeletingANoteFromTheScriptFile() {
        Http http = new Http(port);
        String note = http.post("/api/notes", "{\"title\":\"To delete\",\"body\":\"x\"}")
                .json()
                .get("id")
                .asText();
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        List<String> asked = new ArrayList<>();
        page.onDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate(base() + "/notes/" + note);
        page.getByText("Delete", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForTimeout(300);
        assertThat(asked).containsExactly("Delete this note?");
        assertThat(http.get("/api/notes/" + note).status()).isEqualTo(200);
        context.close();
    }
}
