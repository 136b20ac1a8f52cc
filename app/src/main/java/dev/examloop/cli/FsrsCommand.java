package dev.examloop.cli;

import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.revlog.ReplayedReview;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examloop fsrs replay|optimize}: FSRS review logs, worked on without starting the application. The group's
 * picocli model is written in code (see {@link CommandModels}), and only the subcommand named is made.
 */
public final class FsrsCommand implements Runnable {
    private static final List<CommandModels.Subcommand> SUBCOMMANDS = List.of(
            new CommandModels.Subcommand("replay", args -> new Replay()),
            new CommandModels.Subcommand("optimize", List.of("optimise"), args -> new FsrsOptimizeCommand().spec()));

    private final CommandLine.Model.CommandSpec spec =
            CommandModels.command(this, "fsrs", "Work with FSRS review logs.");

    private FsrsCommand() {}

    /** The command line of {@code examloop fsrs}, given the arguments after {@code fsrs}. */
    static CommandLine commandLine(String... args) {
        return CommandModels.group(new FsrsCommand().spec, SUBCOMMANDS, args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description = {
                "Replay a review log (the FSRS CSV: card_id,review_time,review_rating,review_state,"
                        + "review_duration) through the FSRS-6 scheduler, card by card in time order, and print for "
                        + "every review, as CSV: " + Replay.HEADER + ".",
                "stability and difficulty are after the review, retrievability before it (empty for a card's "
                        + "first review), interval_days from the review to the next due time. A file with "
                        + "problems is reported on standard error (exit 1) and nothing is replayed."
            })
    static final class Replay implements Callable<Integer> {
        static final String HEADER = "card_id,review_time,rating,stability,difficulty,retrievability,interval_days";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE", description = "The review log, a CSV file.")
        Path file;

        @Option(
                names = "--params",
                paramLabel = "W0,...,W20",
                description = "The 21 FSRS-6 weights, comma-separated (default: the FSRS-6 defaults).")
        String params;

        @Option(
                names = "--retention",
                paramLabel = "R",
                description = "The desired retention, strictly between 0 and 1 (default: 0.9).")
        Double retention;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<SchedulerSettings> settings = settings(err);
            if (settings.isEmpty()) {
                return 2;
            }
            Optional<RevlogReadResult> log = read(err);
            if (log.isEmpty()) {
                return 2;
            }
            if (!log.get().ok()) {
                log.get().problems().forEach(err::println);
                int count = log.get().problems().size();
                err.println(count + (count == 1 ? " problem" : " problems") + " in " + file
                        + " — nothing was replayed; fix them and run again");
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(HEADER);
            RevlogReplay.replay(new Scheduler(settings.get()), log.get().rows()).forEach(r -> out.println(row(r)));
            out.flush();
            return 0;
        }

        /** The scheduler settings the options ask for, or empty after saying on {@code err} what is wrong. */
        private Optional<SchedulerSettings> settings(PrintWriter err) {
            SchedulerSettings settings = SchedulerSettings.DEFAULT;
            try {
                if (params != null) {
                    settings = settings.withParameters(new Parameters(weights(params)));
                }
            } catch (IllegalArgumentException e) {
                err.println("examloop fsrs replay: --params: " + e.getMessage());
                return Optional.empty();
            }
            try {
                return Optional.of(retention == null ? settings : settings.withDesiredRetention(retention));
            } catch (IllegalArgumentException e) {
                err.println("examloop fsrs replay: --retention: " + e.getMessage());
                return Optional.empty();
            }
        }

        /** The review log in FILE, or empty after saying on {@code err} why it cannot be read. */
        private Optional<RevlogReadResult> read(PrintWriter err) {
            String refusal;
            if (!Files.exists(file)) {
                refusal = file + " does not exist; give the path of a review-log CSV file";
            } else if (Files.isDirectory(file)) {
                refusal = file + " is a folder; give the path of a review-log CSV file";
            } else {
                try {
                    return Optional.of(RevlogReader.read(file));
                } catch (AccessDeniedException e) {
                    refusal = "cannot read " + file + " (permission denied)";
                } catch (IOException e) {
                    refusal = "cannot read " + file + " (" + e.getMessage() + ")";
                }
            }
            err.println("examloop fsrs replay: " + refusal);
            return Optional.empty();
        }

        /** One output row: the review, the memory state after it, the retrievability before it, the interval. */
        private static String row(ReplayedReview review) {
            String retrievability = review.retrievabilityBefore().isPresent()
                    ? decimal(review.retrievabilityBefore().getAsDouble())
                    : "";
            return review.cardId() + "," + review.log().reviewedAt().toEpochMilli() + ","
                    + review.log().rating().grade() + "," + decimal(review.stability()) + ","
                    + decimal(review.difficulty()) + "," + retrievability + "," + decimal(review.intervalDays());
        }

        /** The numbers of a comma-separated list, such as the weights an FSRS optimiser prints. */
        static List<Double> weights(String text) {
            String[] parts = text.split(",", -1);
            List<Double> weights = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                try {
                    weights.add(Double.parseDouble(parts[i].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + parts[i].strip() + "' (w" + i + ") is not a number; give "
                            + Parameters.COUNT + " comma-separated numbers, w0 to w20");
                }
            }
            return weights;
        }

        /**
         * A number in plain notation with at most 8 decimals, the precision the FSRS model rounds to (so
         * stability, difficulty and retrievability are printed exactly), without trailing zeros.
         */
        static String decimal(double value) {
            return BigDecimal.valueOf(value)
                    .setScale(8, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
    }
}
