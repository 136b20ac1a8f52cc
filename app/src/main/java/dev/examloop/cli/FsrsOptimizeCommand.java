package dev.examloop.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.optimizer.CrossValidation;
import dev.examloop.core.fsrs.optimizer.DayBoundary;
import dev.examloop.core.fsrs.optimizer.Evaluation;
import dev.examloop.core.fsrs.optimizer.Evaluator;
import dev.examloop.core.fsrs.optimizer.FitProgress;
import dev.examloop.core.fsrs.optimizer.FitResult;
import dev.examloop.core.fsrs.optimizer.OptimizerSettings;
import dev.examloop.core.fsrs.optimizer.ParameterOptimizer;
import dev.examloop.core.fsrs.optimizer.ReviewHistory;
import dev.examloop.core.fsrs.revlog.RevlogColumns;
import dev.examloop.core.fsrs.revlog.RevlogReadResult;
import dev.examloop.core.fsrs.revlog.RevlogReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code examloop fsrs optimize}: fits the 21 FSRS-6 weights to a review log with the core optimiser and prints
 * them with the metrics of the default and the fitted weights. Its picocli model is written here rather than read
 * from annotations: see {@link CommandModels}.
 */
final class FsrsOptimizeCommand implements Callable<Integer> {
    private static final String NAME = "examloop fsrs optimize";

    private final CommandLine.Model.CommandSpec spec = CommandModels.command(
            this,
            "optimize",
            "Fit the 21 FSRS-6 parameters to a review log (the FSRS CSV: card_id,review_time,review_rating,"
                    + "review_state,review_duration) and print them, with the log loss, RMSE over bins and AUC of the "
                    + "default and of the fitted parameters (recency-weighted, as fsrs-rs evaluates).",
            "A file with problems is reported on standard error, line by line, and nothing is fitted (exit 1) "
                    + "unless --skip-invalid is given. Progress goes to standard error.");

    // The options, in the order of the help before it sorts them; their values are taken in take().
    {
        option(OptionSpec.builder("--revlog")
                .required(true)
                .paramLabel("FILE")
                .type(Path.class)
                .description("The review log, a CSV file."));
        option(OptionSpec.builder("--timezone")
                .paramLabel("ZONE")
                .type(String.class)
                .defaultValue("UTC")
                .description("The time zone the reviews were done in, such as Europe/Berlin or +02:00 (default: UTC, "
                        + "the days the Examloop scheduler counts)."));
        option(OptionSpec.builder("--day-starts-at")
                .paramLabel("HOUR")
                .type(int.class)
                .defaultValue("0")
                .description("The hour, 0 to 23, at which a new day starts (default: 0; Anki uses 4)."));
        option(OptionSpec.builder("--json").type(boolean.class).description("Print one JSON object instead of text."));
        option(OptionSpec.builder("--skip-invalid")
                .type(boolean.class)
                .description("Fit on the valid rows of a file "
                        + "that has invalid ones (each invalid row is still reported)."));
        option(OptionSpec.builder("--holdout")
                .paramLabel("SHARE")
                .type(Double.class)
                .description("Cross-validation: fit on the earlier reviews and report the metrics on the later SHARE "
                        + "of them (0.2 = the last 20 %%), which the fit never saw."));
        option(OptionSpec.builder("--seed")
                .paramLabel("N")
                .type(long.class)
                .defaultValue("2023")
                .description("The seed of the batch order (default: 2023, as fsrs-rs); same log and seed, same "
                        + "result."));
        option(
                OptionSpec.builder("--threads")
                        .paramLabel("N")
                        .type(Integer.class)
                        .description(
                                "Threads for the "
                                        + "gradient (default: 1; 2 shares each batch between two threads); the result does not depend on it."));
        option(OptionSpec.builder("--no-progress").type(boolean.class).description("Do not show the progress bar."));
        option(OptionSpec.builder("--progress-after")
                .paramLabel("MS")
                .type(long.class)
                .defaultValue("250")
                .hidden(true)
                .description("Show the progress bar once the fit has run this many milliseconds (default: 250)."));
        option(OptionSpec.builder("--score")
                .paramLabel("W0,...,W20")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Also evaluate these 21 weights (such as another optimiser's) on the same reviews, the "
                        + "same way; may be repeated. Listed under \"scored\" in the JSON."));
    }

