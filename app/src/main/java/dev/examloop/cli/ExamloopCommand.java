package dev.examloop.cli;

import java.io.PrintWriter;
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
            new CommandModels.Subcommand("revlog", args -> new RevlogCommand()),
            new CommandModels.Subcommand("goal", args -> new GoalCommand()),
            new CommandModels.Subcommand("plan", args -> new PlanCommand()),
            new CommandModels.Subcommand("search", args -> new SearchCommand()));

    private final CommandLine.Model.CommandSpec spec = CommandModels.command(this, "examloop",
            "Prepare a certification exam: mock exams, post-mortems, review and planning, on your own machine.");

    private ExamloopCommand() {}

    /** What running a command left to do: exit with a code, or keep the JVM running for the server. */
    public record Outcome(int exitCode, boolean keepRunning) {}

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static Outcome run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static Outcome run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = CommandModels.group(new ExamloopCommand().spec, SUBCOMMANDS, args);
        versionEverywhere(commandLine, new VersionProvider());
        // Paths are the only type among picocli's reflective converters (java.time, java.sql, java.nio.file) that the
        // options use: converted here directly, so that the entry point can leave those out (see Examloop.main).
        commandLine.registerConverter(Path.class, Path::of);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            cl.getErr().println("examloop: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 1;
        });
        int code = commandLine.execute(args);
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        boolean serving = code == 0 && parsed != null && parsed.hasSubcommand()
                && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand;
        return new Outcome(code, serving);
    }

    /** Every command's {@code --version} prints the application's (picocli's own mixin printed nothing below the root). */
    private static void versionEverywhere(CommandLine commandLine, CommandLine.IVersionProvider version) {
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.getSubcommands().values().stream().distinct().forEach(sub -> versionEverywhere(sub, version));
    }

    static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".examloop");
    }
}
