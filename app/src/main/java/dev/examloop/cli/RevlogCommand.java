package dev.examloop.cli;

import dev.examloop.ExamloopApplication;
import dev.examloop.common.ClientProblem;
import dev.examloop.review.ReviewLogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code examloop revlog export|import FILE}: the review log as FSRS CSV, read from or written to the database. */
@Command(
        name = "revlog",
        mixinStandardHelpOptions = true,
        description = "Export or import the review log (FSRS CSV).",
        subcommands = {RevlogCommand.Export.class, RevlogCommand.Import.class})
public final class RevlogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the data is, as for {@code serve}. */
    static class Storage {
        @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ~/.examloop).")
        Path data;

        @Option(
                names = "--db",
                paramLabel = "JDBC_URL",
                description = "Database URL (default: SQLite in the data folder).")
        String db;

        /** Why this command may not write to the SQLite data folder now (a server holds it), or empty. */
        java.util.Optional<String> heldByAServer() {
            Path dataDir = (data == null ? ExamloopCommand.defaultDataDir() : data).toAbsolutePath();
            String url = db == null ? "jdbc:sqlite:" + dataDir.resolve("examloop.db") : db;
            if (!url.startsWith("jdbc:sqlite:")) {
                return java.util.Optional.empty();
            }
            Path folder = ServeCommand.sqliteFolder(url, dataDir);
            java.util.OptionalLong pid = dev.examloop.storage.DataFolderLock.holder(folder);
            return pid.isPresent()
                    ? java.util.Optional.of("the data folder " + folder + " is in use by a running Examloop server"
                            + (pid.getAsLong() > 0 ? " (pid " + pid.getAsLong() + ")" : ""))
                    : java.util.Optional.empty();
        }

        /** Runs {@code work} with the review log service, without a web server. */
        <T> T withLogs(java.util.function.Function<ReviewLogs, T> work) throws IOException {
            return with(ReviewLogs.class, work);
        }

        /** Runs {@code work} with one of the application's services, without a web server. */
        <B, T> T with(Class<B> service, java.util.function.Function<B, T> work) throws IOException {
            return withContext(context -> work.apply(context.getBean(service)));
        }

        /** Runs {@code work} with the application's context, without a web server. */
        <T> T withContext(java.util.function.Function<ConfigurableApplicationContext, T> work) throws IOException {
            Path dataDir = (data == null ? ExamloopCommand.defaultDataDir() : data).toAbsolutePath();
            Files.createDirectories(dataDir);
            String url = db == null ? "jdbc:sqlite:" + dataDir.resolve("examloop.db") : db;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ExamloopApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(
                            "--examloop.data-dir=" + dataDir,
                            "--examloop.db-url=" + url,
                            "--spring.main.banner-mode=off",
                            "--examloop.deadline-sweep-ms=3600000")) {
                return work.apply(context);
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write the review log to FILE (- for standard output).")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        String file;

        @CommandLine.Mixin
        Storage storage = new Storage();

        @Override
        public Integer call() throws IOException {
            String csv = storage.withLogs(ReviewLogs::exportCsv);
            if ("-".equals(file)) {
                spec.commandLine().getOut().print(csv);
                spec.commandLine().getOut().flush();
            } else {
                try {
                    Files.writeString(Path.of(file), csv, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    spec.commandLine()
                            .getErr()
                            .println("examloop revlog export: " + IoFailures.describe("write", file, e));
                    return 1;
                }
                spec.commandLine().getErr().println("Wrote " + (csv.lines().count() - 1) + " reviews to " + file);
            }
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description =
                    "Read a review log in FSRS CSV; a file with any problem is refused whole and nothing is written.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @CommandLine.Mixin
        Storage storage = new Storage();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("examloop revlog import: " + file + " is not a file");
                return 2;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("examloop revlog import: " + IoFailures.describe("read", file.toString(), e));
                return 1;
            }
            java.util.Optional<String> held = storage.heldByAServer();
            if (held.isPresent()) {
                err.println("examloop revlog import: " + held.get()
                        + "; import through it (POST /api/review/log) or stop it first. Nothing was imported");
                return 1;
            }
            try {
                ReviewLogs.ImportSummary summary = storage.withLogs(logs -> logs.importCsv(file.toString(), text));
                spec.commandLine()
                        .getOut()
                        .println("Imported " + summary.reviewsAdded() + " reviews of "
                                + (summary.cardsCreated() + summary.cardsUpdated()) + " cards ("
                                + summary.cardsCreated()
                                + " new cards); " + summary.duplicatesSkipped() + " reviews were there already");
                return 0;
            } catch (ClientProblem problem) {
                problem.details().forEach(err::println);
                java.util.regex.Matcher count =
                        java.util.regex.Pattern.compile("has (\\d+) problem").matcher(problem.getMessage());
                String total = count.find()
                        ? count.group(1)
                        : String.valueOf(problem.details().size());
                err.println(total + " problem(s) in " + file + "; nothing was imported"
                        + (problem.details().size() < Integer.parseInt(total)
                                ? " (the first " + problem.details().size() + " are listed)"
                                : ""));
                return 1;
            } catch (org.springframework.dao.DataAccessException busy) {
                err.println("examloop revlog import: the database is busy or unavailable ("
                        + busy.getMostSpecificCause().getClass().getSimpleName()
                        + "); nothing was imported. If an Examloop server uses this data folder, import through it");
                return 1;
            }
        }
    }
}
