package dev.examloop.planner;

import java.util.List;

/**
 * A day of the plan.
 *
 * @param type {@code study}, {@code day-off}, {@code final-window} or {@code exam-day}
 * @param plannedMinutes study minutes of its blocks (done ones included)
 */
public record DayView(
        String date, String weekday, String type, int availableMinutes, int plannedMinutes, List<BlockView> blocks) {}
