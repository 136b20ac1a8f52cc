package dev.examloop.cli;

import dev.examloop.ExamloopApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
        // Passed as command-line arguments, which take precedence over application.properties.
        String[] arguments = {"--server.port=" + port, "--examloop.data-dir=" + dataDir, "--examloop.db-url=" + url};
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ExamloopApplication.class).run(arguments);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("examloop serve: could not start: " + rootMessage(e));
            return 1;
        }
        String address = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        spec.commandLine().getOut().println("Examloop is running: open http://127.0.0.1:" + address + "/");
        spec.commandLine().getOut().println("Data: " + (db == null ? dataDir.resolve("examloop.db") : redacted(url)));
        return 0;
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.contains("Address already in use")
                || cause.getClass().getSimpleName().equals("BindException")) {
            return "the port is already in use; choose another with --port N";
        }
        return redacted(message);
    }
}
