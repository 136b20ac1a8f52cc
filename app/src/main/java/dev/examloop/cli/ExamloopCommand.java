package dev.examloop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line. Its subcommands are added in {@link #run(PrintWriter, PrintWriter, String...)}: only
 * the one named on the command line when there is one, because picocli builds the model of every command it is
 * given by reflection, which took about 0.3 s of a cold start for all of them (see docs/performance.md).
 */
@Command(
        name = "examloop",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prepare a certification exam: mock exams, post-mortems, review and planning, on your own machine.")
public final class ExamloopCommand implements Runnable {
    /** A subcommand by name, made only when it is needed; in the order the help lists them. */
    private record Subcommand(String name, Supplier<Object> make) {}

    private static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("serve", ServeCommand::new),
            new Subcommand("pack", PackCommand::new),
            new Subcommand("fsrs", FsrsCommand::new),
            new Subcommand("revlog", RevlogCommand::new),
            new Subcommand("goal", GoalCommand::new),
            new Subcommand("plan", PlanCommand::new),
            new Subcommand("search", SearchCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        CommandLine commandLine = new CommandLine(new ExamloopCommand());
        String named = firstWord(args);
        List<Subcommand> needed = SUBCOMMANDS.stream().filter(sub -> sub.name().equals(named)).toList();
        for (Subcommand sub : needed.isEmpty() ? SUBCOMMANDS : needed) {
            commandLine.addSubcommand(sub.name(), sub.make().get());
        }
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

    /** The first argument that is not an option, or null: the subcommand, when the command line has one. */
    private static String firstWord(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".examloop");
    }
}
