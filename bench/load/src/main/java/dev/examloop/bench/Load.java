package dev.examloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer-save load generator (see bench/answer-load.sh and docs/performance.md).
 *
 * <pre>
 * java -jar examloop-load.jar http --base http://127.0.0.1:PORT [--candidates 200] [options]
 * java -jar examloop-load.jar jdbc --url JDBC_URL [--threads 200] [--pool N] [options]
 *
 * options: --db LABEL            sqlite or postgresql, for the result rows
 *          --workloads LIST      closed,think (default both, in that order)
 *          --warmup S            seconds not measured at the start of each workload (default 5)
 *          --duration S          seconds measured after the warm-up (default 20)
 *          --think-ms MS         mean think time of the think workload (exponential; default 1000)
 *          --statements KIND     jdbc: "limit" (default): read the attempt row, UPDATE attempt_question; "app": every
 *                                statement Attempts.answer runs today (lock the attempt row with a no-op UPDATE, read
 *                                it, read the question row, UPDATE attempt_question), still without HTTP/JSON/Spring
 *          --prewarm S           http: seconds of closed-loop saves, not measured, before the first workload, so
 *                                that the server's JIT reaches its steady state (default 0)
 *          --server-pid PID      process whose CPU time is reported (the server)
 *          --results FILE        appends one tab-separated row per workload
 *          --slow-log FILE       appends "epoch-ms latency-ms db client workload" for every measured save
 *                                slower than --slow-ms (default 25), to line them up with GC or server logs
 *
 * On a shared machine: before each workload it waits (at most --quiet-wait 15 s) until the machine is less than
 * --quiet-busy 15 % busy; a workload during which other processes used more than --disturbed-cores 0.4 CPU
 * cores is run again, at most --retries times (default 0; the last run is kept either way, and the table says
 * so). The choice never looks at the latencies, only at the CPU time others used.
 * </pre>
 *
 * Every run is bounded: each workload stops sending at warm-up + duration, and a request is given at most
 * 30 s, so a run lasts at most about warm-up + duration + 30 s per workload.
 */
public final class Load {
    private Load() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            usage();
            return;
        }
        Options options = Options.parse(args);
        List<Result> results = switch (options.command) {
            case "http" -> HttpLoad.run(options);
            case "jdbc" -> JdbcLoad.run(options);
            default -> {
                System.err.println("unknown command '" + options.command + "': http or jdbc");
                System.exit(2);
                yield List.of();
            }
        };
        if (options.results != null) {
            List<String> rows = new ArrayList<>();
            for (Result r : results) {
                rows.add(r.tsv());
            }
            Files.write(options.results, rows, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        long failed = results.stream().filter(r -> r.ops() == 0).count();
        System.exit(failed > 0 ? 1 : 0);
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar examloop-load.jar http --base http://127.0.0.1:PORT [--candidates 200] [options]
                       java -jar examloop-load.jar jdbc --url JDBC_URL [--threads 200] [--pool N] [options]
                options: --db sqlite|postgresql  --workloads closed,think  --warmup 5  --duration 20
                         --think-ms 1000  --server-pid PID  --results FILE  --pack MLS-C01""");
    }

    /** The command line, already checked. */
    static final class Options {
        String command;
        String base;
        String url;
        String db = "?";
        String pack = "MLS-C01";
        int workers = 200;
        int pool = -1; // -1: the application's pool size for the database kind
        List<String> workloads = List.of("closed", "think");
        long warmupMs = 5_000;
        long durationMs = 20_000;
        long thinkMs = 1_000;
        long prewarmMs = 0;
        String statements = "limit";
        long serverPid = -1;
        Path results;
        Path slowLog;
        long slowMs = 25;
        int retries = 0;
        double disturbedCores = 0.4;
        double quietBusyPercent = 15;
        long quietWaitMs = 15_000;

        static Options parse(String[] args) {
            Options o = new Options();
            o.command = args[0];
            Map<String, String> values = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String name = args[i];
                if (!name.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value, got '" + name + "'");
                }
                values.put(name.substring(2), args[++i]);
            }
            for (Map.Entry<String, String> e : values.entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "base" -> o.base = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                    case "url" -> o.url = v;
                    case "db" -> o.db = v;
                    case "pack" -> o.pack = v;
                    case "candidates", "threads" -> o.workers = Integer.parseInt(v);
                    case "pool" -> o.pool = Integer.parseInt(v);
                    case "workloads" -> o.workloads = List.of(v.split(","));
                    case "warmup" -> o.warmupMs = (long) (Double.parseDouble(v) * 1000);
                    case "duration" -> o.durationMs = (long) (Double.parseDouble(v) * 1000);
                    case "think-ms" -> o.thinkMs = Long.parseLong(v);
                    case "prewarm" -> o.prewarmMs = (long) (Double.parseDouble(v) * 1000);
                    case "statements" -> o.statements = v;
                    case "server-pid" -> o.serverPid = Long.parseLong(v);
                    case "results" -> o.results = Path.of(v);
                    case "slow-log" -> o.slowLog = Path.of(v);
                    case "slow-ms" -> o.slowMs = Long.parseLong(v);
                    case "retries" -> o.retries = Integer.parseInt(v);
                    case "disturbed-cores" -> o.disturbedCores = Double.parseDouble(v);
                    case "quiet-busy" -> o.quietBusyPercent = Double.parseDouble(v);
                    case "quiet-wait" -> o.quietWaitMs = (long) (Double.parseDouble(v) * 1000);
                    default -> throw new IllegalArgumentException("unknown option --" + e.getKey());
                }
            }
            for (String w : o.workloads) {
                if (!w.equals("closed") && !w.equals("think")) {
                    throw new IllegalArgumentException("workload '" + w + "' is neither closed nor think");
                }
            }
            if (!o.statements.equals("limit") && !o.statements.equals("app")) {
                throw new IllegalArgumentException("--statements is limit or app");
            }
            if (o.workers < 1 || o.workers > 5_000) {
                throw new IllegalArgumentException("--candidates/--threads must be 1 to 5000");
            }
            if (o.durationMs < 1_000 || o.durationMs > 600_000 || o.warmupMs < 0 || o.warmupMs > 600_000) {
                throw new IllegalArgumentException("--duration must be 1 to 600 s, --warmup 0 to 600 s");
            }
            return o;
        }

        /** How long the workload thinks between two saves: 0 in the closed loop. */
        long thinkFor(String workload) {
            return workload.equals("think") ? thinkMs : 0;
        }
    }

    static void log(String message) throws IOException {
        System.out.println(message);
        System.out.flush();
    }
}
