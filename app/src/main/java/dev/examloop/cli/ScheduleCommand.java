package dev.examloop.cli;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import dev.examloop.core.fsrs.revlog.RevlogReplay;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import dev.examloop.core.fsrs.schedule.CardToSchedule;
import dev.examloop.core.fsrs.schedule.DailyMinutes;
import dev.examloop.core.fsrs.schedule.DailyReviews;
import dev.examloop.core.fsrs.schedule.EasyDays;
import dev.examloop.core.fsrs.schedule.ScheduleRequest;
import dev.examloop.core.fsrs.schedule.TodaysReviews;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code examloop schedule today}: today's review list for a review log, from the core's {@link DailyReviews} (the
 * function the app's daily queue calls), without starting the application. Stateless: the same log and options
 * always print the same list.
 */
public final class ScheduleCommand implements Runnable {
    private static final List<CommandModels.Subcommand> SUBCOMMANDS =
            List.of(new CommandModels.Subcommand("today", args -> new Today()));

    private final CommandLine.Model.CommandSpec spec =
            CommandModels.command(this, "schedule", "Choose reviews: today's list for a review log.");

    private ScheduleCommand() {}

    /** The command line of {@code examloop schedule}, given the arguments after {@code schedule}. */
    static CommandLine commandLine(String... args) {
        return CommandModels.group(new ScheduleCommand().spec, SUBCOMMANDS, args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "today",
            mixinStandardHelpOptions = true,
            description = {
                "Print the cards to review today, in order, for a review log (the FSRS CSV that `examloop revlog "
                        + "export` writes), as the app's daily queue would give them.",
                "With --exam-at, each remaining day's reviews are planned backward from the exam to make the expected "
                        + "recall at the exam as high as the minutes allow; without it, the due cards, load-balanced "
                        + "(and with --easy-days), as many as the minutes allow. A file with problems is reported on "
                        + "standard error as file:line: message (exit 1); bad options exit 2."
            })
    static final class Today implements Callable<Integer> {
        private static final String NAME = "examloop schedule today: ";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--revlog", required = true, paramLabel = "FILE", description = "The review log, a CSV file.")
        Path file;

        @Option(names = "--today", required = true, paramLabel = "DATE", description = "Today's date, as 2027-03-01.")
        String today;

        @Option(
                names = "--exam-at",
                paramLabel = "INSTANT",
                description = "When the exam starts, as 2027-03-20T09:00:00Z or 2027-03-20T09:00+01:00.")
        String examAt;

        @Option(
                names = "--minutes",
                required = true,
                paramLabel = "M[,M...]",
                description = "Minutes of review today (and, comma-separated, on the days after; the last repeats).")
        String minutes;

        @Option(
                names = "--seconds-per-review",
                required = true,
                paramLabel = "S",
                description = "Seconds one review takes, on average.")
        String secondsPerReview;

        @Option(
                names = "--easy-days",
                paramLabel = "DAYS",
                description = "Light weekdays, as sat,sun (half a normal load each) or sat:0.5,sun:0.")
        String easyDays;

        @Option(
                names = "--time-zone",
                paramLabel = "ZONE",
                description = "The learner's time zone, where days begin (default: UTC).")
        String timeZone;

        @Option(
                names = "--params",
                paramLabel = "W0,...,W20",
                description = "The 21 FSRS-6 weights, comma-separated (default: the FSRS-6 defaults).")
        String params;

        @Option(
                names = "--retention",
                paramLabel = "R",
                description = "The desired retention, strictly between 0 and 1 (default: 0.9).")
        String retention;

        @Option(names = "--json", description = "Print {\"review\":[\"<card_id>\", ...]} (default: one id a line).")
        boolean json;

        /** A bad option: what {@link #call} prints before exiting with 2. */
        private static final class BadOption extends Exception {
            private static final long serialVersionUID = 1L;

            BadOption(String message) {
                super(message, null, false, false);
            }
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return schedule(err);
            } catch (BadOption e) {
                err.println(NAME + e.getMessage());
                return 2;
            }
        }

        private int schedule(PrintWriter err) throws BadOption {
            ZoneId zone = zone();
            LocalDate day = date();
            Optional<Instant> exam = exam();
            DailyMinutes daily = minutes();
            double seconds = number("--seconds-per-review", secondsPerReview, 1, 3600);
            EasyDays light = easyDays();
            SchedulerSettings settings = settings();
            RevlogReadResult log = read();
            if (!log.ok()) {
                log.problems().forEach(err::println);
                int count = log.problems().size();
                err.println(count + (count == 1 ? " problem" : " problems") + " in " + file
                        + " — nothing was scheduled; fix them and run again");
                return 1;
            }
            Instant startOfTomorrow = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (RevlogRow row : log.rows()) {
                if (!row.reviewTime().isBefore(startOfTomorrow)) {
                    throw new BadOption(
                            "--today " + day + " comes before a review in " + file + " (card " + row.cardId() + " at "
                                    + row.reviewTime() + "); give the day after the last review or later");
                }
            }
            if (exam.isPresent() && LocalDate.ofInstant(exam.get(), zone).isBefore(day)) {
                throw new BadOption(
                        "--exam-at " + examAt + " is before --today " + day + "; give an exam still to come");
            }
            Map<Long, Card> cards = RevlogReplay.cards(new Scheduler(settings), log.rows());
            List<CardToSchedule> toSchedule = new ArrayList<>(cards.size());
            cards.forEach((id, card) -> toSchedule.add(new CardToSchedule(Long.toString(id), card)));
            TodaysReviews reviews = DailyReviews.today(
                    new ScheduleRequest(toSchedule, day, exam, daily, seconds, light, zone, settings, 0));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                StringBuilder text = new StringBuilder("{\"review\":[");
                for (int i = 0; i < reviews.review().size(); i++) {
                    text.append(i == 0 ? "\"" : ",\"")
                            .append(reviews.review().get(i))
                            .append('"');
                }
                out.println(text.append("]}"));
            } else {
                reviews.review().forEach(out::println);
            }
            out.flush();
            return 0;
        }

        private ZoneId zone() throws BadOption {
            if (timeZone == null) {
                return ZoneId.of("UTC");
            }
            try {
                return ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                throw new BadOption(
                        "--time-zone: '" + timeZone + "' is not a time zone; give one such as Europe/Paris or UTC");
            }
        }

        private LocalDate date() throws BadOption {
            try {
                return LocalDate.parse(today.strip());
            } catch (DateTimeParseException e) {
                throw new BadOption("--today: '" + today + "' is not a date; give one such as 2027-03-01");
            }
        }

        private Optional<Instant> exam() throws BadOption {
            if (examAt == null) {
                return Optional.empty();
            }
            String text = examAt.strip();
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(OffsetDateTime.parse(text).toInstant());
                } catch (DateTimeParseException again) {
                    throw new BadOption("--exam-at: '" + examAt
                            + "' is not an instant; give one such as 2027-03-20T09:00:00Z or 2027-03-20T09:00+01:00");
                }
            }
        }

        private DailyMinutes minutes() throws BadOption {
            List<Double> perDay = new ArrayList<>();
            for (String part : minutes.split(",", -1)) {
                perDay.add(number("--minutes", part, 0, 1440));
            }
            return new DailyMinutes(perDay);
        }

        private EasyDays easyDays() throws BadOption {
            if (easyDays == null) {
                return EasyDays.NONE;
            }
            try {
                return EasyDays.parse(easyDays);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--easy-days: " + e.getMessage());
            }
        }

        private SchedulerSettings settings() throws BadOption {
            SchedulerSettings settings = SchedulerSettings.DEFAULT;
            if (params != null) {
                try {
                    settings = settings.withParameters(new Parameters(FsrsCommand.Replay.weights(params)));
                } catch (IllegalArgumentException e) {
                    throw new BadOption("--params: " + e.getMessage());
                }
            }
            if (retention != null) {
                settings = settings.withDesiredRetention(number("--retention", retention, 0.01, 0.99));
            }
            return settings;
        }

        private static double number(String option, String text, double lowest, double highest) throws BadOption {
            double value;
            try {
                value = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value >= lowest && value <= highest)) {
                throw new BadOption(option + ": '" + text.strip() + "' is not a number from "
                        + FsrsCommand.Replay.decimal(lowest) + " to " + FsrsCommand.Replay.decimal(highest));
            }
            return value;
        }

        private RevlogReadResult read() throws BadOption {
            if (!Files.exists(file)) {
                throw new BadOption(file + " does not exist; give the path of a review-log CSV file");
            }
            if (Files.isDirectory(file)) {
                throw new BadOption(file + " is a folder; give the path of a review-log CSV file");
            }
            try {
                return RevlogReader.read(file);
            } catch (AccessDeniedException e) {
                throw new BadOption("cannot read " + file + " (permission denied)");
            } catch (IOException e) {
                throw new BadOption("cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
    }
}
