package dev.examloop.cli;

/**
 * The entry point of the {@code examloop} command; {@code examloop serve} starts the web application.
 *
 * <p>How it ends is about start-up time (docs/performance.md, issue 7): {@code System.exit} would make the JVM
 * open every one of the application's 80-odd jars to look for something that is not there, about 50 ms on a
 * 2-CPU machine. Picocli's settings for the same reason are in {@link ExamloopCommand#run(String...)}.
 */
public final class Examloop {
    private Examloop() {}

    public static void main(String[] args) {
        ExamloopCommand.Outcome outcome;
        try {
            outcome = ExamloopCommand.run(args);
        } catch (OutOfMemoryError e) {
            // Said in a line, not a stack trace: what ran out, and how to give the command more.
            System.err.println("examloop: out of memory (the JVM's heap, at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): give the command more with EXAMLOOP_JAVA_OPTS=-Xmx4g, or split the file");
            System.exit(3);
            return;
        }
        if (outcome.keepRunning()) {
            return;
        }
        // System.exit logs the exit through System.Logger (JDK 21+), whose first use looks for a logging back-end
        // on the whole class path. A command that succeeded and left nothing running ends by returning instead:
        // the JVM then exits with 0 once main returns, running the same shutdown hooks.
        System.out.flush();
        System.err.flush();
        if (outcome.exitCode() != 0 || othersRunning()) {
            System.exit(outcome.exitCode());
        }
    }

    /** Whether a platform thread other than this one would keep the JVM alive after main returns. */
    static boolean othersRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread != Thread.currentThread() && thread.isAlive() && !thread.isDaemon());
    }
}
