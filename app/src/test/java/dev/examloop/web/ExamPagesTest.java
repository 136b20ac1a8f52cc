package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.examloop.support.Http;
import dev.examloop.support.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTML pages of a running exam keep the key and the explanations out, like the API does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExamPagesTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Path data = TestDatabases.dataDirWithTestPacks();
        registry.add("examloop.data-dir", data::toString);
        registry.add("examloop.db-url", () -> TestDatabases.sqliteUrl(data));
    }

    @Test
    void sendsNoExplanationInAnyExamPageBeforeSubmit() {
        Http http = new Http(port);
        Http.Response started = http.postForm("/attempts", "pack=SHORT-01&mode=exam");
        assertThat(started.status()).isEqualTo(302);
        String id = started.location().replaceAll(".*/attempts/([^/]+)/q/1$", "$1");
        for (int n = 1; n <= 6; n++) {
            Http.Response page = http.get("/attempts/" + id + "/q/" + n);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Question " + n + " of 6").doesNotContain("SECRET-");
            Http.Response saved = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/attempts/" + id + "/q/" + n))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("flagged=true")));
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.body()).contains("Saved at").doesNotContain("SECRET-");
        }
        assertThat(http.get("/attempts/" + id + "/review").body())
                .contains("Flagged for review (6)")
                .doesNotContain("SECRET-");
        assertThat(http.get("/").body()).doesNotContain("SECRET-");
        http.postForm("/attempts/" + id + "/submit", "");
        assertThat(http.get("/attempts/" + id + "/result").body()).contains("SECRET-EXPLANATION-S1", "SECRET-WHY-S1B");
    }

    /** Script URLs carry no version: the browser must ask again each time, or it could run an old map.js. */
    @Test
    void servesScriptsStylesAndWebJarsToBeRevalidatedOnEveryUse() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path :
                new String[] {"/js/map.js", "/css/examloop.css", "/webjars/cytoscape/dist/cytoscape.min.js"}) {
            java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + port + path);
            java.net.http.HttpResponse<Void> first = client.send(
                    java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            java.net.http.HttpResponse<Void> again = client.send(
                    java.net.http.HttpRequest.newBuilder(uri)
                            .header("If-Modified-Since", lastModified)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void showsARetiredPackAsRetiredWithItsNotice() {
        String home = new Http(port).get("/").body();
        assertThat(home)
                .contains("MLS-C01", "retired 2026-03-31", "AWS retired the MLS-C01 exam on 2026-03-31", "MLA-C01");
    }

    @Test
    void answersAnUnknownAttemptWithAPageNotAStackTrace() {
        Http.Response page = new Http(port).get("/attempts/nope/q/1");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("attempt nope does not exist").doesNotContain("Exception");
    }
}
