/**
 * The study planner: goals (an exam date, study hours, days off, the final review-only window), the
 * day-by-day plan made by the core's {@code PlanGenerator} from the learner's measured state, the blocks a
 * learner starts and finishes with a study timer, the plan's revisions (what changed and why), the library
 * of learning resources with progress per section, the Today page, the countdown shown on every page and
 * the iCalendar export. Reads attempts ({@code exam}), post-mortems ({@code postmortem}) and cards
 * ({@code review}); publishes {@link dev.examloop.planner.Goals}, {@link dev.examloop.planner.Plans} and
 * {@link dev.examloop.planner.Resources} with their records and the REST API under {@code /api/goals},
 * {@code /api/plan}, {@code /api/blocks} and {@code /api/resources}. Publishes the search module's
 * {@code DocumentChanged} / {@code DocumentRemoved} for resources.
 */
@ApplicationModule(
        allowedDependencies = {
            "common",
            "storage",
            "web",
            "accounts",
            "content",
            "search",
            "exam",
            "review",
            "postmortem"
        })
package dev.examloop.planner;

import org.springframework.modulith.ApplicationModule;
