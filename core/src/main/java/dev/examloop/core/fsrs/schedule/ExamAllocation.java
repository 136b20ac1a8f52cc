package dev.examloop.core.fsrs.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The backward plan to an exam (decision 0075): review slots on the days before the exam, given out one at a time to
 * the (card, day) whose review raises the card's expected recall at the exam the most per second, until every day's
 * time is spent or no review gains anything.
 *
 * <p>A card's value is its expected retrievability at the exam after the reviews planned for it, on the FSRS-6 memory
 * model: each planned review is recalled with the probability R the model gives at its day (stability grows, eq. 6)
 * or forgotten and relearnt the same day (eq. 7 then 8); between reviews the card carries the geometric mean of the
 * two stabilities, and the last review's two outcomes are weighed exactly. Inserting a review anywhere in a card's
 * plan is evaluated on the whole path, so an early review is worth what it adds to the stability the last one
 * leaves. A review costs its seconds, and a lapse costs the relearning steps too. Because the last days before the
 * exam are worth the most to every card, they fill first, with the cards the model expects to have forgotten most,
 * and the plan works backward from there: each day's reviews are those that the later days leave most in need.
 *
 * <p>To keep the work small, only today and the last week before the exam are planned day by day; the days between
 * are planned in blocks that grow longer away from the exam (2, 2, 3, 3, … up to 14 days), each standing on its
 * first day with all its days' time. Only today's part of the plan is used: the plan is
 * made afresh every day from what the learner actually did.
 */
final class ExamAllocation {
    /** Days planned one by one before the exam; further back, blocks that grow by a day every two blocks. */
    private static final int SINGLE_DAYS_BEFORE_EXAM = 7;

    private static final int LONGEST_BLOCK = 14;

    /** A review must raise the expected exam-day recall by at least this much to be planned. */
    private static final double MIN_GAIN = 1e-5;

    private final PlanningModel model;
    private final int examDay;
    private final double secondsPerReview;
    private final int relearningPresentations;

    /** The planned days: the day each stands for, and its seconds of review time left. */
    private final int[] slotDay;

    private final double[] slotSeconds;

    private final double[] stability;
    private final double[] difficulty;
    private final int[] lastDay;
    private final int[] weight;
    private final int[][] plan;
    private final int[] planSize;
    private final int[] version;

    /** Each card's candidate slots by falling gain per second, with their ratio and cost, and where the next one is. */
    private final int[][] candidates;

    private final double[][] ratio;
    private final double[][] cost;
    private final int[] next;

    /** The cards given today's slots, in the order they were given. */
    private final List<Integer> today = new ArrayList<>();

    /**
     * @param examDay the exam's day from today (at least 1)
     * @param secondsByDay the review seconds on each day from today to the day before the exam
     * @param stability each card's stability as the plan sees it, in days
     * @param difficulty each card's difficulty
     * @param lastDay each card's last review as a day from today (0 today, negative before)
     * @param weight how many cards each entry stands for: 1 for a card, more for the new cards expected to start on a
     *     later day, which are planned as one group
     */
    ExamAllocation(
            PlanningModel model,
            int examDay,
            double[] secondsByDay,
            double secondsPerReview,
            int relearningSteps,
            double[] stability,
            double[] difficulty,
            int[] lastDay,
            int[] weight) {
        this.model = model;
        this.examDay = examDay;
        this.secondsPerReview = secondsPerReview;
        this.relearningPresentations = relearningSteps;
        // Blocks are laid backward from the exam: single days first, then longer ones; today is always a day alone.
        List<Integer> starts = new ArrayList<>();
        int end = examDay;
        int block = 0;
        while (end > 1) {
            int length = end > examDay - SINGLE_DAYS_BEFORE_EXAM ? 1 : Math.min(LONGEST_BLOCK, 2 + block++ / 2);
            int start = Math.max(1, end - length);
            starts.add(0, start);
            end = start;
        }
        starts.add(0, 0);
        slotDay = new int[starts.size()];
        slotSeconds = new double[starts.size()];
        for (int s = 0; s < starts.size(); s++) {
            slotDay[s] = starts.get(s);
            int until = s + 1 < starts.size() ? starts.get(s + 1) : examDay;
            for (int k = slotDay[s]; k < until; k++) {
                slotSeconds[s] += secondsByDay[k];
            }
        }
        this.stability = stability;
        this.difficulty = difficulty;
        this.lastDay = lastDay;
        this.weight = weight;
        int n = stability.length;
        plan = new int[n][4];
        planSize = new int[n];
        version = new int[n];
        candidates = new int[n][];
        ratio = new double[n][];
        cost = new double[n][];
        next = new int[n];
    }

    private record Offer(double ratio, int card, int version) {}

