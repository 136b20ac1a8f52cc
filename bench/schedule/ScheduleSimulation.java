import dev.examloop.core.fsrs.Card;
import dev.examloop.core.fsrs.MemoryModel;
import dev.examloop.core.fsrs.MemoryState;
import dev.examloop.core.fsrs.Parameters;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.Scheduler;
import dev.examloop.core.fsrs.SchedulerSettings;
import dev.examloop.core.fsrs.State;
import dev.examloop.core.fsrs.schedule.CardToSchedule;
import dev.examloop.core.fsrs.schedule.DailyMinutes;
import dev.examloop.core.fsrs.schedule.DailyReviews;
import dev.examloop.core.fsrs.schedule.EasyDays;
import dev.examloop.core.fsrs.schedule.ScheduleRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The closed-loop simulator of bench/schedule (see README.md): a learner whose true memory is FSRS-6 with parameters
 * unlike the scheduler's, a daily time budget that binds, cards arriving every day until a week before the exam, and
 * a policy that chooses each day's reviews. Run by run.sh; prints one line per policy and a summary.
 */
public final class ScheduleSimulation {
    static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    static final double[] LOW = {0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1};
    static final double[] HIGH = {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    record Config(
            int examDay,
            int arrivalsPerDay,
            int arrivalStop,
            double minutes,
            double secondsPerReview,
            double sigma,
            boolean schedulerPerturbed,
            boolean exam,
            EasyDays easyDays,
            int learners) {}

    enum Policy {
        FSRS,
        FSRS_CRAM48,
        FSRS_CRAM7D,
        MYOPIC,
        EXAMLOOP
    }

    record Result(double examRecall, long presentations, double recallAtReview, double[] load) {}

    /** A learner's card: what the scheduler knows and what is true. */
    static final class SimCard {
        final String id;
        Card card;
        MemoryState truth;
        int trueLast;

        SimCard(String id, Card card) {
            this.id = id;
            this.card = card;
        }
    }

    static Parameters perturbed(SplittableRandom random, double sigma) {
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            w[i] = Parameters.DEFAULT.w(i);
        }
        int[] varied = {0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 13, 14, 15, 16, 20};
        for (int i : varied) {
            double factor = Math.exp(sigma * gaussian(random));
            w[i] = Math.min(Math.max(w[i] * factor, LOW[i]), HIGH[i]);
        }
        // Keep the initial stabilities in order, as the optimiser does.
        for (int i = 1; i < 4; i++) {
            w[i] = Math.max(w[i], w[i - 1]);
        }
        return Parameters.of(w);
    }

