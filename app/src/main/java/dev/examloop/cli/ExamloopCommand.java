package dev.examloop.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The root of the command line. Its subcommands are added in {@link #run(PrintWriter, PrintWriter, String...)}: only
 * the one named on the command line when there is one, because picocli builds the model of every command it is
 * given by reflection, which took about 0.3 s of a cold start for all of them (see docs/performance.md). The root's
 * own model is written in code, as those of {@code fsrs} and {@code fsrs optimize} are ({@link CommandModels}).
 */
public final class ExamloopCommand implements Runnable {
    /** The subcommands, made only when they are needed, in the order the help lists them. */
    private static final List<CommandModels.Subcommand> SUBCOMMANDS = List.of(
            new CommandModels.Subcommand("serve", args -> new ServeCommand()),
            new CommandModels.Subcommand("pack", args -> new PackCommand()),
            new CommandModels.Subcommand("fsrs", FsrsCommand::commandLine),
            new CommandModels.Subcommand("schedule", ScheduleCommand::commandLine),
            new CommandModels.Subcommand("revlog", args -> new RevlogCommand()),
            new CommandModels.Subcommand("import", args -> new ImportCommand()),
            new CommandModels.Subcommand("export", args -> new ExportCommand()),
            new CommandModels.Subcommand("goal", args -> new GoalCommand()),
            new CommandModels.Subcommand("plan", args -> new PlanCommand()),
            new CommandModels.Subcommand("search", args -> new SearchCommand()));

    private final CommandLine.Model.CommandSpec spec = CommandModels.command(
            this,
            "examloop",
            "Prepare a certification exam: mock exams, post-mortems, review and planning, on your own machine.");

    private ExamloopCommand() {}

    /** What running a command left to do: exit with a code, or keep the JVM running for the server. */
    public record Outcome(int exitCode, boolean keepRunning) {}

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line of the process. A command's output is what it prints through picocli's writer; whatever else
     * writes to standard output while it runs (the application's log, for the commands that start the application
     * without its web server) goes to standard error, so that `revlog export -` or a `--json` object is never mixed
     * with a log line. The server keeps standard output for its log.
     */
    public static Outcome run(String... args) {
        PrintStream standardOutput = System.out;
        int at = CommandModels.firstWord(args);
        boolean serve = at >= 0 && "serve".equals(args[at]);
        if (!serve) {
            System.setOut(System.err);
        }
        try {
            return run(
                    new PrintWriter(new OutputStreamWriter(standardOutput, StandardCharsets.UTF_8), true),
                    new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                    args);
        } finally {
            if (!serve) {
                System.out.flush();
                System.setOut(standardOutput);
            }
        }
    }

    /**
     * A failure said in words: a file that could not be read or written is named with the reason (Java's own
     * message for a missing file is the path alone), never a stack trace or a SQL statement.
     */
    static String whatFailed(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.nio.file.FileSystemException file) {
                return IoFailures.describe(file);
            }
            if (cause instanceof org.springframework.dao.DataAccessException data) {
                return "the database failed: "
                        + (data.getMostSpecificCause().getMessage() == null
                                ? data.getMostSpecificCause().getClass().getSimpleName()
                                : data.getMostSpecificCause()
                                        .getMessage()
                                        .lines()
                                        .findFirst()
                                        .orElse(""))
                        + "; nothing of this command was saved";
            }
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    public static Outcome run(PrintWriter out, PrintWriter err, String... args) {
        picocliSettings();
        CommandLine commandLine = CommandModels.group(new ExamloopCommand().spec, SUBCOMMANDS, args);
        versionEverywhere(commandLine, new VersionProvider());
        // Paths are the only type among picocli's reflective converters (java.time, java.sql, java.nio.file) that the
        // options use: converted here directly, so that those can be left out (picocliSettings).
        commandLine.registerConverter(Path.class, Path::of);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("examloop: " + whatFailed(ex));
            return 1;
        });
        int code = commandLine.execute(args);
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        boolean serving = code == 0
                && parsed != null
                && parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand;
        return new Outcome(code, serving);
    }

    /**
     * Picocli's own switches, set before it makes anything (unless set already), here rather than in the entry point
     * so that the tests run the command line as the application does. Both are about start-up time (issue 7):
     * <ul>
     *   <li>{@code picocli.disable.closures}: picocli looks for Groovy's {@code Closure} class when it first makes an
     *       object, and the class loader opens every one of the application's 80-odd jars to be sure there is none
     *       (about 50 ms on a 2-CPU machine);</li>
     *   <li>{@code picocli.converters.excludes}: picocli looks up its converters for 19 {@code java.time},
     *       {@code java.sql} and {@code java.nio.file} types by reflection for every command line it makes, cold,
     *       about 1.5 ms each time. The only such type the options use is {@link Path}, converted by
     *       {@code Path::of} (registered in {@link #run(PrintWriter, PrintWriter, String...)}); {@code .*} leaves all
     *       of them out (the setting is a list of regular expressions, compiled for each type: the simplest is the
     *       quickest). An option of another of those types would fail with "No TypeConverter registered", in the
     *       tests as in the application.</li>
     * </ul>
     */
    static void picocliSettings() {
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
    }

    /**
     * Every command's {@code --version} prints the application's (picocli's own mixin printed nothing below the root).
     * A loop, not a stream: this runs on every start. An alias lists a subcommand twice, which sets it twice.
     */
    private static void versionEverywhere(CommandLine commandLine, CommandLine.IVersionProvider version) {
        commandLine.getCommandSpec().versionProvider(version);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            versionEverywhere(sub, version);
        }
    }

    static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".examloop");
    }
}
