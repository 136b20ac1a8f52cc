package dev.examloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated candidates over HTTP on loopback: each starts its own exam attempt, then saves answers to
 * questions 1, 2, ... n, 1, 2, ... with {@code PUT /api/attempts/{id}/answers/{n}}, exactly as the exam page does.
 */
final class HttpLoad {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("\"questionCount\"\\s*:\\s*(\\d+)");
    private static final String ANSWER = "{\"selected\":[\"a\"],\"flagged\":false}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private HttpLoad() {}

    static List<Result> run(Load.Options o) throws Exception {
        if (o.base == null) {
            throw new IllegalArgumentException("http needs --base http://127.0.0.1:PORT");
        }
        ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(virtualThreads)
                .build();

        // Every candidate starts an attempt, all at once (the start of an exam session).
        String[] ids = new String[o.workers];
        int[] questionCounts = new int[o.workers];
        long[] startLatencies = new long[o.workers];
        long t0 = System.nanoTime();
        List<Future<?>> starts = new ArrayList<>();
        String startBody = "{\"pack\":\"" + o.pack + "\",\"mode\":\"exam\"}";
        for (int w = 0; w < o.workers; w++) {
            int worker = w;
            starts.add(virtualThreads.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(o.base + "/api/attempts"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(startBody))
                        .build();
                long s = System.nanoTime();
                HttpResponse<String> response = client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
                startLatencies[worker] = System.nanoTime() - s;
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("POST /api/attempts answered " + response.statusCode() + ": "
                            + abbreviate(response.body()));
                }
                Matcher id = ID.matcher(response.body());
                Matcher count = COUNT.matcher(response.body());
                if (!id.find() || !count.find()) {
                    throw new IllegalStateException("unexpected attempt: " + abbreviate(response.body()));
                }
                ids[worker] = id.group(1);
                questionCounts[worker] = Integer.parseInt(count.group(1));
                return null;
            }));
        }
        for (Future<?> f : starts) {
            f.get();
        }
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = startLatencies.clone();
        java.util.Arrays.sort(sorted);
        Load.log(String.format(
                Locale.ROOT,
                "%s: %d candidates started their attempts (%d questions each) in %.2f s; "
                        + "POST /api/attempts p50 %.1f ms, max %.1f ms",
                o.db,
                o.workers,
                questionCounts[0],
                startSeconds,
                Result.percentile(sorted, 50),
                sorted[sorted.length - 1] / 1e6));

        // One prepared request per candidate and question: the generator should cost as little as it can.
        HttpRequest[][] requests = new HttpRequest[o.workers][];
        for (int w = 0; w < o.workers; w++) {
            requests[w] = new HttpRequest[questionCounts[w]];
            for (int n = 1; n <= questionCounts[w]; n++) {
                requests[w][n - 1] = HttpRequest.newBuilder(
                                URI.create(o.base + "/api/attempts/" + ids[w] + "/answers/" + n))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/json")
                        .PUT(BodyPublishers.ofString(ANSWER))
                        .build();
            }
        }
        Phase.Save save = (worker, sequence) -> {
            HttpRequest request = requests[worker][(int) (sequence % requests[worker].length)];
            HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PUT " + request.uri().getPath() + " answered " + response.statusCode()
                        + ": " + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
            }
            return true;
        };

        Pool.Meter hikari = hikariMeter(client, o.base);
        if (o.prewarmMs > 0) {
            // A fresh JVM on two busy CPUs needs tens of seconds of load before C2 has compiled the hot paths
            // (docs/performance.md); an exam session meets a server that has been up for a while.
            Load.Options warm = new Load.Options();
            warm.warmupMs = 0;
            warm.durationMs = o.prewarmMs;
            warm.slowLog = null;
            warm.serverPid = o.serverPid;
            Result r = Phase.run(o.db, "app-http", "closed", o.workers, "-", true, warm, null, 1, save);
            Load.log(String.format(
                    Locale.ROOT,
                    "%s: pre-warm (not measured): %.0f s of closed-loop saves, %.0f saves/s",
                    o.db,
                    o.prewarmMs / 1000.0,
                    r.throughput()));
        }
        List<Result> results = new ArrayList<>();
        for (String workload : o.workloads) {
            Load.log(String.format(
                    Locale.ROOT,
                    "%s: app over HTTP, %s, %d candidates: %.0f s warm-up + %.0f s measured%s",
                    o.db,
                    workload,
                    o.workers,
                    o.warmupMs / 1000.0,
                    o.durationMs / 1000.0,
                    workload.equals("think") ? ", think time exponential with mean " + o.thinkMs + " ms" : ""));
            // The application's pool (DatabaseConfiguration): one connection on SQLite, 16 on PostgreSQL.
            String pool = o.db.equals("sqlite") ? "1" : o.db.equals("postgresql") ? "16" : "?";
            Result r = Phase.undisturbed(
                    o,
                    () -> Phase.run(
                            o.db,
                            "app-http",
                            workload,
                            o.workers,
                            pool,
                            true,
                            o,
                            hikari,
                            o.db.equals("sqlite") ? 1 : 16,
                            save));
            Load.log("  " + r.human());
            results.add(r);
        }
        virtualThreads.shutdownNow();
        return results;
    }

    /**
     * Hikari's metrics of the server, when it exposes them (server started with
     * -Dmanagement.endpoints.web.exposure.include=health,metrics); null otherwise.
     */
    private static Pool.Meter hikariMeter(HttpClient client, String base) {
        Pool.Meter meter = () -> {
            try {
                double[] usage = timer(client, base, "hikaricp.connections.usage");
                double[] acquire = timer(client, base, "hikaricp.connections.acquire");
                return usage == null || acquire == null ? null : new Pool.Snapshot(usage[0], usage[1], acquire[1]);
            } catch (Exception e) {
                return null;
            }
        };
        return meter.snapshot() == null ? null : meter;
    }

    private static final Pattern STATISTIC =
            Pattern.compile("\"statistic\"\\s*:\\s*\"(COUNT|TOTAL_TIME)\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    /** {count, total seconds} of a Micrometer timer from /actuator/metrics, or null. */
    private static double[] timer(HttpClient client, String base, String name) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + name))
                        .timeout(REQUEST_TIMEOUT)
                        .build(),
                BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        double[] value = {Double.NaN, Double.NaN};
        Matcher m = STATISTIC.matcher(response.body());
        while (m.find()) {
            value[m.group(1).equals("COUNT") ? 0 : 1] = Double.parseDouble(m.group(2));
        }
        return Double.isNaN(value[0]) || Double.isNaN(value[1]) ? null : value;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
