package dev.examloop.cli;


/** The entry point of the {@code examloop} command; {@code examloop serve} starts the web application. */
public final class Examloop {
    private Examloop() {}

    public static void main(String[] args) {
        ExamloopCommand.Outcome outcome = ExamloopCommand.run(args);
        if (!outcome.keepRunning()) {
            System.exit(outcome.exitCode());
        }
    }
}
