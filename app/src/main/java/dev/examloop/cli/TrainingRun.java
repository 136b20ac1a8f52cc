package dev.examloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build's training run (decision 0044): asks the server it runs in for the pages a person opens first, so
 * that the JVM recording the run ({@code -XX:AOTCacheOutput}) sees their classes loaded and their code run. What
 * It is also the build's one run of the server as the launcher starts it (Spring's ahead-of-time bean
 * definitions, the unpacked jar): a page that fails fails the run, and so the build.
 */
final class TrainingRun {
    private static final List<String> PAGES = List.of(
            "/actuator/health",
            "/",
            "/exams",
            "/review",
            "/plan",
            "/goal",
            "/notes",
            "/map",
            "/search?q=sagemaker+endpoint",
            "/api/packs",
            "/api/cards");
    private static final Pattern ATTEMPT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private TrainingRun() {}

    /** Returns the pages that failed (empty when all answered). */
    static List<String> exercise(int port, PrintWriter out) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        int answered = 0;
        java.util.Set<String> failed = new java.util.TreeSet<>();
        for (int round = 0; round < 3; round++) {
            for (String page : PAGES) {
                answered += visit(client, base, page, failed);
            }
            // A practice session: started, a question shown, the result of one answered.
            String started = post(client, base + "/api/attempts", "{\"pack\":\"MLA-C01\",\"mode\":\"practice\"}");
            Matcher id = ATTEMPT_ID.matcher(started);
            if (!id.find()) {
                failed.add("POST /api/attempts");
            } else {
                String attempt = id.group(1);
                answered += visit(client, base, "/attempts/" + attempt + "/q/1", failed);
                answered += visit(client, base, "/api/attempts/" + attempt + "/questions/1", failed);
                post(client, base + "/api/attempts/" + attempt + "/submit", "");
                answered += visit(client, base, "/attempts/" + attempt + "/result", failed);
            }
        }
        out.println("training run: " + answered + " page(s) answered"
                + (failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed)));
        out.flush();
        return List.copyOf(failed);
    }

    private static int visit(HttpClient client, String base, String page, java.util.Set<String> failed) {
        if (get(client, base + page)) {
            return 1;
        }
        failed.add(page.replaceAll("/attempts/[^/]+/", "/attempts/ID/"));
        return 0;
    }

    private static boolean get(HttpClient client, String url) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() < 400;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String post(HttpClient client, String url, String json) {
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
