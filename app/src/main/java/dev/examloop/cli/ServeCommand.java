package dev.examloop.cli;

import dev.examloop.ExamloopApplication;
import dev.examloop.storage.DataFolderLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examloop serve}: starts the web application and prints the address to open. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start Examloop and print the address to open.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder for your data (default: ~/.examloop).")
    Path data;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description =
                    "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default: SQLite in the data folder).")
    String db;

    @Option(
            names = "--training-run",
            hidden = true,
            description = "Start, ask a few pages of the running server, then stop: the build's training run, whose"
                    + " JVM writes the AOT cache of the classes it loaded (docs/decisions/0044).")
    boolean trainingRun;

    /** Held for the life of the process: the operating system lets it go when the process ends. */
    @SuppressWarnings("UnusedVariable") // only held: a lock that is collected could be let go
    private static DataFolderLock folderLock;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("examloop serve: --port " + port + " is not a port (0 to 65535)");
            return 2;
        }
        Path dataDir = (data == null ? ExamloopCommand.defaultDataDir() : data).toAbsolutePath();
        Files.createDirectories(dataDir);
        String url = db == null ? "jdbc:sqlite:" + dataDir.resolve("examloop.db") : db;
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "examloop serve: --db " + url
                                    + " is not a database Examloop knows: give jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
            return 2;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            Path folder = sqliteFolder(url, dataDir);
            try {
                folderLock = DataFolderLock.acquire(folder);
            } catch (DataFolderLock.Held held) {
                spec.commandLine()
                        .getErr()
                        .println("examloop serve: this data folder (" + folder + ") is in use by another Examloop"
                                + (held.pid().isPresent()
                                        ? " (pid " + held.pid().getAsLong() + ")"
                                        : "")
                                + "; stop it first, or give another folder with --data");
                return 1;
            }
        }
        // Passed as command-line arguments, which take precedence over application.properties. A failed start is
        // said in one line below: Spring Boot's and Hikari's own reports of it (a stack trace each) are left out.
        String[] arguments = {
            "--server.port=" + port,
            "--examloop.data-dir=" + dataDir,
            "--examloop.db-url=" + url,
            "--logging.level.org.springframework.boot.SpringApplication=OFF",
            "--logging.level.org.springframework.boot.diagnostics=OFF",
            "--logging.level.com.zaxxer.hikari=OFF",
            "--logging.level.org.flywaydb=OFF"
        };
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ExamloopApplication.class)
                    .main(ExamloopApplication.class) // names the ahead-of-time initializer (spring.aot.enabled)
                    .run(arguments);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("examloop serve: could not start: " + StartFailure.describe(e, url));
            return 1;
        }
        // Once started, the pool's warnings (a database that went away) are wanted in the log again.
        LoggingSystem logging = context.getBean(LoggingSystem.class);
        logging.setLogLevel("com.zaxxer.hikari", LogLevel.WARN);
        logging.setLogLevel("org.flywaydb", LogLevel.WARN);
        logging.setLogLevel("org.springframework.boot.SpringApplication", null);
        logging.setLogLevel("org.springframework.boot.diagnostics", null);
        String address = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        if (trainingRun) {
            try (context) {
                return TrainingRun.exercise(
                                        Integer.parseInt(address),
                                        spec.commandLine().getOut())
                                .isEmpty()
                        ? 0
                        : 1;
            }
        }
        spec.commandLine().getOut().println("Examloop is running: open http://127.0.0.1:" + address + "/");
        spec.commandLine().getOut().println("Data: " + (db == null ? dataDir.resolve("examloop.db") : redacted(url)));
        return 0;
    }

    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@");
    }

    /** The folder an SQLite database lives in: the data folder, or the folder of the file a URL names. */
    static Path sqliteFolder(String url, Path dataDir) {
        String file = url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return dataDir;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return parent == null ? dataDir : parent;
    }
}
