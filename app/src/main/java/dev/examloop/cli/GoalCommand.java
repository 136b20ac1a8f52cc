package dev.examloop.cli;

import dev.examloop.common.ClientProblem;
import dev.examloop.planner.GoalForm;
import dev.examloop.planner.GoalView;
import dev.examloop.planner.Goals;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examloop goal set|show}: the exam goal the plan is made for. */
@Command(
        name = "goal",
        mixinStandardHelpOptions = true,
        description = "Set or show your exam goal.",
        subcommands = {GoalCommand.Set.class, GoalCommand.Show.class})
public final class GoalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Set the goal, or change the active one (options left out keep their values; another pack "
                    + "starts a new goal). Nothing is saved unless every option is right.")
    static final class Set implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--pack", paramLabel = "CODE", description = "The exam pack, for example MLA-C01.")
        String pack;

        @Option(names = "--exam-date", paramLabel = "YYYY-MM-DD", description = "The day of the exam.")
        String examDate;

        @Option(names = "--exam-time", paramLabel = "HH:mm", description = "When the exam starts (default 09:00).")
        String examTime;

        @Option(
                names = "--time-zone",
                paramLabel = "ZONE",
                description = "Time zone, for example Europe/Berlin (default: this machine's).")
        String timeZone;

        @Option(names = "--hours-per-day", paramLabel = "H", description = "Study hours on every day of the week.")
        Double hoursPerDay;

        @Option(
                names = "--weekday-hours",
                paramLabel = "DAY=H",
                split = ",",
                description = "Hours on particular weekdays, for example sat=6,sun=0 (mon tue wed thu fri sat sun).")
        java.util.Map<String, Double> weekdayHours;

        @Option(names = "--day-off", paramLabel = "YYYY-MM-DD", description = "A day with no study (repeatable).")
        List<String> daysOff;

        @Option(
                names = "--final-window-hours",
                paramLabel = "H",
                description = "Review-only hours before the exam (default 48).")
        Integer finalWindowHours;

        @CommandLine.Mixin
        RevlogCommand.Storage storage = new RevlogCommand.Storage();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                GoalView goal = storage.with(
                        Goals.class,
                        goals -> goals.set(new GoalForm(
                                pack,
                                examDate,
                                examTime,
                                timeZone,
                                hoursPerDay,
                                weekdayHours,
                                daysOff,
                                finalWindowHours)));
                spec.commandLine().getOut().println(describe(goal));
                return 0;
            } catch (ClientProblem problem) {
                (problem.details().isEmpty() ? List.of(problem.getMessage()) : problem.details())
                        .forEach(d -> err.println("examloop goal set: " + d));
                err.println("nothing was saved");
                return 2;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the active goal.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RevlogCommand.Storage storage = new RevlogCommand.Storage();

        @Override
        public Integer call() throws IOException {
            var goal = storage.with(Goals.class, Goals::active);
            if (goal.isEmpty()) {
                spec.commandLine().getErr().println(PlanCommand.NO_GOAL);
                return 1;
            }
            spec.commandLine().getOut().println(describe(goal.get()));
            return 0;
        }
    }

    static String describe(GoalView goal) {
        return "Goal: " + goal.pack() + " (" + goal.packTitle() + ") on " + goal.examDate() + " at " + goal.examTime()
                + " "
                + goal.timeZone() + "; study minutes " + goal.weekdayMinutes() + "; days off " + goal.daysOff()
                + "; final window " + goal.finalWindowHours() + " h";
    }
}
