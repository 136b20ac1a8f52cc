package dev.examloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.examloop.planner.BlockView;
import dev.examloop.planner.DayView;
import dev.examloop.planner.PlanView;
import dev.examloop.planner.Plans;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code examloop plan show|ics}: the study plan in the terminal, as JSON or as iCalendar. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Show the study plan or export it as iCalendar.",
        subcommands = {PlanCommand.Show.class, PlanCommand.Ics.class})
public final class PlanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final String NO_GOAL = "No goal yet: examloop goal set --pack CODE --exam-date YYYY-MM-DD --hours-per-day H";

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the plan, day by day.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--days", paramLabel = "N", description = "Only the next N days (default: up to the exam).")
        Integer days;

        @Option(names = "--json", description = "Print the plan as JSON (as GET /api/plan).")
        boolean json;

        @CommandLine.Mixin
        RevlogCommand.Storage storage = new RevlogCommand.Storage();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (days != null && days < 1) {
                spec.commandLine().getErr().println("examloop plan show: --days must be at least 1, got " + days);
                return 2;
            }
            record Shown(PlanView plan, String json) {}
            Optional<Shown> found = storage.withContext(context -> context.getBean(Plans.class)
                    .current()
                    .map(plan -> {
                        List<DayView> limit = days == null
                                ? plan.days()
                                : plan.days()
                                        .subList(0, Math.min(days, plan.days().size()));
                        PlanView limited = new PlanView(
                                plan.goal(),
                                plan.today(),
                                limit,
                                plan.shares(),
                                plan.reasons(),
                                plan.changes(),
                                plan.changedAt(),
                                plan.history());
                        try {
                            return new Shown(
                                    limited,
                                    json
                                            ? context.getBean(ObjectMapper.class)
                                                    .writerWithDefaultPrettyPrinter()
                                                    .writeValueAsString(limited)
                                            : null);
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            if (found.isEmpty()) {
                spec.commandLine().getErr().println(NO_GOAL);
                return 1;
            }
            if (json) {
                out.println(found.get().json());
                return 0;
            }
            PlanView plan = found.get().plan();
            List<DayView> shown = plan.days();
            out.println("Plan to " + plan.goal().pack() + " on " + plan.goal().examDate() + " at "
                    + plan.goal().examTime() + " (" + plan.days().size() + " days from " + plan.today() + ")");
            plan.reasons().forEach(reason -> out.println("  " + reason));
            if (!plan.changes().isEmpty()) {
                out.println("What changed:");
                plan.changes().forEach(c -> out.println("  " + c));
            }
            for (DayView day : shown) {
                out.println();
                out.println(day.weekday() + " " + day.date() + "  " + day.type() + "  " + day.plannedMinutes() + " of "
                        + day.availableMinutes() + " min");
                for (BlockView block : day.blocks()) {
                    out.printf(
                            "  %4d min  %-24s %s%s%n",
                            block.minutes(),
                            block.kindLabel(),
                            block.title(),
                            block.status().equals("planned") ? "" : "  [" + block.status() + "]");
                }
            }
            return 0;
        }
    }

    @Command(
            name = "ics",
            mixinStandardHelpOptions = true,
            description = "Print the plan as iCalendar (examloop plan ics > plan.ics).")
    static final class Ics implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RevlogCommand.Storage storage = new RevlogCommand.Storage();

        @Override
        public Integer call() throws IOException {
            Optional<String> ics = storage.with(Plans.class, Plans::calendar);
            if (ics.isEmpty()) {
                spec.commandLine().getErr().println(NO_GOAL);
                return 1;
            }
            spec.commandLine().getOut().print(ics.get());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
