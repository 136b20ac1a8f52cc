package dev.examloop.bench.jmh;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.optimizer.DayBoundary;
import dev.examloop.core.fsrs.optimizer.Evaluation;
import dev.examloop.core.fsrs.optimizer.Evaluator;
import dev.examloop.core.fsrs.optimizer.FitProgress;
import dev.examloop.core.fsrs.optimizer.FitResult;
import dev.examloop.core.fsrs.optimizer.OptimizerSettings;
import dev.examloop.core.fsrs.optimizer.ParameterOptimizer;
import dev.examloop.core.fsrs.optimizer.ReviewHistory;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FSRS optimiser of examloop-core: one epoch of the fit ({@code ParameterOptimizer.fit} with one epoch: the
 * data preparation, the pre-training, one pass of Adam steps over every batch and the loss over all items), and
 * one evaluation of a weight vector over every item (log loss, RMSE over bins, AUC).
 *
 * <p>The history is simulated in the setup with the core scheduler: {@code reviews} reviews (about), cards
 * introduced every day, each reviewed when due with ratings drawn from the retrievability of a learner whose
 * memory follows weights unlike the defaults. Score: milliseconds per epoch; reviews per second = reviews / score.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class OptimizerBench {
    @Param({"100000"})
    public int reviews;

    @Param({"1", "2"})
    public int threads;

    ReviewHistory history;
    OptimizerSettings oneEpoch;

    @Setup
    public void setUp() {
        history = ReviewHistory.of(simulate(reviews), DayBoundary.UTC_MIDNIGHT);
        oneEpoch = OptimizerSettings.DEFAULT.withEpochs(1).withThreads(threads);
    }

    @Benchmark
    public FitResult oneEpoch() {
        return ParameterOptimizer.fit(history, oneEpoch, FitProgress.NONE);
    }

    @Benchmark
    public Evaluation evaluate() {
        return Evaluator.evaluate(history, Parameters.DEFAULT, Evaluator.Weighting.RECENCY);
    }

    /** About {@code target} reviews of a learner scheduled by the default scheduler, recalling as a truer model says. */
    static List<RevlogRow> simulate(int target) {
        Scheduler scheduler = Scheduler.withDefaults();
        Scheduler truth = new Scheduler(SchedulerSettings.DEFAULT.withParameters(Parameters.of(
                0.5, 2.0, 4.5, 15.0, 5.5, 1.2, 2.2, 0.02, 1.6, 0.25, 1.1, 1.2, 0.1, 0.35, 1.3, 0.45, 2.4, 0.4, 0.3,
                0.15, 0.35)));
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2025-01-06T08:00:00Z");
        List<RevlogRow> rows = new ArrayList<>();
        List<Card[]> cards = new ArrayList<>(); // {scheduled card, true card}
        int perDay = Math.max(1, target / 2500);
        for (int day = 0; rows.size() < target; day++) {
            Instant morning = start.plus(Duration.ofDays(day));
            for (int n = 0; n < perDay; n++) {
                cards.add(new Card[] {Card.newCard(morning), Card.newCard(morning)});
            }
            Instant evening = morning.plus(Duration.ofHours(14));
            for (int id = 0; id < cards.size() && rows.size() < target; id++) {
                Card[] pair = cards.get(id);
                Instant time =
                        pair[0].due().isAfter(morning) ? pair[0].due() : morning.plusSeconds(random.nextInt(36_000));
                while (!time.isAfter(evening) && rows.size() < target) {
                    double r = truth.retrievability(pair[1], time);
                    Rating rating = pair[1].memory().isEmpty()
                            ? Rating.ofGrade(1 + random.nextInt(4))
                            : random.nextDouble() < r
                                    ? (random.nextInt(10) == 0 ? Rating.HARD : Rating.GOOD)
                                    : Rating.AGAIN;
                    ReviewOutcome scheduled = scheduler.review(pair[0], rating, time);
                    rows.add(RevlogRow.of(1_000_000L + id, time, rating, pair[0].state(), Duration.ofSeconds(5)));
                    pair[1] = truth.review(pair[1], rating, time).card();
                    pair[0] = scheduled.card();
                    time = pair[0].due().plusSeconds(random.nextInt(300));
                }
            }
        }
        return rows;
    }
}