    private Path file;
    private String timezone;
    private int dayStartsAt;
    private boolean json;
    private boolean skipInvalid;
    private Double holdout;
    private long seed;
    private Integer threads;
    private boolean noProgress;
    private long progressAfterMillis;
    private List<String> scored;

    /** The command's model, for picocli. */
    CommandLine.Model.CommandSpec spec() {
        return spec;
    }

    private void option(OptionSpec.Builder option) {
        spec.addOption(option.build());
    }

    /** The options' values, as picocli parsed them (or their defaults). */
    private void take() {
        file = value("--revlog");
        timezone = value("--timezone");
        dayStartsAt = value("--day-starts-at");
        json = flag("--json");
        skipInvalid = flag("--skip-invalid");
        holdout = value("--holdout");
        seed = value("--seed");
        threads = value("--threads");
        noProgress = flag("--no-progress");
        progressAfterMillis = value("--progress-after");
        List<String> given = value("--score");
        scored = given == null ? List.of() : given;
    }

    // The option's value as its type in the model written above (picocli's OptionSpec.getValue is generic in its
    // result the same way): each call site reads an option of the type it assigns to.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T value(String option) {
        return spec.findOption(option).getValue();
    }

    /** A boolean option: null, not given, is false. */
    private boolean flag(String option) {
        return Boolean.TRUE.equals(spec.findOption(option).getValue());
    }

    @Override
    public Integer call() {
        take();
        PrintWriter err = spec.commandLine().getErr();
        Optional<DayBoundary> boundary = boundary(err);
        if (boundary.isEmpty()) {
            return 2;
        }
        if (holdout != null && !(holdout > 0 && holdout < 1)) {
            err.println(NAME + ": --holdout: the share held out must lie strictly between 0 and 1, was " + holdout);
            return 2;
        }
        long started = System.nanoTime();
        List<Parameters> others = new ArrayList<>();
        for (String weights : scored) {
            try {
                others.add(new Parameters(FsrsCommand.Replay.weights(weights)));
            } catch (IllegalArgumentException e) {
                err.println(NAME + ": --score: " + e.getMessage());
                return 2;
            }
        }
        Optional<RevlogReader.ColumnsOrProblems> log = read(err);
        if (log.isEmpty()) {
            return 2;
        }
        RevlogColumns columns;
        if (log.get().columns().isPresent()) {
            columns = log.get().columns().get();
        } else {
            log.get().problems().forEach(err::println);
            int count = log.get().problems().size();
            String problems = count + (count == 1 ? " problem" : " problems") + " in " + file;
            if (!skipInvalid) {
                err.println(problems + " — nothing was fitted; fix them, or give --skip-invalid to fit on the "
                        + "valid rows only");
                return 1;
            }
            err.println(problems + " — skipped; fitting on the " + log.get().validRows() + " valid rows");
            Optional<RevlogReadResult> rows = readRows(err);
            if (rows.isEmpty()) {
                return 2;
            }
            columns = RevlogColumns.of(rows.get().rows());
        }
        ReviewHistory history = ReviewHistory.of(columns, boundary.get());
        OptimizerSettings settings = OptimizerSettings.DEFAULT.withSeed(seed);
        if (threads != null) {
            settings = settings.withThreads(Math.max(1, threads));
        }
        Report report;
        try (Progress progress = new Progress(err, !noProgress, progressAfterMillis)) {
            if (holdout == null) {
                FitResult fit = ParameterOptimizer.fit(history, settings, progress);
                double seconds = (System.nanoTime() - started) / 1e9;
                report = new Report(
                        fit,
                        seconds,
                        null,
                        Evaluator.evaluate(history, Parameters.DEFAULT, Evaluator.Weighting.RECENCY),
                        Evaluator.evaluate(history, fit.parameters(), Evaluator.Weighting.RECENCY));
            } else {
                CrossValidation validation = ParameterOptimizer.crossValidate(history, holdout, settings, progress);
                double seconds = (System.nanoTime() - started) / 1e9;
                report = new Report(validation.fit(), seconds, validation, validation.defaults(), validation.fitted());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ReviewHistory scoredOn = holdout == null ? history : null;
        List<Scored> scores = new ArrayList<>();
        for (Parameters other : others) {
            scores.add(new Scored(
                    other,
                    scoredOn != null
                            ? Evaluator.evaluate(scoredOn, other, Evaluator.Weighting.RECENCY)
                            : ParameterOptimizer.crossValidateGiven(history, holdout, other)));
        }
        if (json) {
            out.println(json(history, report, scores));
        } else {
            text(out, history, report);
            scores.forEach(score -> out.printf(
                    Locale.ROOT,
                    "scored %s: log loss %.4f, RMSE (bins) %.2f%%, AUC %.4f%n",
                    score.parameters().weights(),
                    score.evaluation().logLoss(),
                    100 * score.evaluation().rmseBins(),
                    score.evaluation().auc()));
        }
        out.flush();
        return 0;
    }

    /** A fit, how long it took, and the metrics before and after. */
    private record Report(
            FitResult fit, double seconds, CrossValidation validation, Evaluation before, Evaluation after) {}

    private void text(PrintWriter out, ReviewHistory history, Report report) {
        FitResult fit = report.fit();
        out.printf(
                Locale.ROOT,
                "Fitted FSRS-6 parameters to %,d reviews of %,d cards (%,d reviews predicted, "
                        + "%,d trained on) in %.2f s: %s%n",
                history.reviewsRead(),
                history.cards(),
                history.items(),
                fit.trainingItems(),
                report.seconds(),
                outcome(fit.outcome()));
        out.println("parameters: "
                + String.join(
                        ",",
                        fit.parameters().weights().stream()
                                .map(w -> String.format(Locale.ROOT, "%.4f", w))
                                .toList()));
        if (report.validation() != null) {
            out.printf(
                    Locale.ROOT,
                    "cross-validation: fitted on the first %,d reviews predicted, evaluated on "
                            + "the last %,d (equal weights)%n",
                    report.validation().trainItems(),
                    report.validation().testItems());
        }
        out.printf(Locale.ROOT, "%-12s %10s %10s%n", "", "default", "fitted");
        out.printf(
                Locale.ROOT,
                "%-12s %10.4f %10.4f%n",
                "log loss",
                report.before().logLoss(),
                report.after().logLoss());
        out.printf(
                Locale.ROOT,
                "%-12s %9.2f%% %9.2f%%%n",
                "RMSE (bins)",
                100 * report.before().rmseBins(),
                100 * report.after().rmseBins());
        out.printf(
                Locale.ROOT,
                "%-12s %10.4f %10.4f%n",
                "AUC",
                report.before().auc(),
                report.after().auc());
    }

    /** Other weights (--score) and how they do on the same reviews. */
    private record Scored(Parameters parameters, Evaluation evaluation) {}

    /**
     * The report as one JSON object, written with Jackson's streaming generator: the object mapper would take about
     * 0.2 s of a cold start to build itself, for one flat object.
     */
    private String json(ReviewHistory history, Report report, List<Scored> scores) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            weights(json, "parameters", report.fit().parameters());
            json.writeNumberField("logLoss", report.after().logLoss());
            json.writeNumberField("rmseBins", report.after().rmseBins());
            json.writeNumberField("auc", report.after().auc());
            json.writeNumberField("defaultLogLoss", report.before().logLoss());
            json.writeNumberField("defaultRmseBins", report.before().rmseBins());
            json.writeNumberField("defaultAuc", report.before().auc());
            json.writeNumberField("reviews", history.reviewsRead());
            json.writeNumberField("cards", history.cards());
            json.writeNumberField("items", history.items());
            json.writeNumberField("trainingItems", report.fit().trainingItems());
            json.writeStringField("outcome", report.fit().outcome().name());
            json.writeNumberField("seconds", report.seconds());
            if (report.validation() != null) {
                json.writeNumberField("holdout", holdout);
                json.writeNumberField("trainItems", report.validation().trainItems());
                json.writeNumberField("testItems", report.validation().testItems());
            }
            if (!scores.isEmpty()) {
                json.writeArrayFieldStart("scored");
                for (Scored score : scores) {
                    json.writeStartObject();
                    weights(json, "parameters", score.parameters());
                    json.writeNumberField("logLoss", score.evaluation().logLoss());
                    json.writeNumberField("rmseBins", score.evaluation().rmseBins());
                    json.writeNumberField("auc", score.evaluation().auc());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
        return text.toString();
    }

    private static void weights(JsonGenerator json, String field, Parameters parameters) throws IOException {
        json.writeArrayFieldStart(field);
        for (double weight : parameters.weights()) {
            json.writeNumber(weight);
        }
        json.writeEndArray();
    }

    private static String outcome(FitResult.Outcome outcome) {
        return switch (outcome) {
            case TRAINED -> "all 21 trained";
            case INITIAL_STABILITY_ONLY -> "too few reviews to train; only the initial stabilities w0-w3 were fitted";
            case NOT_ENOUGH_DATA -> "too few reviews to fit anything; these are the defaults";
        };
    }

    private Optional<DayBoundary> boundary(PrintWriter err) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            err.println(NAME + ": --timezone: '" + timezone + "' is not a time zone; give a name such as "
                    + "Europe/Berlin or an offset such as +02:00");
            return Optional.empty();
        }
        if (dayStartsAt < 0 || dayStartsAt > 23) {
            err.println(NAME + ": --day-starts-at: the hour must be 0 to 23, was " + dayStartsAt);
            return Optional.empty();
        }
        return Optional.of(new DayBoundary(zone, dayStartsAt));
    }

    private Optional<RevlogReader.ColumnsOrProblems> read(PrintWriter err) {
        return readWith(err, () -> RevlogReader.readColumns(file));
    }

    private Optional<RevlogReadResult> readRows(PrintWriter err) {
        return readWith(err, () -> RevlogReader.read(file));
    }

    /** Reading the file one way or another. */
    private interface Reading<T> {
        T read() throws IOException;
    }

    private <T> Optional<T> readWith(PrintWriter err, Reading<T> reading) {
        String refusal;
        if (!Files.exists(file)) {
            refusal = file + " does not exist; give the path of a review-log CSV file";
        } else if (Files.isDirectory(file)) {
            refusal = file + " is a folder; give the path of a review-log CSV file";
        } else {
            try {
                return Optional.of(reading.read());
            } catch (AccessDeniedException e) {
                refusal = "cannot read " + file + " (permission denied)";
            } catch (IOException e) {
                refusal = "cannot read " + file + " (" + e.getMessage() + ")";
            }
        }
        err.println(NAME + ": " + refusal);
        return Optional.empty();
    }

    /**
     * The progress bar on standard error. It appears once the fit has run for a quarter of a second: a fit of a few
     * thousand reviews is over before a bar could say anything, and starting one costs more than such a fit.
     */
    private static final class Progress implements FitProgress, AutoCloseable {
        private final PrintWriter err;
        private final boolean shown;
        private final long quietNanos;
        private final long started = System.nanoTime();
        private ProgressBar bar;

        Progress(PrintWriter err, boolean shown, long quietMillis) {
            this.err = err;
            this.shown = shown;
            this.quietNanos = Math.max(0, quietMillis) * 1_000_000L;
        }

        @Override
        public void advanced(long done, long total) {
            if (!shown) {
                return;
            }
            if (bar == null) {
                if (System.nanoTime() - started < quietNanos) {
                    return;
                }
                // Started late: it is told what was done meanwhile, so that its speed and remaining time are right.
                bar = new ProgressBarBuilder()
                        .setTaskName("Fitting")
                        .setInitialMax(total)
                        .startsFrom(done, java.time.Duration.ofNanos(System.nanoTime() - started))
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .continuousUpdate()
                        .setUnit(" reviews", 1)
                        .showSpeed()
                        .setConsumer(new DelegatingProgressBarConsumer(
                                line -> {
                                    err.print('\r' + line);
                                    err.flush();
                                },
                                100))
                        .build();
            }
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                err.println();
            }
        }
    }
}
