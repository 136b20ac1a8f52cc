package dev.examloop.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The search and map benchmark (see bench/search/run.sh).
 *
 * <ul>
 *   <li>{@code load URL DOCS}: writes DOCS documents for account {@code local} into {@code search_document} and
 *       {@code search_tag} of a database the application has migrated (FTS5 triggers or the tsvector column do
 *       the indexing, as for the application's own writes);
 *   <li>{@code query BASE_URL ITERATIONS}: times GET /api/search over HTTP for a fixed mix of queries, after a
 *       warm-up; prints p50, p95, p99 and max per kind of query and over all;
 *   <li>{@code map BASE_URL RUNS}: opens /map in headless Chromium RUNS times and reads how long the server took
 *       for /api/map and the browser for drawing it.
 * </ul>
 */
public final class SearchBench {
    /** The exam's terms, in the order of their frequency in the synthetic text. */
    static final String[] TERMS = ("sagemaker training endpoint batch transform model monitor kinesis stream shard "
                    + "firehose glue crawler catalog athena s3 bucket partition parquet feature store pipeline lambda iam role "
                    + "policy kms encryption vpc subnet cloudwatch metric alarm drift baseline bias clarify xgboost linear "
                    + "learner hyperparameter tuning spot instance checkpoint distributed gpu inference latency autoscaling "
                    + "variant canary shadow rollback registry approval notebook processing job container image ecr docker "
                    + "dataset label ground truth augmentation imbalance smote recall precision threshold confusion matrix "
                    + "regularization overfitting dropout embedding tokenizer bedrock prompt foundation lakehouse redshift "
                    + "emr spark flink kafka schema evolution quality deequ anomaly forecast deepar")
            .split(" ");

    static final String[] FILLER = ("the a of to and in for with on by which when that from at is are be can "
                    + "should would use uses using run runs data records files daily hourly weekly cost lowest least "
                    + "operational overhead requirement solution team company engineer needs wants")
            .split(" ");
    static final int TAGS = 2000;
    static final int CLUSTER = 5;

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "load" -> load(args[1], args.length > 2 ? args[2] : "", Integer.parseInt(args[3]));
            case "query" -> query(args[1], Integer.parseInt(args[2]));
            case "map" -> map(args[1], Integer.parseInt(args[2]));
            case "try" -> tryScript(args[1], java.nio.file.Files.readString(Path.of(args[2])));
            default -> {
                System.err.println("usage: load JDBC_URL USER DOCS | query BASE_URL ITERATIONS | map BASE_URL RUNS");
                System.exit(2);
            }
        }
    }

    // ----- load

    static void load(String url, String user, int docs) throws Exception {
        Random random = new Random(20261129);
        long start = System.nanoTime();
        try (Connection c =
                user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "")) {
            boolean sqlite = url.startsWith("jdbc:sqlite:");
            if (sqlite) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=OFF");
                }
            }
            c.setAutoCommit(false);
            String[] kinds = {"note", "card", "postmortem", "resource"};
            try (PreparedStatement doc = c.prepareStatement(
                            "INSERT INTO search_document (account_id, kind, ref_id, title, "
                                    + "body, tags_text, domain_id, tags, links, url, updated_at, scope) VALUES ('local', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement tag = c.prepareStatement(
                            "INSERT INTO search_tag (account_id, kind, ref_id, tag) " + "VALUES ('local', ?, ?, ?)")) {
                for (int i = 0; i < docs; i++) {
                    String kind = kinds[i % kinds.length];
                    String ref = "bench-" + i;
                    int cluster = random.nextInt(TAGS / CLUSTER);
                    int a = random.nextInt(CLUSTER);
                    int b = (a + 1 + random.nextInt(CLUSTER - 1)) % CLUSTER;
                    List<String> tags = List.of("t" + (cluster * CLUSTER + a), "t" + (cluster * CLUSTER + b));
                    doc.setString(1, kind);
                    doc.setString(2, ref);
                    doc.setString(3, sentence(random, 4 + random.nextInt(5)));
                    doc.setString(4, sentence(random, 60 + random.nextInt(90)));
                    doc.setString(5, String.join(" ", tags));
                    doc.setString(7, "[\"" + tags.get(0) + "\",\"" + tags.get(1) + "\"]");
                    doc.setString(
                            8,
                            "[\"https://docs.aws.amazon.com/sagemaker/latest/dg/" + TERMS[random.nextInt(TERMS.length)]
                                    + ".html\"]");
                    doc.setString(9, "/" + kind + "s/" + ref);
                    doc.setLong(10, 1_764_000_000_000L + i);
                    String domain = String.valueOf(1 + random.nextInt(4));
                    doc.setString(6, domain);
                    // The filter tokens, as the application's SearchScope writes them.
                    doc.setString(
                            11,
                            String.join(
                                    " ",
                                    token('a', "local"),
                                    token('k', kind),
                                    token('d', domain),
                                    token('t', tags.get(0)),
                                    token('t', tags.get(1))));
                    doc.addBatch();
                    for (String t : tags) {
                        tag.setString(1, kind);
                        tag.setString(2, ref);
                        tag.setString(3, t);
                        tag.addBatch();
                    }
                    if (i % 2000 == 1999) {
                        doc.executeBatch();
                        tag.executeBatch();
                        c.commit();
                    }
                }
                doc.executeBatch();
                tag.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                if (sqlite) {
                    s.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
                    s.execute("ANALYZE");
                } else {
                    s.execute("VACUUM ANALYZE search_document");
                    s.execute("ANALYZE search_tag");
                }
            }
        }
        System.out.printf(Locale.ROOT, "loaded %d documents in %.1f s%n", docs, (System.nanoTime() - start) / 1e9);
    }

    static String token(char prefix, String value) {
        return prefix + java.util.HexFormat.of().formatHex(value.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "0";
    }

    /**
     * The vocabulary of the synthetic text, most frequent first: filler words, then the exam's terms spread
     * among 4,000 made-up words (syllables), drawn with Zipf's law (the r-th word with weight 1/r), as words are
     * in real text: "sagemaker" is on a good share of the documents, "deequ" on few.
     */
    static final String[] VOCABULARY = vocabulary();

    static final double[] CUMULATIVE = cumulative(VOCABULARY.length);

    static String[] vocabulary() {
        List<String> words = new ArrayList<>(Arrays.asList(FILLER));
        String[] syllables = "ka lo mi nu pe ra si to vu ze ba de fi go hu ja ke li mo ne".split(" ");
        Random random = new Random(7);
        List<String> madeUp = new ArrayList<>();
        while (madeUp.size() < 4000) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            if (!madeUp.contains(w.toString())) {
                madeUp.add(w.toString());
            }
        }
        // Exam terms at ranks 40, 70, 100, … among the made-up words.
        for (int i = 0, t = 0; i < madeUp.size(); i++) {
            if (i % 30 == 0 && t < TERMS.length) {
                words.add(TERMS[t++]);
            }
            words.add(madeUp.get(i));
        }
        return words.toArray(String[]::new);
    }

    static double[] cumulative(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            c[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            c[r] /= sum;
        }
        return c;
    }

    static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int i = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
            text.append(w == 0 ? "" : " ").append(VOCABULARY[i < 0 ? -i - 1 : i]);
        }
        return text.toString();
    }

    // ----- query

    /** The query mix: kinds of query a learner types, each with a few texts and filters. */
    static final Map<String, List<String>> MIX = new LinkedHashMap<>();

    static {
        MIX.put("one common word", List.of("q=sagemaker", "q=training", "q=endpoint", "q=batch"));
        MIX.put("two words", List.of("q=batch+transform", "q=model+monitor", "q=kinesis+shard", "q=feature+store"));
        MIX.put("rare words", List.of("q=deepar+forecast", "q=deequ", "q=schema+evolution", "q=lakehouse"));
        MIX.put("phrase", List.of("q=%22batch+transform%22", "q=%22model+monitor%22", "q=%22spot+instance%22"));
        MIX.put("prefix", List.of("q=sagem*", "q=hyperpar*", "q=kines*+shard", "q=autosc*"));
        MIX.put(
                "filtered",
                List.of(
                        "q=training&kind=note",
                        "q=endpoint&tag=t42",
                        "q=glue+crawler&domain=2",
                        "q=drift&kind=resource"));
        MIX.put("stemmed", List.of("q=monitoring+streams", "q=transforms", "q=encrypted+buckets"));
    }

    static void query(String base, int iterations) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String[]> plan = new ArrayList<>();
        MIX.forEach((kind, queries) -> queries.forEach(q -> plan.add(new String[] {kind, q})));
        for (int i = 0; i < 300; i++) {
            String[] q = plan.get(i % plan.size());
            get(client, base + "/api/search?" + q[1]);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> byQuery = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        JsonNode sample = null;
        for (int i = 0; i < iterations; i++) {
            String[] q = plan.get(i % plan.size());
            long t0 = System.nanoTime();
            String body = get(client, base + "/api/search?" + q[1]);
            double ms = (System.nanoTime() - t0) / 1e6;
            times.computeIfAbsent(q[0], k -> new ArrayList<>()).add(ms);
            byQuery.computeIfAbsent(q[1], k -> new ArrayList<>()).add(ms);
            all.add(ms);
            if (i == 1) {
                sample = new ObjectMapper().readTree(body);
            }
        }
        System.out.println("sample: q=batch transform -> total " + sample.get("total") + ", first hit "
                + sample.get("hits").get(0).get("title"));
        // Each query on its own (not a RESULT line: results.tsv keeps the kinds), to see which one is slow.
        byQuery.forEach((q, list) -> {
            double[] sorted =
                    list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "query\t%s\tn=%d\tp50=%.1f\tp99=%.1f\tmax=%.1f ms%n",
                    q,
                    sorted.length,
                    pct(sorted, 50),
                    pct(sorted, 99),
                    sorted[sorted.length - 1]);
        });
        times.forEach((kind, list) -> print(kind, list));
        print("all", all);
    }

    static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static void print(String what, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "RESULT\t%s\tn=%d\tp50=%.1f\tp95=%.1f\tp99=%.1f\tmax=%.1f ms%n",
                what,
                sorted.length,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                sorted[sorted.length - 1]);
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ----- map

    /**
     * The map page, RUNS times as a first visit (a new browser context each time: nothing cached) and RUNS times
     * as a repeat visit (one context, after one visit: scripts from the browser's cache, compiled by V8 before).
     */
    static void map(String base, int runs) throws Exception {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("EXAMLOOP_CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            mapRuns(
                    base,
                    runs,
                    "first visit",
                    () -> browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)),
                    true);
            BrowserContext shared = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            mapRuns(base, runs, "repeat visit", () -> shared, false);
            shared.close();
        }
    }

    private static void mapRuns(
            String base,
            int runs,
            String visit,
            java.util.function.Supplier<BrowserContext> contexts,
            boolean closeContext) {
        double[] draw = new double[runs];
        double[] server = new double[runs];
        double[] total = new double[runs];
        Map<String, Object> last = Map.of();
        for (int run = -1; run < runs; run++) {
            BrowserContext context = contexts.get();
            Page page = context.newPage();
            page.navigate(base + "/map?threshold=2");
            page.waitForFunction(
                    "() => document.getElementById('map').dataset.ready === 'true'",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) page.evaluate("() => {"
                    + " const api = performance.getEntriesByType('navigation')[0];"
                    + " const drawn = performance.getEntriesByName('map-drawn')[0].startTime;"
                    + " const data = performance.getEntriesByName('map-data')[0].startTime;"
                    + " const init = performance.getEntriesByName('map-init')[0].startTime;"
                    + " return {drawn, data, init, apiEnd: api.responseEnd, apiTime: api.responseStart - api.requestStart,"
                    + " nodes: window.examloopMapData.nodes.length, edges: window.examloopMapData.edges.length,"
                    + " cyNodes: window.examloopMap.nodes().length, cyEdges: window.examloopMap.edges().length}; }");
            System.out.printf(
                    Locale.ROOT,
                    "%s run %d: page received→map parsed %.0f ms, parsed→cytoscape ready %.0f ms, ready→first frame %.0f ms%n",
                    visit,
                    run,
                    num(t.get("data")) - num(t.get("apiEnd")),
                    num(t.get("init")) - num(t.get("data")),
                    num(t.get("drawn")) - num(t.get("init")));
            if (run >= 0) {
                draw[run] = num(t.get("drawn")) - num(t.get("apiEnd"));
                server[run] = num(t.get("apiTime"));
                total[run] = num(t.get("drawn"));
            }
            last = t;
            page.close();
            if (closeContext) {
                context.close();
            }
        }
        Arrays.sort(draw);
        Arrays.sort(server);
        Arrays.sort(total);
        System.out.printf(
                Locale.ROOT,
                "map: %d nodes, %d edges (Cytoscape: %d nodes, %d edges; the rest on the underlay)%n",
                (int) num(last.get("nodes")),
                (int) num(last.get("edges")),
                (int) num(last.get("cyNodes")),
                (int) num(last.get("cyEdges")));
        System.out.printf(
                Locale.ROOT,
                "RESULT\tmap draw, %s (page received to first frame)\tn=%d\tmedian=%.0f\tmax=%.0f ms%n",
                visit,
                runs,
                pct(draw, 50),
                draw[runs - 1]);
        System.out.printf(
                Locale.ROOT,
                "RESULT\tmap server, %s (request to first byte of /map)\tn=%d\tmedian=%.0f\tmax=%.0f ms%n",
                visit,
                runs,
                pct(server, 50),
                server[runs - 1]);
        System.out.printf(
                Locale.ROOT,
                "RESULT\tmap page, %s (navigation to first frame)\tn=%d\tmedian=%.0f\tmax=%.0f ms%n",
                visit,
                runs,
                pct(total, 50),
                total[runs - 1]);
    }

    /** Development aid: runs a script (an async function) on the map page after its data is fetched, prints its result. */
    static void tryScript(String base, String script) {
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("EXAMLOOP_CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu")));
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.navigate(base + "/map?threshold=2");
            page.waitForFunction(
                    "() => document.getElementById('map').dataset.ready === 'true'",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            page.evaluate(
                    "async () => { window.examloopMap.destroy(); window.MAP = await (await fetch('/api/map?threshold=2')).json(); }");
            System.out.println(page.evaluate(script));
            browser.close();
        }
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
