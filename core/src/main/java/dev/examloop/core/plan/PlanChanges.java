package dev.examloop.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two plans and why, one line per domain whose planned time moved by at least a
 * quarter of an hour ("Modeling +40 min: scored 52 % in the last mock"), and one for the number of mocks.
 *
 * <p>The reason is the first of these that holds for the domain: a new mock result (a new score, or the same
 * score on more questions); a change in red cards;
 * a day that passed with the domain's planned time not studied; study done since; study of another domain
 * (the time is rebalanced); a day less to plan; otherwise the goal itself changed (hours, days off, date).
 */
public final class PlanChanges {
    static final int THRESHOLD = PlanGenerator.UNIT;

    private PlanChanges() {}

    public static List<String> between(PlanSnapshot before, PlanSnapshot after) {
        List<String> lines = new ArrayList<>();
        for (DomainShare now : after.shares()) {
            DomainShare then = before.shares().stream()
                    .filter(s -> s.domainId().equals(now.domainId()))
                    .findFirst()
                    .orElse(null);
            if (then == null) {
                continue;
            }
            int delta = now.plannedMinutes() - then.plannedMinutes();
            if (Math.abs(delta) < THRESHOLD) {
                continue;
            }
            lines.add(now.title() + " " + (delta > 0 ? "+" : "-") + Math.abs(delta) + " min: "
                    + reason(before, then, after, now));
        }
        if (after.mocks() != before.mocks()) {
            lines.add("Mocks: " + after.mocks() + " planned (was " + before.mocks() + ")"
                    + (after.from().isAfter(before.from()) ? ": fewer days left" : ""));
        }
        return lines;
    }

    private static String reason(PlanSnapshot before, DomainShare then, PlanSnapshot after, DomainShare now) {
        boolean newMock = !Objects.equals(now.lastMockPercent(), then.lastMockPercent())
                || Math.abs(now.mastery() - then.mastery()) > 1e-9;
        if (now.lastMockPercent() != null && newMock) {
            return "scored " + now.lastMockPercent() + " % in the last mock"
                    + (then.lastMockPercent() == null || then.lastMockPercent().equals(now.lastMockPercent())
                            ? ""
                            : " (was " + then.lastMockPercent() + " %)");
        }
        if (now.redCards() != then.redCards()) {
            return now.redCards() + (now.redCards() == 1 ? " red card" : " red cards") + " (was " + then.redCards()
                    + ")";
        }
        int studied = now.studiedMinutes() - then.studiedMinutes();
        if (after.from().isAfter(before.from())) {
            int undone = before.plannedOnFirstDay().getOrDefault(now.domainId(), 0) - Math.max(0, studied);
            if (undone >= THRESHOLD) {
                return undone + " min planned on " + before.from() + " left undone";
            }
        }
        if (studied > 0) {
            return "studied " + studied + " min";
        }
        for (DomainShare other : after.shares()) {
            DomainShare otherBefore = before.shares().stream()
                    .filter(s -> s.domainId().equals(other.domainId()))
                    .findFirst()
                    .orElse(null);
            if (otherBefore != null && other.studiedMinutes() > otherBefore.studiedMinutes()) {
                return "rebalanced after " + (other.studiedMinutes() - otherBefore.studiedMinutes()) + " min of "
                        + other.title() + " study";
            }
        }
        if (after.from().isAfter(before.from())) {
            return "fewer days left to plan";
        }
        return "the goal changed (hours, days off or date)";
    }
}
