package dev.examloop.planner;

import java.util.List;
import java.util.Map;

/** The goal page's model: the active goal, the form's values (as sent, after an error), the problems, past goals. */
public record GoalPage(
        GoalView active,
        Map<String, String> values,
        List<String> problems,
        List<GoalView> archived,
        List<String> packs) {}