    static double gaussian(SplittableRandom random) {
        double u = Math.max(random.nextDouble(), 1e-12);
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static Result run(Config config, Policy policy, long seed) {
        SplittableRandom truthDraw = new SplittableRandom(seed);
        Parameters truth = perturbed(truthDraw, config.sigma());
        Parameters believed = config.schedulerPerturbed()
                ? perturbed(new SplittableRandom(seed * 7919 + 17), config.sigma())
                : Parameters.DEFAULT;
        MemoryModel trueModel = new MemoryModel(truth);
        SchedulerSettings settings = SchedulerSettings.DEFAULT.withParameters(believed);
        Scheduler scheduler = new Scheduler(settings);
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<SimCard> cards = new ArrayList<>();
        int budget = (int) Math.floor(config.minutes() * 60 / config.secondsPerReview());
        int days = config.examDay();
        double[] load = new double[days];
        long presentations = 0;
        double recallSum = 0;
        long recallCount = 0;
        // The deck: every card the learner will meet, known from the start (a pack's cards, or the mistakes still to be
        // made); arrivalsPerDay of them start each day until arrivalStop.
        int deck = config.arrivalsPerDay() * (config.arrivalStop() + 1);
        Instant firstMorning = START.atTime(8, 0).toInstant(ZoneOffset.UTC);
        for (int k = 0; k < deck; k++) {
            cards.add(new SimCard(String.format(Locale.ROOT, "%06d", k), Card.newCard(firstMorning)));
        }
        int next = 0;
        for (int day = 0; day < days; day++) {
            LocalDate date = START.plusDays(day);
            Instant morning = date.atTime(8, 0).toInstant(ZoneOffset.UTC);
            Instant endOfDay = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            List<SimCard> arrivals = new ArrayList<>();
            for (int k = 0; k < config.arrivalsPerDay() && next < deck; k++) {
                arrivals.add(cards.get(next++));
            }
            List<SimCard> order = order(config, policy, cards, day, date, morning, endOfDay, scheduler, settings, arrivals);
            int used = 0;
            Instant[] clock = {morning};
            for (SimCard c : order) {
                if (used >= budget) {
                    break;
                }
                int[] count = {0};
                double[] recall = {Double.NaN};
                present(c, day, clock, endOfDay, scheduler, trueModel, random, count, recall);
                used += count[0];
                if (!Double.isNaN(recall[0])) {
                    recallSum += recall[0];
                    recallCount++;
                }
            }
            load[day] = used;
            presentations += used;
        }
        double examSum = 0;
        for (SimCard c : cards) {
            examSum += c.truth == null ? 0 : trueModel.retrievability(days - c.trueLast, c.truth.stability());
        }
        return new Result(examSum / cards.size(), presentations, recallSum / Math.max(recallCount, 1), load);
    }

    static List<SimCard> order(
            Config config,
            Policy policy,
            List<SimCard> cards,
            int day,
            LocalDate date,
            Instant morning,
            Instant endOfDay,
            Scheduler scheduler,
            SchedulerSettings settings,
            List<SimCard> arrivals) {
        List<SimCard> order = new ArrayList<>(arrivals);
        int daysLeft = config.examDay() - day;
        boolean cram = (policy == Policy.FSRS_CRAM48 && daysLeft <= 2) || (policy == Policy.FSRS_CRAM7D && daysLeft <= 7);
        switch (policy) {
            case FSRS, FSRS_CRAM48, FSRS_CRAM7D -> {
                List<SimCard> reviews = new ArrayList<>();
                for (SimCard c : cards) {
                    if (c.card.state() != State.NEW && (cram || c.card.due().isBefore(endOfDay))) {
                        reviews.add(c);
                    }
                }
                if (cram) {
                    reviews.sort(Comparator.comparingDouble((SimCard c) -> scheduler.retrievability(c.card, morning))
                            .thenComparing(c -> c.id));
                } else {
                    reviews.sort(Comparator.comparing((SimCard c) -> c.card.due()).thenComparing(c -> c.id));
                }
                order.addAll(reviews);
            }
            case MYOPIC -> {
                // Each day the reviews whose single review most raises the predicted recall at the exam.
                MemoryModel model = scheduler.model();
                List<SimCard> reviews = new ArrayList<>();
                List<Double> gains = new ArrayList<>();
                for (SimCard c : cards) {
                    if (c.card.state() == State.NEW) {
                        continue;
                    }
                    MemoryState m = c.card.memory().orElseThrow();
                    int last = (int) (c.card.lastReview().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()
                            - date.toEpochDay());
                    if (last >= 0) {
                        continue;
                    }
                    double r = model.retrievability(-last, m.stability());
                    double before = model.retrievability(daysLeft - last, m.stability());
                    double after = r * model.retrievability(daysLeft, model.stabilityAfterRecall(m.difficulty(), m.stability(), r, Rating.GOOD))
                            + (1 - r) * model.retrievability(daysLeft, model.stabilityAfterLapse(m.difficulty(), m.stability(), r));
                    reviews.add(c);
                    gains.add((after - before) / (1 + (1 - r)));
                }
                Integer[] idx = new Integer[reviews.size()];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = i;
                }
                java.util.Arrays.sort(idx, (a, b) -> Double.compare(gains.get(b), gains.get(a)));
                for (int i : idx) {
                    order.add(reviews.get(i));
                }
            }
            case EXAMLOOP -> {
                List<CardToSchedule> input = new ArrayList<>();
                for (SimCard c : cards) {
                    input.add(new CardToSchedule(c.id, c.card));
                }
                ScheduleRequest request = new ScheduleRequest(
                        input,
                        date,
                        config.exam()
                                ? Optional.of(START.plusDays(config.examDay()).atTime(9, 0).toInstant(ZoneOffset.UTC))
                                : Optional.empty(),
                        DailyMinutes.every(config.minutes()),
                        config.secondsPerReview(),
                        config.easyDays(),
                        ZoneOffset.UTC,
                        settings,
                        config.arrivalsPerDay());
                java.util.Map<String, SimCard> byId = new java.util.HashMap<>();
                for (SimCard c : cards) {
                    byId.put(c.id, c);
                }
                order.clear();
                for (String id : DailyReviews.today(request).review()) {
                    order.add(byId.get(id));
                }
            }
        }
        return order;
    }

    /** Reviews one card, through its same-day steps; counts the presentations and the true recall of a review. */
    static void present(
            SimCard c,
            int day,
            Instant[] clock,
            Instant endOfDay,
            Scheduler scheduler,
            MemoryModel trueModel,
            SplittableRandom random,
            int[] count,
            double[] recall) {
        boolean first = true;
        while (first || ((c.card.state() == State.LEARNING || c.card.state() == State.RELEARNING)
                && c.card.due().isBefore(endOfDay))) {
            Instant now = clock[0].isAfter(c.card.due()) || first ? clock[0] : c.card.due();
            if (!now.isBefore(endOfDay)) {
                break;
            }
            Rating rating;
            if (c.card.state() == State.NEW) {
                double u = random.nextDouble();
                rating = u < 0.2 ? Rating.AGAIN : u < 0.3 ? Rating.HARD : u < 0.9 ? Rating.GOOD : Rating.EASY;
                c.truth = trueModel.initialMemory(rating);
            } else {
                int elapsed = day - c.trueLast;
                double p = trueModel.retrievability(elapsed, c.truth.stability());
                if (first && c.card.state() == State.REVIEW) {
                    recall[0] = p;
                }
                if (random.nextDouble() < p) {
                    double u = random.nextDouble();
                    rating = u < 0.05 ? Rating.HARD : u < 0.95 ? Rating.GOOD : Rating.EASY;
                } else {
                    rating = Rating.AGAIN;
                }
                c.truth = trueModel.nextMemory(c.truth, elapsed, rating);
            }
            c.trueLast = day;
            c.card = scheduler.review(c.card, rating, now).card();
            clock[0] = now.plus(Duration.ofMinutes(1));
            count[0]++;
            first = false;
        }
    }

