package dev.examloop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line. */
@Command(
        name = "examloop",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Prepare a certification exam: mock exams, post-mortems, review and planning, on your own machine.",
        subcommands = {ServeCommand.class, PackCommand.class, FsrsCommand.class, RevlogCommand.class, GoalCommand.class,
                PlanCommand.class, SearchCommand.class})
public final class ExamloopCommand implements Runnable {
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

    static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".examloop");
    }
}
