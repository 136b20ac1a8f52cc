package dev.examloop.core.fsrs.optimizer;

import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.fsrs.revlog.RevlogRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A learner whose memory follows FSRS-6 with known weights, for checking that the optimiser finds them again.
 * New cards come in every day; each is reviewed after a delay drawn around its true stability (from a quarter to
 * twice it, so that the forgetting curve is seen at many points); a review is recalled with the true
 * retrievability, rated Hard, Good or Easy when recalled and Again otherwise; Again on a first review, or after
 * a lapse, is followed ten minutes later by a same-day review rated Good. The memory is updated with the
 * training model's formulas, written out again here independently of {@link ForgettingKernel}.
 */
final class SimulatedLearner {
    static final Instant START = Instant.parse("2025-01-06T08:00:00Z");

    private final double[] w;
    private final SplittableRandom random;

    SimulatedLearner(double[] trueWeights, long seed) {
        this.w = trueWeights.clone();
        this.random = new SplittableRandom(seed);
    }

    /** Reviews of {@code newPerDay} new cards a day for {@code days} days, each card reviewed until the end. */
    List<RevlogRow> reviews(int days, int newPerDay) {
        List<RevlogRow> rows = new ArrayList<>();
        long cardId = 1_700_000_000_000L;
        for (int day = 0; day < days; day++) {
            for (int n = 0; n < newPerDay; n++) {
                simulateCard(cardId++, day, days, rows);
            }
        }
        return rows;
    }

    private void simulateCard(long cardId, int firstDay, int days, List<RevlogRow> rows) {
        Instant time = START.plus(Duration.ofDays(firstDay)).plusSeconds(random.nextInt(8 * 3600));
        Rating first = pick(0.2, 0.15, 0.5);
        rows.add(RevlogRow.of(cardId, time, first, State.NEW, Duration.ofSeconds(8)));
        double s = w[first.grade() - 1];
        double d = clampD(initialDifficulty(first.grade()));
        if (first == Rating.AGAIN) {
            time = time.plus(Duration.ofMinutes(10));
            rows.add(RevlogRow.of(cardId, time, Rating.GOOD, State.LEARNING, Duration.ofSeconds(6)));
            s = sameDay(s, 3);
            d = nextDifficulty(d, 3);
        }
        int day = firstDay;
        while (true) {
            int gap = (int) Math.max(1, Math.round(s * (0.25 + 1.75 * random.nextDouble())));
            day += gap;
            if (day >= days) {
                return;
            }
            time = START.plus(Duration.ofDays(day)).plusSeconds(random.nextInt(8 * 3600));
            double r = Math.pow(1 + factor() * gap / s, -w[20]);
            Rating rating = random.nextDouble() < r ? pick(0, 0.1, 0.8) : Rating.AGAIN;
            rows.add(RevlogRow.of(cardId, time, rating, State.REVIEW, Duration.ofSeconds(5)));
            if (rating == Rating.AGAIN) {
                double lapse = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
                s = clampS(Math.min(lapse, s / Math.exp(w[17] * w[18])));
                d = nextDifficulty(d, 1);
                time = time.plus(Duration.ofMinutes(10));
                rows.add(RevlogRow.of(cardId, time, Rating.GOOD, State.RELEARNING, Duration.ofSeconds(5)));
                s = sameDay(s, 3);
                d = nextDifficulty(d, 3);
            } else {
                int g = rating.grade();
                double bonus = g == 2 ? w[15] : g == 4 ? w[16] : 1;
                s = clampS(s
                        * (1
                                + Math.exp(w[8])
                                        * (11 - d)
                                        * Math.pow(s, -w[9])
                                        * (Math.exp(w[10] * (1 - r)) - 1)
                                        * bonus));
                d = nextDifficulty(d, g);
            }
        }
    }

    /** Again, Hard, Good with the given probabilities, Easy otherwise. */
    private Rating pick(double again, double hard, double good) {
        double u = random.nextDouble();
        return u < again
                ? Rating.AGAIN
                : u < again + hard ? Rating.HARD : u < again + hard + good ? Rating.GOOD : Rating.EASY;
    }

    private double factor() {
        return Math.pow(0.9, -1 / w[20]) - 1;
    }

    private double sameDay(double s, int g) {
        double increase = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(s, -w[19]);
        return clampS(s * (g >= 2 ? Math.max(increase, 1) : increase));
    }

    private double initialDifficulty(int g) {
        return w[4] - Math.exp(w[5] * (g - 1)) + 1;
    }

    private double nextDifficulty(double d, int g) {
        double damped = d + (10 - d) * (-w[6] * (g - 3)) / 9;
        return clampD(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    }

    private static double clampS(double s) {
        return Math.min(Math.max(s, 0.001), 36500);
    }

    private static double clampD(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
