package dev.examloop.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.examloop.search.SearchDocument;
import dev.examloop.search.SearchIndex;
import dev.examloop.support.Http;
import dev.examloop.support.TestAccounts;
import dev.examloop.support.TestClockConfiguration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notes, links, backlinks, images, search and the map over the API: a contract run on SQLite (FTS5) and on PostgreSQL
 * (tsvector), with the same expectations of matching, ranking, stemming, phrases and prefixes on both.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"examloop.deadline-sweep-ms=3600000", "examloop.images.max-bytes=65536"})
@Import({TestClockConfiguration.class, TestAccounts.class})
abstract class NotesSearchAndMapApiContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BATCH_DOCS = "https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @Autowired
    SearchIndex index;

    @BeforeEach
    void client() {
        http = new Http(port);
        jdbc.sql("INSERT INTO account (id, display_name, created_at) SELECT 'other', 'Another learner', 0 "
                        + "WHERE NOT EXISTS (SELECT 1 FROM account WHERE id = 'other')")
                .update();
    }

    JsonNode note(String title, String body, List<String> tags, List<String> links) {
        ObjectNode form = JSON.createObjectNode().put("title", title).put("body", body);
        tags.forEach(form.putArray("tags")::add);
        links.forEach(form.putArray("links")::add);
        Http.Response r = http.post("/api/notes", form.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode search(String q, String... filters) {
        StringBuilder path = new StringBuilder("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        for (String f : filters) {
            path.append('&').append(f);
        }
        Http.Response r = http.get(path.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> titles(JsonNode results) {
        List<String> titles = new ArrayList<>();
        results.get("hits").forEach(h -> titles.add(h.get("title").asText()));
        return titles;
    }

    /** A unique word, so that tests running in one database do not see each other's notes. */
    static String word() {
        return "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    // ----- NotesApi
    @Test
    void keepsTheMarkdownAndRendersItSanitised() {
        JsonNode n = note(
                "Model Monitor",
                "## Why it matters\nIt **watches** drift.<script>alert(1)</script>" + "<img src=x onerror=alert(2)>",
                List.of("model-monitor"),
                List.of());
        assertThat(n.get("body").asText()).contains("<script>");
        assertThat(n.get("html").asText())
                .contains("<h2>Why it matters</h2>", "<strong>watches</strong>")
                .doesNotContain("<script", "onerror");
        assertThat(n.get("tags").toString()).isEqualTo("[\"model-monitor\"]");
    }

    @Test
    void linksToCardsQuestionsAndNotesAndShowsTheBacklinksOnEach() {
        String cardId = http.post("/api/cards", "{\"title\":\"Kinesis shards " + word() + "\"}")
                .json()
                .get("id")
                .asText();
        JsonNode target = note("Firehose buffering", "Buffers by size or time.", List.of(), List.of());
        JsonNode source = note(
                "Streaming ingestion",
                "See [the card](/cards/" + cardId + ") and [[x]].",
                List.of("streaming-ingestion"),
                List.of("question:MLS-C01/mls-1-001", "note:" + target.get("id").asText()));
        assertThat(source.get("links"))
                .extracting(l -> l.get("kind").asText() + ":" + l.get("id").asText())
                .containsExactlyInAnyOrder(
                        "card:" + cardId,
                        "question:MLS-C01/mls-1-001",
                        "note:" + target.get("id").asText());
        String sourceId = source.get("id").asText();
        for (String backlinks : List.of(
                "/api/links?kind=card&id=" + cardId,
                "/api/links?kind=question&id=MLS-C01/mls-1-001",
                "/api/links?kind=note&id=" + target.get("id").asText())) {
            assertThat(http.get(backlinks).json())
                    .extracting(l -> l.get("id").asText())
                    .containsExactly(sourceId);
        }
        assertThat(http.get("/api/notes/" + target.get("id").asText())
                        .json()
                        .get("backlinks")
                        .get(0)
                        .get("title")
                        .asText())
                .isEqualTo("Streaming ingestion");
        assertThat(http.get("/backlinks?kind=card&id=" + cardId).body()).contains("Streaming ingestion");
    }

    @Test
    void replacesItsLinksWhenItChangesAndDropsThemWhenDeleted() {
        JsonNode target = note("Target", "t", List.of(), List.of());
        String targetId = target.get("id").asText();
        JsonNode source = note("Source", "[t](/notes/" + targetId + ")", List.of(), List.of());
        String sourceId = source.get("id").asText();
        Http.Response changed = http.put("/api/notes/" + sourceId, "{\"title\":\"Source\",\"body\":\"no links now\"}");
        assertThat(changed.json().get("links")).isEmpty();
        assertThat(http.get("/api/links?kind=note&id=" + targetId).json()).isEmpty();
        http.put("/api/notes/" + sourceId, "{\"title\":\"Source\",\"links\":[\"note:" + targetId + "\"]}");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notes/" + sourceId))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/links?kind=note&id=" + targetId).json()).isEmpty();
        assertThat(http.get("/api/notes/" + sourceId).status()).isEqualTo(404);
    }

    @Test
    void reportsEveryProblemOfANoteAtOnce() {
        Http.Response r =
                http.post("/api/notes", "{\"title\":\" \",\"tags\":[\"Not A Tag!\"],\"links\":[\"cards:1\"]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("message").asText())
                .contains(
                        "3 problem(s)",
                        "title: is required",
                        "'Not A Tag!' must be lower-case",
                        "'cards:1' is not kind:id");
        assertThat(r.json().get("details").toString()).isEqualTo("[\"title\",\"tags\",\"links\"]");
    }

    @Test
    void keepsEachAccountsNotesToItself() {
        String id = note("Mine", "private", List.of(), List.of()).get("id").asText();
        Http.Response other =
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notes/" + id))
                        .header(TestAccounts.HEADER, "other")
                        .GET());
        assertThat(other.status()).isEqualTo(404);
    }

    // ----- Search
    @Test
    void ranksATitleMatchAboveAMatchInTheBodyAndPutsTheCitedDocumentationFirst() {
        String w = word();
        note(
                "Batch transform " + w,
                "Runs offline inference over a whole dataset in S3. See [docs](" + BATCH_DOCS + ").",
                List.of("batch-transform"),
                List.of());
        note(
                "Real-time endpoints " + w,
                "Serve one prediction at a time, unlike a batch transform job.",
                List.of(),
                List.of());
        JsonNode r = search("batch transform " + w);
        assertThat(titles(r)).containsExactly("Batch transform " + w, "Real-time endpoints " + w);
        assertThat(r.get("documentation").get(0).get("url").asText()).isEqualTo(BATCH_DOCS);
        assertThat(r.get("hits").get(0).get("titleHtml").asText()).contains("<mark>Batch</mark>");
        assertThat(r.get("hits").get(1).get("snippetHtml").asText())
                .contains("<mark>batch</mark> <mark>transform</mark>");
    }

    @Test
    void ranksADocumentThatSaysItMoreOftenHigher() {
        String w = word();
        note("Once " + w, "Glue crawlers fill the catalog.", List.of(), List.of());
        note("Often " + w, "Glue jobs, Glue crawlers, Glue DataBrew: Glue everywhere.", List.of(), List.of());
        assertThat(titles(search("glue " + w))).containsExactly("Often " + w, "Once " + w);
    }

    @Test
    void findsOtherFormsOfAWordByItsStem() {
        String w = word();
        note("Drift " + w, "Model Monitor monitors data quality and predictions.", List.of(), List.of());
        assertThat(titles(search("monitoring " + w))).containsExactly("Drift " + w);
        assertThat(titles(search("predicting " + w))).containsExactly("Drift " + w);
    }

    @Test
    void matchesAPhraseOnlyWithItsWordsInOrder() {
        String w = word();
        note("Phrase " + w, "Use a batch transform job for nightly scoring.", List.of(), List.of());
        note("Scattered " + w, "Transform the batch of records first.", List.of(), List.of());
        assertThat(titles(search("\"batch transform\" " + w))).containsExactly("Phrase " + w);
        assertThat(titles(search("batch transform " + w))).containsExactlyInAnyOrder("Phrase " + w, "Scattered " + w);
    }

    @Test
    void matchesPrefixesAndLeavesOutExcludedWords() {
        String w = word();
        note("Training " + w, "SageMaker training jobs read from S3.", List.of(), List.of());
        note("Hosting " + w, "SageMaker hosting serves endpoints.", List.of(), List.of());
        assertThat(titles(search("sagem* " + w))).containsExactlyInAnyOrder("Training " + w, "Hosting " + w);
        assertThat(titles(search("sagemaker -endpoints " + w))).containsExactly("Training " + w);
    }

    @Test
    void dropsStopWordsOnBothDatabases() {
        String w = word();
        note("Stop words " + w, "Where is batch transform documented?", List.of(), List.of());
        assertThat(titles(search("what is the batch transform " + w))).containsExactly("Stop words " + w);
    }

    @Test
    void filtersByKindDomainAndTagAndCountsEachKind() {
        String w = word();
        String first = note("Tagged " + w, "Kinesis shards.", List.of("kinesis-data-streams"), List.of())
                .get("id")
                .asText();
        http.put(
                "/api/notes/" + first,
                "{\"title\":\"Tagged " + w + "\",\"body\":\"Kinesis shards.\",\"domainId\":\"1\","
                        + "\"tags\":[\"kinesis-data-streams\"]}");
        note("Untagged " + w, "Kinesis shards.", List.of(), List.of());
        assertThat(titles(search(w, "tag=kinesis-data-streams"))).containsExactly("Tagged " + w);
        assertThat(titles(search(w, "domain=1"))).containsExactly("Tagged " + w);
        assertThat(search(w, "kind=card").get("hits")).isEmpty();
        assertThat(search(w).get("kinds").get("note").asInt()).isEqualTo(2);
        assertThat(search("", "tag=kinesis-data-streams").get("hits"))
                .extracting(h -> h.get("kind").asText())
                .contains("note", "question");
    }

    /**
     * More matches than the engines read (their counts stop at 1,000): a kind filter still finds that kind's
     * documents when all of them are older than the newest thousand matches of other kinds.
     */
    @Test
    void findsAKindsOlderDocumentsUnderMoreThanAThousandNewerMatchesOfOtherKinds() {
        String w = word();
        for (int i = 0; i < 3; i++) {
            index.put(new SearchDocument(
                    "local",
                    "resource",
                    w + "-old-" + i,
                    "Old resource " + i,
                    "Reading about " + w,
                    null,
                    List.of(),
                    List.of(),
                    "/resources"));
        }
        for (int i = 0; i < 1001; i++) {
            index.put(new SearchDocument(
                    "local",
                    "card",
                    w + "-new-" + i,
                    "Card " + i,
                    "A card on " + w,
                    null,
                    List.of(),
                    List.of(),
                    "/review"));
        }
        JsonNode resources = search(w, "kind=resource");
        assertThat(titles(resources)).containsExactlyInAnyOrder("Old resource 0", "Old resource 1", "Old resource 2");
        JsonNode all = search(w);
        assertThat(all.get("totalIsLowerBound").asBoolean()).isTrue();
        assertThat(all.get("total").asInt()).isGreaterThan(1000);
        assertThat(all.get("hits")).isNotEmpty();
    }

    @Test
    void findsPackQuestionsByTheirStemsAndExplanationsWithTheirDocumentation() {
        JsonNode r = search("batch transform", "kind=question");
        assertThat(r.get("total").asInt()).isPositive();
        assertThat(r.get("hits").get(0).get("url").asText()).startsWith("/questions/");
        assertThat(r.get("documentation")).isNotEmpty();
        assertThat(search("block device", "kind=question").get("hits"))
                .extracting(h -> h.get("refId").asText())
                .contains("SHORT-01/s-2");
    }

    @Test
    void withholdsSearchWhileAFullMockIsInProgress() {
        String attempt = http.post("/api/attempts", "{\"pack\":\"SHORT-01\",\"mode\":\"exam\"}")
                .json()
                .get("id")
                .asText();
        try {
            var during = http.get("/api/search?q=block+device&kind=question");
            assertThat(during.status()).isEqualTo(423);
            assertThat(during.json().get("message").asText()).contains("withheld");
            assertThat(during.body()).doesNotContain("s-2");
        } finally {
            http.post("/api/attempts/" + attempt + "/submit", null);
        }
        JsonNode after = search("block device", "kind=question");
        assertThat(after.get("questionsHidden").asBoolean()).isFalse();
        assertThat(after.get("hits")).extracting(h -> h.get("refId").asText()).contains("SHORT-01/s-2");
    }

    @Test
    void staysInStepWithEveryWrite() {
        String w = word();
        String id =
                note("Before " + w, "old words", List.of(), List.of()).get("id").asText();
        http.put("/api/notes/" + id, "{\"title\":\"After " + w + "\",\"body\":\"new words\"}");
        assertThat(titles(search("old " + w))).isEmpty();
        assertThat(titles(search("new " + w))).containsExactly("After " + w);
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notes/" + id))
                .DELETE());
        assertThat(titles(search(w))).isEmpty();

        String card = "Shard limits " + w;
        http.post(
                "/api/cards",
                "{\"title\":\"" + card
                        + "\",\"note\":\"Each shard takes 1 MB/s in.\",\"tags\":[\"kinesis-data-streams\"]}");
        assertThat(titles(search("shard " + w, "kind=card"))).containsExactly(card);

        Http.Response logged = http.post(
                "/api/external-attempts",
                "{\"source\":\"Sample set " + w + "\",\"takenOn\":\"2026-11-28\","
                        + "\"scorePercent\":60,\"missed\":[{\"topic\":\"Firehose buffering\",\"explanation\":\"Firehose buffers "
                        + w
                        + " by size and time.\",\"link\":\"https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html\"}]}");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        JsonNode pm = search("buffers " + w, "kind=postmortem");
        assertThat(pm.get("hits")).hasSize(1);
        assertThat(pm.get("documentation").get(0).get("url").asText()).endsWith("buffering-hints.html");
    }

    @Test
    void escapesTheTextOfSnippets() {
        String w = word();
        note("Escapes " + w, "Compare `a<b` and <b>bold</b> " + w, List.of(), List.of());
        String snippet = search(w).get("hits").get(0).get("snippetHtml").asText();
        assertThat(snippet).doesNotContain("<b>").contains("a&lt;b");
    }

    @Test
    void neverShowsAnotherAccountsDocuments() {
        String w = word();
        note("Private " + w, "mine", List.of(), List.of());
        Http.Response other =
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + w))
                        .header(TestAccounts.HEADER, "other")
                        .GET());
        assertThat(other.json().get("hits")).isEmpty();
    }

    @Test
    void refusesALimitOutOfRange() {
        assertThat(http.get("/api/search?q=x&limit=1000").status()).isEqualTo(400);
    }

    // ----- ImagesApi
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    Http.Response upload(byte[] bytes, String name, String contentType, String account) {
        String boundary = "----examloop" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (account != null) {
            request.header(TestAccounts.HEADER, account);
        }
        return http.send(request);
    }

    java.net.http.HttpResponse<byte[]> fetch(String url, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + url))
                .GET();
        if (account != null) {
            request.header(TestAccounts.HEADER, account);
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void storesAnImageAndServesItToItsOwnerWithItsTypeAndNoSniffing() throws Exception {
        Http.Response r = upload(PNG, "shot.png", "image/png", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String url = r.json().get("url").asText();
        assertThat(r.json().get("markdown").asText()).isEqualTo("![shot](" + url + ")");
        var image = fetch(url, null);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void servesNobodyElseTheImage() throws Exception {
        String url =
                upload(PNG, "shot.png", "image/png", null).json().get("url").asText();
        assertThat(fetch(url, "other").statusCode()).isEqualTo(404);
        assertThat(fetch(url.replace("/images/", "/api/images/"), "other").statusCode())
                .isEqualTo(404);
    }

    @Test
    void judgesTheTypeByTheBytesNotTheNameOrTheClaimedType() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Http.Response r = upload(html, "shot.png", "image/png", null);
        assertThat(r.status()).isEqualTo(415);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(svg, "x.svg", "image/svg+xml", null).status()).isEqualTo(415);
    }

    @Test
    void refusesAnImageOverTheSizeLimitSayingTheLimit() {
        byte[] big = new byte[65537];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Http.Response r = upload(big, "big.png", "image/png", null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("message").asText()).contains("at most 65536");
    }

    @Test
    void showsTheOwnersImageInTheirNote() {
        String url =
                upload(PNG, "shot.png", "image/png", null).json().get("url").asText();
        JsonNode n = note(
                "With a screenshot",
                "![shot](" + url + ")\n\n![remote](http://evil.example/x.png)",
                List.of(),
                List.of());
        assertThat(n.get("html").asText())
                .contains("<img src=\"" + url + "\" alt=\"shot\">")
                .doesNotContain("evil.example");
    }

    // ----- Map

    static JsonNode node(JsonNode map, String id) {
        for (JsonNode n : map.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void drawsThePacksStarterMapFromIngestionToMonitoringWithIamAcrossIt() {
        JsonNode map = http.get("/api/map?pack=MLS-C01").json();
        assertThat(map.get("nodes"))
                .extracting(n -> n.get("id").asText())
                .contains(
                        "kinesis",
                        "s3",
                        "glue",
                        "sagemaker-training",
                        "batch-transform",
                        "endpoints",
                        "model-monitor",
                        "cloudwatch",
                        "iam",
                        "lambda");
        assertThat(node(map, "kinesis").get("x").asDouble())
                .isLessThan(node(map, "s3").get("x").asDouble());
        assertThat(node(map, "s3").get("x").asDouble())
                .isLessThan(node(map, "model-monitor").get("x").asDouble());
        assertThat(map.get("edges"))
                .extracting(e -> e.get("source").asText() + " "
                        + e.get("relation").asText() + " " + e.get("target").asText() + " "
                        + e.get("origin").asText())
                .contains(
                        "kinesis feeds data to s3 pack",
                        "model-monitor monitors endpoints pack",
                        "iam grants access to sagemaker-training pack");
    }

    @Test
    void addsTheLearnersRelationsAndRefusesABadOne() {
        Http.Response added = http.post(
                "/api/map/relations", "{\"source\":\"lambda\",\"target\":\"kinesis\",\"relation\":\"reads from\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode map = http.get("/api/map?pack=MLS-C01").json();
        assertThat(map.get("edges"))
                .extracting(e -> e.get("source").asText() + " "
                        + e.get("relation").asText() + " " + e.get("target").asText() + " "
                        + e.get("origin").asText())
                .contains("lambda reads from kinesis learner");
        assertThat(http.post(
                                "/api/map/relations",
                                "{\"source\":\"lambda\",\"target\":\"kinesis\",\"relation\":\"reads from\"}")
                        .status())
                .isEqualTo(409);
        Http.Response bad =
                http.post("/api/map/relations", "{\"source\":\"Not a node\",\"target\":\"s3\",\"relation\":\"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").toString()).isEqualTo("[\"source\",\"relation\"]");
        String id = added.json().get("id").asText();
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/map/relations/" + id))
                                .DELETE())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void givesABigMapsListsAPageOfTheirOwnAndCarriesOnlyWhatTheScriptDraws() throws Exception {
        String w = word();
        for (int n = 0; n < 14; n++) { // 14 notes of 30 tags each: 420 tag nodes at threshold 1
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < 30; t++) {
                tags.add(w + "-" + n + "-" + t);
            }
            note("Many tags " + n + " " + w, "x", tags, List.of());
        }
        Http.Response page = http.get("/map?threshold=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/map/lists?pack=&threshold=1\"")
                .doesNotContain("<details><summary>The map as lists")
                .as("the node names for the suggestions are left to the script")
                .contains("<datalist id=\"map-nodes\"></datalist>");
        String data = page.body().substring(page.body().indexOf("<script type=\"application/json\" id=\"map-data\">"));
        JsonNode drawn = JSON.readTree(data.substring(data.indexOf('>') + 1, data.indexOf("</script>")));
        assertThat(drawn.get("nodes").size()).isGreaterThan(400);
        JsonNode tagNode = null;
        for (JsonNode n : drawn.get("nodes")) {
            assertThat(n.has("tags")).isFalse();
            if (n.get("id").asText().equals(w + "-0-0")) {
                tagNode = n;
            }
        }
        assertThat(tagNode).isNotNull();
        assertThat(tagNode.has("label"))
                .as("a label that is the id is left out")
                .isFalse();
        assertThat(tagNode.get("kind").asText()).isEqualTo("tag");
        JsonNode derived = null;
        for (JsonNode e : drawn.get("edges")) {
            if (e.get("origin").asText().equals("derived")) {
                derived = e;
            }
        }
        assertThat(derived).isNotNull();
        assertThat(derived.has("relation")).isFalse();
        assertThat(derived.get("weight").asInt()).isPositive();

        Http.Response lists = http.get("/map/lists?threshold=1");
        assertThat(lists.status()).isEqualTo(200);
        assertThat(lists.body())
                .contains("The map as lists")
                .contains(w + "-13-29")
                .contains("<em>co-occurs with</em>");
    }

    @Test
    void derivesRelationsFromTagsThatOccurTogetherAboveTheThreshold() {
        String w = word();
        for (int i = 0; i < 3; i++) {
            note("Together " + i + " " + w, "x", List.of("glue-etl", w), List.of());
        }
        JsonNode map = http.get("/api/map?pack=MLS-C01&threshold=3").json();
        assertThat(map.get("edges"))
                .extracting(e -> e.get("source").asText() + "~"
                        + e.get("target").asText() + "~" + e.get("origin").asText() + "~"
                        + e.get("weight").asInt())
                .contains("glue~" + w + "~derived~3");
        JsonNode higher = http.get("/api/map?pack=MLS-C01&threshold=4").json();
        assertThat(higher.get("edges"))
                .extracting(e -> e.get("target").asText())
                .doesNotContain(w);
    }

    /** The map keeps what it derives from the tags between views: every change of tags must still show at once. */
    @Test
    void keepsItsDerivedRelationsInStepWithEveryChangeOfTags() {
        String w = word();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(note("Kept " + i + " " + w, "x", List.of("glue-etl", w), List.of())
                    .get("id")
                    .asText());
        }
        assertThat(derivedWeight(w)).isEqualTo(3);
        SearchIndex.TagsVersion before = index.tagsVersion();
        http.put(
                "/api/notes/" + ids.get(0),
                "{\"title\":\"Kept 0 " + w + "\",\"body\":\"only the body changed\"," + "\"tags\":[\"glue-etl\",\"" + w
                        + "\"]}");
        assertThat(index.tagsVersion())
                .as("a change that leaves the tags alone")
                .isEqualTo(before);
        assertThat(derivedWeight(w)).isEqualTo(3);

        String fourth = note("Kept 3 " + w, "x", List.of("glue-etl", w), List.of())
                .get("id")
                .asText();
        assertThat(derivedWeight(w)).as("a note added").isEqualTo(4);
        http.put("/api/notes/" + fourth, "{\"title\":\"Kept 3 " + w + "\",\"body\":\"x\",\"tags\":[\"glue-etl\"]}");
        assertThat(derivedWeight(w)).as("a tag taken off").isEqualTo(3);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notes/" + ids.get(1)))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(derivedWeight(w)).as("a note deleted").isEqualTo(2);
        assertThat(index.tagsVersion()).isNotEqualTo(before);
    }

    /** One transaction that changes many documents' tags raises the generation once, as it commits. */
    @Test
    void raisesTheTagGenerationOncePerTransaction() {
        String w = word();
        long before = index.tagsVersion().own();
        index.replaceAll(
                "local",
                "bulk",
                List.of(
                        new SearchDocument(
                                "local", "bulk", w + "-1", "One", "x", null, List.of(w, "glue-etl"), List.of(), null),
                        new SearchDocument("local", "bulk", w + "-2", "Two", "x", null, List.of(w), List.of(), null),
                        new SearchDocument(
                                "local", "bulk", w + "-3", "Three", "x", null, List.of("glue-etl"), List.of(), null)));
        assertThat(index.tagsVersion().own()).isEqualTo(before + 1);
        index.replaceAll(
                "local",
                "bulk",
                List.of(new SearchDocument(
                        "local",
                        "bulk",
                        w + "-1",
                        "One",
                        "changed, tags not",
                        null,
                        List.of(w, "glue-etl"),
                        List.of(),
                        null)));
        assertThat(index.tagsVersion().own()).as("two documents' tags removed").isEqualTo(before + 2);
        index.replaceAll(
                "local",
                "bulk",
                List.of(new SearchDocument(
                        "local",
                        "bulk",
                        w + "-1",
                        "One",
                        "changed again, tags not",
                        null,
                        List.of(w, "glue-etl"),
                        List.of(),
                        null)));
        assertThat(index.tagsVersion().own()).as("no tag changed").isEqualTo(before + 2);
        index.replaceAll("local", "bulk", List.of());
    }

    /** The weight of the derived relation between Glue and the tag, at threshold 2 (0 when there is none). */
    private int derivedWeight(String tag) {
        JsonNode map = http.get("/api/map?pack=MLS-C01&threshold=2").json();
        for (JsonNode e : map.get("edges")) {
            if (e.get("origin").asText().equals("derived")
                    && e.get("source").asText().equals("glue")
                    && e.get("target").asText().equals(tag)) {
                return e.get("weight").asInt();
            }
        }
        return 0;
    }

    @Test
    void coloursANodeByTheWeakestZoneOfItsCardsAndOpensWhatIsLinkedToIt() {
        http.post(
                "/api/cards",
                "{\"title\":\"Shard splits " + word() + "\",\"tags\":[\"kinesis-data-streams\"],\"confidence\":1}");
        String noteTitle = "Kinesis note " + word();
        note(noteTitle, "Shards.", List.of("streaming-ingestion"), List.of());
        JsonNode map = http.get("/api/map?pack=MLS-C01").json();
        assertThat(node(map, "kinesis").get("zone").asText()).isIn("red", "yellow");
        assertThat(node(map, "kinesis").get("cards").asInt()).isPositive();
        JsonNode detail = http.get("/api/map/nodes/kinesis?pack=MLS-C01").json();
        assertThat(detail.get("items")).extracting(i -> i.get("title").asText()).contains(noteTitle);
        assertThat(detail.get("items")).extracting(i -> i.get("kind").asText()).contains("note", "card", "question");
        assertThat(http.get("/api/map/nodes/no-such-node").status()).isEqualTo(404);
    }

    @Test
    void describesItsPathsInTheOpenApiDocument() {
        List<String> paths = new ArrayList<>();
        http.get("/v3/api-docs").json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .contains(
                        "/api/notes",
                        "/api/notes/{id}",
                        "/api/notes/template",
                        "/api/links",
                        "/api/images",
                        "/api/images/{id}",
                        "/api/search",
                        "/api/tags",
                        "/api/tags/{tag}",
                        "/api/map",
                        "/api/map/nodes/{id}",
                        "/api/map/relations",
                        "/api/map/relations/{id}");
    }
}
