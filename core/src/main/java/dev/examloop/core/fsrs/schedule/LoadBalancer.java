package dev.examloop.core.fsrs.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The load balancer of Anki 24.11, made deterministic and stateless: every review card's due day moves, within its
 * interval's {@link FuzzRange}, to the day whose load (cards already there) per weight is least. A normal day weighs
 * 1, a light day the square of its share ({@link EasyDays}): the cards that cannot move (one-day ranges, overdue
 * cards) come on top of what the balancer places, so it aims below the share to leave them room (measured in
 * bench/schedule, decision 0076). Cards are placed least flexible first (narrowest range), then by due day and id, so the
 * same cards always give the same days. A card whose range touches a light day may also come up to two days early
 * (never on the day of its last review): a light weekend's cards then spread over the days before it as well as
 * after, rather than all landing on the Monday after, and even a card with a 2-day interval can leave Saturday.
 */
final class LoadBalancer {
    /** The smallest share a day is weighed with, so that a day of share 0 is avoided but still comparable. */
    private static final double MIN_SHARE = 0.02;

    /** How many days early a card whose range touches a light day may come. */
    private static final int EARLY_DAYS = 2;

    private LoadBalancer() {}

    /** A review card: its last review and due day as day numbers from today (today is 0), and its id. */
    record Due(int index, String id, int lastDay, int dueDay) {}

    /**
     * The day each card falls due on after balancing, from today (0 for every card due today or earlier), indexed as
     * {@code cards}' {@link Due#index}.
     */
    static int[] balance(List<Due> cards, LocalDate today, EasyDays easyDays) {
        int[] day = new int[cards.size()];
        List<Due> movable = new ArrayList<>();
        int fixed = 0;
        int horizon = 1;
        for (Due card : cards) {
            day[card.index()] = Math.max(card.dueDay(), 0);
            FuzzRange range = FuzzRange.around(Math.max(1, card.dueDay() - card.lastDay()));
            if (card.lastDay() + range.highest() > 0) {
                movable.add(card);
                horizon = Math.max(horizon, card.lastDay() + range.highest() + 1);
            } else {
                fixed++;
            }
        }
        double[] share = new double[horizon];
        for (int d = 0; d < horizon; d++) {
            double fraction = easyDays.fraction(today.plusDays(d));
            share[d] = Math.max(fraction * fraction, MIN_SHARE);
        }
        int[] load = new int[horizon];
        load[0] = fixed;
        movable.sort(Comparator.comparingInt((Due c) -> width(c))
                .thenComparingInt(Due::dueDay)
                .thenComparing(Due::id));
        for (Due card : movable) {
            int interval = Math.max(1, card.dueDay() - card.lastDay());
            FuzzRange range = FuzzRange.around(interval);
            int from = Math.max(card.lastDay() + range.lowest(), 0);
            int to = card.lastDay() + range.highest();
            if (anyLight(share, from, to)) {
                from = Math.max(Math.max(from - EARLY_DAYS, card.lastDay() + 1), 0);
            }
            int best = -1;
            double bestScore = Double.MAX_VALUE;
            for (int d = from; d <= to; d++) {
                double score = (load[d] + 1) / share[d];
                boolean better = score < bestScore - 1e-9
                        || (Math.abs(score - bestScore) <= 1e-9
                                && Math.abs(d - card.dueDay()) < Math.abs(best - card.dueDay()));
                if (better) {
                    best = d;
                    bestScore = score;
                }
            }
            day[card.index()] = best;
            load[best]++;
        }
        return day;
    }

    private static int width(Due card) {
        FuzzRange range = FuzzRange.around(Math.max(1, card.dueDay() - card.lastDay()));
        return range.highest() - range.lowest();
    }

    private static boolean anyLight(double[] share, int from, int to) {
        for (int d = from; d <= to; d++) {
            if (share[d] < 1) {
                return true;
            }
        }
        return false;
    }
}