    /** Gives out the slots; afterwards {@link #today()} and {@link #expectedRecallSum()} tell the result. */
    ExamAllocation run() {
        PriorityQueue<Offer> offers = new PriorityQueue<>(
                (a, b) -> a.ratio != b.ratio ? Double.compare(b.ratio, a.ratio) : Integer.compare(a.card, b.card));
        for (int i = 0; i < stability.length; i++) {
            rank(i);
            offer(i, offers);
        }
        while (!offers.isEmpty()) {
            Offer offer = offers.poll();
            int i = offer.card();
            if (offer.version() != version[i]) {
                continue;
            }
            while (next[i] < candidates[i].length && slotSeconds[candidates[i][next[i]]] < cost[i][next[i]]) {
                next[i]++;
            }
            if (next[i] >= candidates[i].length) {
                continue;
            }
            if (ratio[i][next[i]] < offer.ratio()) {
                offers.add(new Offer(ratio[i][next[i]], i, version[i]));
                continue;
            }
            int slot = candidates[i][next[i]];
            slotSeconds[slot] -= cost[i][next[i]];
            insert(i, slot);
            if (slotDay[slot] == 0) {
                today.add(i);
            }
            version[i]++;
            rank(i);
            offer(i, offers);
        }
        return this;
    }

    /** The cards to review today, by index, in the order of their gain per second. */
    List<Integer> today() {
        return today;
    }

    /** How many reviews the plan puts on each planned day (a block's count on its first day). */
    int[] plannedLoad() {
        int[] load = new int[examDay];
        for (int i = 0; i < stability.length; i++) {
            for (int k = 0; k < planSize[i]; k++) {
                load[slotDay[plan[i][k]]] += weight[i];
            }
        }
        return load;
    }

    /** The sum over all cards of the recall at the exam that the plan expects. */
    double expectedRecallSum() {
        double sum = 0;
        for (int i = 0; i < stability.length; i++) {
            sum += weight[i] * value(i, -1, null);
        }
        return sum;
    }

    private void offer(int i, PriorityQueue<Offer> offers) {
        if (next[i] < candidates[i].length) {
            offers.add(new Offer(ratio[i][next[i]], i, version[i]));
        }
    }

    /** Ranks card i's open slots by the gain per second a review there would add to its plan. */
    private void rank(int i) {
        double base = value(i, -1, null);
        int open = 0;
        int[] slots = new int[slotDay.length];
        double[] gains = new double[slotDay.length];
        double[] costs = new double[slotDay.length];
        double[] costOut = new double[1];
        for (int s = 0; s < slotDay.length; s++) {
            if (slotDay[s] <= lastDay[i] || planned(i, s) || slotSeconds[s] <= 0) {
                continue;
            }
            double gain = value(i, s, costOut) - base;
            if (gain < MIN_GAIN) {
                continue;
            }
            double seconds = costOut[0] * secondsPerReview * weight[i];
            slots[open] = s;
            gains[open] = gain / seconds;
            costs[open] = seconds;
            open++;
        }
        Integer[] order = new Integer[open];
        for (int k = 0; k < open; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> gains[a] != gains[b] ? Double.compare(gains[b], gains[a]) : slots[a] - slots[b]);
        candidates[i] = new int[open];
        ratio[i] = new double[open];
        cost[i] = new double[open];
        for (int k = 0; k < open; k++) {
            candidates[i][k] = slots[order[k]];
            ratio[i][k] = gains[order[k]];
            cost[i][k] = costs[order[k]];
        }
        next[i] = 0;
    }

    private boolean planned(int i, int slot) {
        for (int k = 0; k < planSize[i]; k++) {
            if (plan[i][k] == slot) {
                return true;
            }
        }
        return false;
    }

    private void insert(int i, int slot) {
        if (planSize[i] == plan[i].length) {
            plan[i] = Arrays.copyOf(plan[i], plan[i].length * 2);
        }
        int k = planSize[i];
        while (k > 0 && plan[i][k - 1] > slot) {
            plan[i][k] = plan[i][k - 1];
            k--;
        }
        plan[i][k] = slot;
        planSize[i]++;
    }

    /**
     * Card i's expected recall at the exam after its planned reviews and, when {@code extra} ≥ 0, one more in that
     * slot, whose cost in presentations (1, plus the relearning steps times the chance of a lapse) goes to {@code
     * costOut[0]}.
     */
    private double value(int i, int extra, double @Nullable [] costOut) {
        double s = stability[i];
        double d = difficulty[i];
        int last = lastDay[i];
        int k = 0;
        boolean extraDone = extra < 0;
        int n = planSize[i];
        while (k < n || !extraDone) {
            int slot;
            if (!extraDone && (k >= n || extra < plan[i][k])) {
                slot = extra;
                extraDone = true;
            } else {
                slot = plan[i][k++];
            }
            int day = slotDay[slot];
            double p = model.retrievability(day - last, s);
            if (slot == extra && costOut != null) {
                costOut[0] = 1 + (1 - p) * relearningPresentations;
            }
            double recalled = model.afterRecall(d, s, p);
            double lapsed = model.afterLapseRelearned(d, s, p);
            if (k >= n && extraDone) {
                int toExam = examDay - day;
                return p * model.retrievability(toExam, recalled) + (1 - p) * model.retrievability(toExam, lapsed);
            }
            s = Math.exp(p * Math.log(recalled) + (1 - p) * Math.log(lapsed));
            d = model.difficultyAfterGood(d);
            last = day;
        }
        return model.retrievability(examDay - last, s);
    }
}
