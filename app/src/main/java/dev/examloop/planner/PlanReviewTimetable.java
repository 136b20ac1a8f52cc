package dev.examloop.planner;

import dev.examloop.core.plan.BlockKind;
import dev.examloop.review.ReviewTimetable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The review module's timetable from the active goal and its plan: the exam's start, the goal's time zone, and each
 * day's review minutes (spaced review, and reviewing the whole board in the final window).
 */
@Component
class PlanReviewTimetable implements ReviewTimetable {
    private static final List<String> REVIEW_KINDS =
            List.of(BlockKind.SPACED_REVIEW.wire(), BlockKind.BOARD_REVIEW.wire());

    private final Plans plans;

    PlanReviewTimetable(Plans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<ReviewDays> reviewDays() {
        return plans.current().map(plan -> {
            List<Double> minutes = new ArrayList<>();
            for (DayView day : plan.days()) {
                minutes.add((double) day.blocks().stream()
                        .filter(block -> REVIEW_KINDS.contains(block.kind()))
                        .mapToInt(BlockView::minutes)
                        .sum());
            }
            return new ReviewDays(plan.goal().examAt(), ZoneId.of(plan.goal().timeZone()), minutes);
        });
    }
}
