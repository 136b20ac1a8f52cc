package dev.examloop.cli;

/**
 * The entry point of the {@code examloop} command; {@code examloop serve} starts the web application.
 *
 * <p>Two things here are about start-up time (docs/performance.md, issue 7): each would otherwise make the JVM
 * open every one of the application's 80-odd jars to look for something that is not there, about 50 ms each on a
 * 2-CPU machine.
 */
public final class Examloop {
    private Examloop() {}

    public static void main(String[] args) {
        // Picocli looks for Groovy's Closure class when it first makes an object; there is no Groovy here.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        // Picocli looks up its converters for java.time, java.sql and java.nio.file types by reflection for every
        // command it makes, cold, about 1.5 ms each. The only such type the options use is Path, which
        // ExamloopCommand converts itself: none of them is looked up (the setting is a list of regular expressions,
        // matched against each of those types' names; the simplest is the quickest to compile, 57 times).
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
        ExamloopCommand.Outcome outcome = ExamloopCommand.run(args);
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
