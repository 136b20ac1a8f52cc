package dev.examloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.examloop.support.Http;
import dev.examloop.support.TestAccounts;
import dev.examloop.support.TestClockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The single-user server against hostile or careless requests (issue 16): headers on every response, bodies
 * capped per endpoint and refused with 413 before they are read, NUL characters and over-long fields refused
 * with 400 alike on SQLite and PostgreSQL, image bombs, review logs with a million problems or reviews in the
 * far future. Run on both databases.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"examloop.deadline-sweep-ms=3600000"})
@Import({TestClockConfiguration.class, TestAccounts.class})
abstract class HardeningApiContract {
    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A raw HTTP/1.1 exchange: what a script (not a browser, not Java's client) may send. */
    String raw(String head, byte[] body, int repeat) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                for (int i = 0; i < repeat; i++) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // The server answered and closed the connection before the whole body was sent: what is wanted.
            }
            // Read up to the end of the JSON body: the server may keep the connection open while it swallows.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString(StandardCharsets.UTF_8).matches("(?s).*\\]}\\s*")
                    && answer.size() < 1_000_000
                    && (n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void putsTheSecurityHeadersOnEveryResponse() {
        for (String path : new String[] {"/", "/api/notes", "/api/nope", "/attempts/nope/q/1"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
            assertThat(response.status()).as(path).isIn(200, 404);
        }
        var page = send("/");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'");
        assertThat(policy.replaceAll(".*script-src ([^;]*);.*", "$1")).isEqualTo("'self'");
        var json = send("/api/nope");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.headers().firstValue("Content-Security-Policy")).isPresent();
        String attempt = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        for (String path : new String[] {"/api/attempts/" + attempt, "/attempts/" + attempt + "/q/1"}) {
            var exam = send(path);
            assertThat(exam.statusCode()).as(path).isEqualTo(200);
            assertThat(exam.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        // The mock would lock the rest of the application for the other tests of this class (the exam lock).
        assertThat(http.post("/api/attempts/" + attempt + "/abandon", "{}").status())
                .isEqualTo(200);
    }

    java.net.http.HttpResponse<String> send(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersWithJsonTheRequestsThatTomcatRefusesItself() throws IOException {
        String host = "Host: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n";
        for (String line : new String[] {
            "GET /api/notes/a%2Fb HTTP/1.1", "GET /api/notes/a%00b HTTP/1.1", "GET /" + "x".repeat(9000) + " HTTP/1.1"
        }) {
            String answer = raw(line + "\r\n" + host, new byte[0], 0);
            assertThat(answer)
                    .as(line.substring(0, Math.min(40, line.length())))
                    .startsWith("HTTP/1.1 4");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/json");
            assertThat(answer).contains("\"status\":4").doesNotContain("<html");
        }
    }

    @Test
    void answersTheErrorPathAskedForDirectlyWithNotFound() {
        for (String path : new String[] {"/error", "/error/", "/error?x=1"}) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isEqualTo("not-found");
        }
    }

    @Test
    void refusesAnUploadWhoseDeclaredSizePassesTheLimitBeforeReadingIt() throws IOException {
        String raw = raw(
                "POST /api/images HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: image/png\r\nContent-Length: 2100000000\r\n\r\n",
                new byte[1024],
                1);
        assertThat(raw).startsWith("HTTP/1.1 413").contains("\"error\":\"payload-too-large\"");
        String multipart = raw(
                "POST /api/images HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 2100000000\r\n\r\n",
                new byte[1024],
                1);
        assertThat(multipart).startsWith("HTTP/1.1 413").contains("payload-too-large");
    }

    @Test
    void refusesAStreamedUploadAsSoonAsItPassesTheLimit() throws IOException {
        byte[] chunk = new byte[64 * 1024 + 12];
        byte[] size = (Integer.toHexString(64 * 1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, chunk, 0, size.length);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(png, 0, chunk, size.length, png.length);
        chunk[size.length + 64 * 1024] = '\r';
        chunk[size.length + 64 * 1024 + 1] = '\n';
        byte[] exact = java.util.Arrays.copyOf(chunk, size.length + 64 * 1024 + 2);
        // 160 chunks of 64 KB: 10 MB, twice the 5 MB an image may have; the server answers long before the end.
        String raw = raw(
                "POST /api/images HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: image/png\r\nTransfer-Encoding: chunked\r\n\r\n",
                exact,
                160);
        assertThat(raw).startsWith("HTTP/1.1 413").contains("larger than 5 MB");
    }

    @Test
    void capsEachJsonBodyAtASizeThatFitsItsEndpoint() {
        String attempt = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"practice\"}")
                .json()
                .get("id")
                .asText();
        String padding = "x".repeat(100 * 1024);
        Http.Response answer =
                http.put("/api/attempts/" + attempt + "/answers/1", "{\"selected\":[\"" + padding + "\"]}");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("message").asText()).contains("64 KB", "an answer");
        Http.Response note =
                http.post("/api/notes", "{\"title\":\"big\",\"body\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(note.status()).isEqualTo(413);
        assertThat(note.json().get("message").asText()).contains("1 MB", "a note");
        String tenMegabytes = "z".repeat(10 * 1024 * 1024);
        assertThat(http.post("/api/cards", "{\"title\":\"" + tenMegabytes + "\"}")
                        .status())
                .isEqualTo(413);
        assertThat(http.put("/api/review/settings", "{\"x\":\"" + tenMegabytes + "\"}")
                        .status())
                .isEqualTo(413);
        assertThat(http.post("/api/attempts/" + attempt + "/questions/1/check", "{\"x\":\"" + tenMegabytes + "\"}")
                        .status())
                .isEqualTo(413);
    }

    @Test
    void refusesANulCharacterInEveryKindOfFieldWithABadRequest() {
        Http.Response note = http.post("/api/notes", "{\"title\":\"a\\u0000b\",\"body\":\"x\"}");
        assertThat(note.status()).as(note.body()).isEqualTo(400);
        assertThat(note.json().get("message").asText()).contains("'title'", "NUL");
        Http.Response tag = http.post("/api/notes", "{\"title\":\"t\",\"body\":\"x\",\"tags\":[\"a\\u0000\"]}");
        assertThat(tag.status()).as(tag.body()).isEqualTo(400);
        Http.Response card = http.post("/api/cards", "{\"title\":\"card\\u0000\"}");
        assertThat(card.status()).as(card.body()).isEqualTo(400);
        Http.Response search = http.get("/api/search?q=kinesis%00");
        assertThat(search.status()).as(search.body()).isEqualTo(400);
        assertThat(search.json().get("details").get(0).asText()).isEqualTo("q");
        Http.Response filter = http.get("/api/cards?tag=a%00");
        assertThat(filter.status()).as(filter.body()).isEqualTo(400);
        Http.Response form = http.postForm("/notes", "title=a%00b&body=x");
        assertThat(form.status()).as(form.body()).isEqualTo(400);
        Http.Response upload = uploadNamed("shot\u0000.png");
        assertThat(upload.status()).as(upload.body()).isEqualTo(400);
        assertThat(upload.json().get("message").asText()).contains("file name");
    }

    Http.Response uploadNamed(String name) {
        String boundary = "----examloop" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png(1, 1));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void refusesCardFieldsLongerThanTheirColumnsAlikeOnEveryDatabase() {
        Http.Response domain =
                http.post("/api/cards", "{\"title\":\"Shards\",\"domainId\":\"" + "d".repeat(33) + "\"}");
        assertThat(domain.status()).as(domain.body()).isEqualTo(400);
        assertThat(domain.json().get("details").get(0).asText()).isEqualTo("domainId");
        Http.Response title = http.post("/api/cards", "{\"title\":\"" + "t".repeat(301) + "\"}");
        assertThat(title.status()).as(title.body()).isEqualTo(400);
        assertThat(title.json().get("message").asText()).contains("301 characters, at most 300");
        Http.Response fits = http.post("/api/cards", "{\"title\":\"" + "t".repeat(300) + "\",\"domainId\":\"d1\"}");
        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        assertThat(fits.json().get("title").asText()).hasSize(300);
    }

    @Test
    void reportsTheFirstHundredProblemsOfAReviewLogAndHowManyThereAre() {
        StringBuilder csv = new StringBuilder("card_id,review_time,review_rating\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("1,").append(1_700_000_000_000L + i).append(",9\n");
        }
        Http.Response r = postCsv(csv.toString());
        assertThat(r.status()).isEqualTo(400);
        JsonNode body = r.json();
        assertThat(body.get("details")).hasSize(100);
        assertThat(body.get("message").asText()).contains("5000 problem(s)", "the first 100 are listed");
        assertThat(r.body().length()).isLessThan(20_000);
    }

    @Test
    void refusesReviewsInTheFarFuture() {
        Http.Response r = postCsv("card_id,review_time,review_rating\n1,1700000000000,3\n1,100000000000000000,3\n");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("in the future");
        assertThat(http.get("/api/review/log.csv").body()).doesNotContain("1700000000000");
    }

    Http.Response postCsv(String csv) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/review/log"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void refusesAnImageThatClaimsMorePixelsThanItsBytesSuggest() {
        byte[] bomb = png(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        Http.Response r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("message").asText()).contains("100000 × 100000 pixels");
        Http.Response small = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png(2, 2))));
        assertThat(small.status()).as(small.body()).isEqualTo(201);
    }

    /** A PNG whose header declares the given size, with one tiny compressed row of pixel data. */
    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            try (var deflate = new java.util.zip.DeflaterOutputStream(data)) {
                deflate.write(new byte[1 + Math.min(width, 16)]);
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        o.write(name);
        o.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        o.writeInt((int) crc.getValue());
    }
}
