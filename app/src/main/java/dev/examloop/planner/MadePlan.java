package dev.examloop.planner;

import dev.examloop.core.pack.Pack;
import dev.examloop.core.plan.StudyGoal;
import dev.examloop.core.plan.StudyPlan;
import dev.examloop.planner.internal.BlockRow;
import dev.examloop.planner.internal.GoalRow;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan made for a goal today, with the blocks already started.
 *
 * @param measured whether the plan rests on evidence (a mock, or red cards), so that its weakest domains mean something
 */
record MadePlan(
        GoalRow goal,
        Pack pack,
        LocalDate today,
        StudyGoal studyGoal,
        StudyPlan plan,
        List<BlockRow> started,
        int dueToday,
        boolean measured) {}
