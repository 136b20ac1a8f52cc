/**
 * The study planner: turns a goal (an exam date, hours per weekday, days off, a final review-only window),
 * the blueprint and the learner's measured state into a day-by-day plan of blocks.
 *
 * <p>Pure: no framework, no clock. "Today" is an argument; the same inputs always give the same plan. The
 * method (time per domain = blueprint weight × measured weakness, mock cadence, the final window) is
 * documented with a worked example in {@code docs/planner.md}.
 */
package dev.examloop.core.plan;
