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
 * the pages answer does not matter here; a page that fails is said and the run goes on.
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

    static void exercise(int port, PrintWriter out) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        int answered = 0;
        for (int round = 0; round < 3; round++) {
            for (String page : PAGES) {
                answered += get(client, base + page) ? 1 : 0;
            }
            // A practice session: started, a question shown, the result of one answered.
            String started = post(client, base + "/api/attempts", "{\"pack\":\"MLA-C01\",\"mode\":\"practice\"}");
            Matcher id = ATTEMPT_ID.matcher(started);
            if (id.find()) {
                String attempt = id.group(1);
                answered += get(client, base + "/attempts/" + attempt + "/q/1") ? 1 : 0;
                answered += get(client, base + "/api/attempts/" + attempt + "/questions/1") ? 1 : 0;
                post(client, base + "/api/attempts/" + attempt + "/submit", "");
                answered += get(client, base + "/attempts/" + attempt + "/result") ? 1 : 0;
            }
        }
        out.println("training run: " + answered + " page(s) answered");
        out.flush();
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
