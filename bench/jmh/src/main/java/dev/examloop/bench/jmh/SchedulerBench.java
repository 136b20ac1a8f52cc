package dev.examloop.bench.jmh;

import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Preview;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.ReviewOutcome;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the FSRS-6 scheduler of examloop-core: {@link Scheduler#review} (what Cards.review calls per
 * rating), {@link Scheduler#preview} (what the review prompt calls to show the four intervals),
 * {@link Scheduler#retrievability} (what Cards.view calls for every reviewed card it shows, e.g. up to 1,200
 * times per daily queue) and {@code new Scheduler(...)} (what Cards.scheduler(account) does on each of those
 * calls).
 *
 * <p>Inputs are 4,096 precomputed (card, rating, time) triples cycled through, so that branch prediction
 * cannot learn one path. The {@code mix} is a day of reviews: 10 % new cards, 10 % in learning steps, 70 % in
 * review (stability 0.5 to 365 days, log-uniform, reviewed at 0.5 to 1.5 times their interval), 10 % relearning;
 * ratings 12 % Again, 8 % Hard, 70 % Good, 10 % Easy. The other values of {@code states} take one state only.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchedulerBench {
    static final int SIZE = 4096;
    static final Instant NOW = Instant.parse("2026-11-29T18:00:00Z");

    /** Review and preview inputs, for each mix of card states. */
    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class Inputs {
        @Param({"mix", "new", "learning", "review", "relearning"})
        public String states;

        final Scheduler scheduler = new Scheduler(SchedulerSettings.DEFAULT);
        final Card[] cards = new Card[SIZE];
        final Rating[] ratings = new Rating[SIZE];
        final Instant[] times = new Instant[SIZE];
        int next;

        @Setup
        public void setUp() {
            SplittableRandom rnd = new SplittableRandom(42);
            for (int i = 0; i < SIZE; i++) {
                State state = switch (states) {
                    case "new" -> State.NEW;
                    case "learning" -> State.LEARNING;
                    case "review" -> State.REVIEW;
                    case "relearning" -> State.RELEARNING;
                    default -> {
                        int p = rnd.nextInt(100);
                        yield p < 10 ? State.NEW : p < 20 ? State.LEARNING : p < 90 ? State.REVIEW : State.RELEARNING;
                    }
                };
                cards[i] = card(rnd, state);
                int r = rnd.nextInt(100);
                ratings[i] = r < 12 ? Rating.AGAIN : r < 20 ? Rating.HARD : r < 90 ? Rating.GOOD : Rating.EASY;
                times[i] = NOW;
            }
        }

        int index() {
            int i = next;
            next = (i + 1) & (SIZE - 1);
            return i;
        }
    }

    /** Reviewed cards only, for retrievability (new cards have none and never reach it in Cards.view). */
    @org.openjdk.jmh.annotations.State(Scope.Thread)
    public static class Reviewed {
        final Scheduler scheduler = new Scheduler(SchedulerSettings.DEFAULT);
        final Card[] cards = new Card[SIZE];
        int next;

        @Setup
        public void setUp() {
            SplittableRandom rnd = new SplittableRandom(7);
            for (int i = 0; i < SIZE; i++) {
                int p = rnd.nextInt(90);
                cards[i] = card(rnd, p < 10 ? State.LEARNING : p < 80 ? State.REVIEW : State.RELEARNING);
            }
        }

        int index() {
            int i = next;
            next = (i + 1) & (SIZE - 1);
            return i;
        }
    }

    static Card card(SplittableRandom rnd, State state) {
        double difficulty = 1 + rnd.nextDouble() * 9;
        return switch (state) {
            case NEW -> Card.newCard(NOW.minus(Duration.ofMinutes(rnd.nextInt(60 * 24 * 30))));
            case LEARNING, RELEARNING -> {
                int step = state == State.LEARNING ? rnd.nextInt(2) : 0;
                Instant last = NOW.minus(Duration.ofMinutes(1 + rnd.nextInt(30)));
                yield Card.reviewed(
                        state,
                        step,
                        new MemoryState(0.1 + rnd.nextDouble() * 5, difficulty),
                        last.plus(Duration.ofMinutes(step == 0 ? 1 : 10)),
                        last);
            }
            case REVIEW -> {
                double stability = Math.exp(Math.log(0.5) + rnd.nextDouble() * (Math.log(365) - Math.log(0.5)));
                long interval = Math.max(1, Math.round(stability));
                long elapsedMinutes = (long) (interval * 24 * 60 * (0.5 + rnd.nextDouble()));
                Instant last = NOW.minus(Duration.ofMinutes(elapsedMinutes));
                yield Card.reviewed(
                        State.REVIEW,
                        0,
                        new MemoryState(stability, difficulty),
                        last.plus(Duration.ofDays(interval)),
                        last);
            }
        };
    }

    @Benchmark
    public ReviewOutcome review(Inputs in) {
        int i = in.index();
        return in.scheduler.review(in.cards[i], in.ratings[i], in.times[i]);
    }

    @Benchmark
    public Preview preview(Inputs in) {
        int i = in.index();
        return in.scheduler.preview(in.cards[i], in.times[i]);
    }

    @Benchmark
    public double retrievability(Reviewed in) {
        return in.scheduler.retrievability(in.cards[in.index()], NOW);
    }

    /** What Cards.scheduler(account) builds on every call (after reading the settings row). */
    @Benchmark
    public Scheduler newScheduler() {
        return new Scheduler(SchedulerSettings.DEFAULT.withDesiredRetention(0.9));
    }
}