    public static void main(String[] args) {
        java.util.Map<String, String> opts = new java.util.HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int exam = Integer.parseInt(opts.getOrDefault("examDay", "60"));
        Config config = new Config(
                exam,
                Integer.parseInt(opts.getOrDefault("arrivals", "20")),
                exam - Integer.parseInt(opts.getOrDefault("arrivalStopBefore", "8")),
                Double.parseDouble(opts.getOrDefault("minutes", "25")),
                Double.parseDouble(opts.getOrDefault("seconds", "10")),
                Double.parseDouble(opts.getOrDefault("sigma", "0.3")),
                Boolean.parseBoolean(opts.getOrDefault("schedulerPerturbed", "false")),
                !Boolean.parseBoolean(opts.getOrDefault("noExam", "false")),
                EasyDays.parse(opts.getOrDefault("easyDays", "")),
                Integer.parseInt(opts.getOrDefault("learners", "8")));
        List<Policy> policies = new ArrayList<>();
        for (String p : opts.getOrDefault("policies", "FSRS,FSRS_CRAM48,FSRS_CRAM7D,MYOPIC,EXAMLOOP").split(",")) {
            policies.add(Policy.valueOf(p));
        }
        System.out.println("config " + config);
        System.out.println(String.format(Locale.ROOT, "%-12s %8s %8s %9s %8s %8s %8s %8s %8s %8s",
                "policy", "exam%", "±sd", "reviews", "atRev%", "wkdMean", "wkdSD", "wkdSpread", "wkndMean", "wknd/wkd"));
        for (Policy policy : policies) {
            double[] recalls = new double[config.learners()];
            double reviews = 0;
            double atReview = 0;
            double wkdMean = 0;
            double wkdSd = 0;
            double wkndMean = 0;
            double spread = 0;
            long started = System.nanoTime();
            for (int l = 0; l < config.learners(); l++) {
                Result r = run(config, policy, 1000 + l);
                recalls[l] = r.examRecall();
                reviews += r.presentations();
                atReview += r.recallAtReview();
                double[] stats = loadStats(r.load(), Integer.parseInt(opts.getOrDefault("loadFrom", "14")));
                wkdMean += stats[0];
                wkdSd += stats[1];
                wkndMean += stats[2];
                spread += stats[3];
            }
            int n = config.learners();
            double mean = java.util.Arrays.stream(recalls).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(recalls).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1));
            System.out.println(String.format(Locale.ROOT, "%-12s %8.2f %8.2f %9.0f %8.2f %8.1f %8.1f %8.1f %8.1f %8.2f  (%.1f s)",
                    policy, 100 * mean, 100 * sd, reviews / n, 100 * atReview / n, wkdMean / n, wkdSd / n, spread / n, wkndMean / n,
                    wkndMean / wkdMean, (System.nanoTime() - started) / 1e9));
            StringBuilder per = new StringBuilder("  per learner exam%:");
            for (double r : recalls) {
                per.append(String.format(Locale.ROOT, " %.2f", 100 * r));
            }
            System.out.println(per);
        }
    }

    /** Weekday mean and SD, weekend mean, of the daily load from day {@code from} on. */
    static double[] loadStats(double[] load, int from) {
        List<Double> weekdays = new ArrayList<>();
        List<Double> weekend = new ArrayList<>();
        for (int d = from; d < load.length; d++) {
            DayOfWeek dow = START.plusDays(d).getDayOfWeek();
            (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? weekend : weekdays).add(load[d]);
        }
        double mean = weekdays.stream().mapToDouble(x -> x).average().orElse(0);
        double sd = Math.sqrt(weekdays.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, weekdays.size() - 1));
        double wk = weekend.stream().mapToDouble(x -> x).average().orElse(0);
        // The day-to-day spread without the trend: each weekday against the mean of the weekdays within a week of it.
        double residual = 0;
        int count = 0;
        for (int d = from; d < load.length; d++) {
            if (isWeekend(d)) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int e = Math.max(from, d - 7); e <= Math.min(load.length - 1, d + 7); e++) {
                if (!isWeekend(e)) {
                    sum += load[e];
                    n++;
                }
            }
            residual += Math.pow(load[d] - sum / n, 2);
            count++;
        }
        return new double[] {mean, sd, wk, Math.sqrt(residual / Math.max(1, count - 1))};
    }

    static boolean isWeekend(int day) {
        DayOfWeek dow = START.plusDays(day).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
