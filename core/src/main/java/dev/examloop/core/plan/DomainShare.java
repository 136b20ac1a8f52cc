package dev.examloop.core.plan;

import org.jspecify.annotations.Nullable;

/**
 * One domain's part of the plan, with the evidence behind it, so the plan can say why.
 *
 * @param mastery the smoothed share of recent right answers (0.5 with no evidence)
 * @param factor the weakness factor k
 * @param share the domain's share of all domain study time, 0–1
 * @param studiedMinutes domain study already done for this goal
 * @param plannedMinutes domain study planned from today to the final window
 * @param lastMockPercent the domain's score in the last mock, or {@code null}
 */
public record DomainShare(
        String domainId,
        String title,
        int weight,
        double mastery,
        double factor,
        double share,
        int redCards,
        @Nullable Integer lastMockPercent,
        int studiedMinutes,
        int plannedMinutes) {

    /** "Modeling: 36 % of the blueprint, 52 % in the last mock, 3 red cards → 43 % of study time". */
    public String explanation() {
        StringBuilder text =
                new StringBuilder(title).append(": ").append(weight).append(" % of the blueprint");
        if (lastMockPercent != null) {
            text.append(", ").append(lastMockPercent).append(" % in the last mock");
        } else {
            text.append(", no mock yet");
        }
        if (redCards > 0) {
            text.append(", ").append(redCards).append(redCards == 1 ? " red card" : " red cards");
        }
        return text.append(" → ")
                .append(Math.round(share * 100))
                .append(" % of study time")
                .toString();
    }
}
