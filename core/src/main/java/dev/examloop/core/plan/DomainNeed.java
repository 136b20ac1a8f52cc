package dev.examloop.core.plan;

import dev.examloop.core.plan.LearnerState.DomainEvidence;
import dev.examloop.core.plan.StudyGoal.DomainWeight;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of the study time each domain gets: blueprint weight × measured weakness (docs/planner.md).
 *
 * <pre>
 *   mastery   m = (correct + 1) / (total + 2)          recent mock answers in the domain, Laplace-smoothed;
 *                                                      0.5 with no evidence
 *   weakness  k = clamp(2 (1 − m) × (1 + 0.1 · min(red cards, 5)), 0.25, 3)
 *   share     s = weight × k / Σ (weight × k)
 * </pre>
 *
 * With no evidence every k is 1 and the shares are the blueprint's weights. A domain scored at 76 % gets
 * about half its weight's time; one at 30 % with three red cards gets 1.8 times it.
 */
public final class DomainNeed {
    static final double MIN_FACTOR = 0.25;
    static final double MAX_FACTOR = 3.0;
    static final double RED_CARD_BOOST = 0.1;
    static final int RED_CARDS_COUNTED = 5;

    private DomainNeed() {}

    /** The Laplace-smoothed share of right answers: 0.5 with no evidence. */
    public static double mastery(DomainEvidence evidence) {
        return (evidence.recentCorrect() + 1.0) / (evidence.recentTotal() + 2.0);
    }

    /** The weakness factor k of a domain (see the class comment). */
    public static double factor(DomainEvidence evidence) {
        double k =
                2 * (1 - mastery(evidence)) * (1 + RED_CARD_BOOST * Math.min(evidence.redCards(), RED_CARDS_COUNTED));
        return Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, k));
    }

    /** Each domain's share of the study time, in blueprint order, summing to 1. */
    public static List<Double> shares(List<DomainWeight> domains, LearnerState state) {
        List<Double> needs = new ArrayList<>();
        double sum = 0;
        for (DomainWeight domain : domains) {
            double need = domain.weight() * factor(state.evidenceFor(domain.id()));
            needs.add(need);
            sum += need;
        }
        List<Double> shares = new ArrayList<>();
        for (double need : needs) {
            shares.add(sum == 0 ? 1.0 / needs.size() : need / sum);
        }
        return shares;
    }
}
