package dev.examloop.planner.internal;

import dev.examloop.core.pack.Pack;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A goal form that passed {@link GoalChecks#goal}: what a goal row is made of.
 *
 * @param minutes the study minutes of each weekday, Monday first, comma-separated
 * @param daysOff the days off still kept, sorted
 */
public record ValidGoal(
        Pack pack, ZonedDateTime examAt, ZoneId zone, String minutes, List<String> daysOff, int finalWindowHours) {}
