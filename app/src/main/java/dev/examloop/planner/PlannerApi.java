package dev.examloop.planner;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of goals, the plan, its blocks and the learning resources. */
@RestController
@Tag(name = "Planner", description = "Goals, the day-by-day plan, study blocks and learning resources")
class PlannerApi {
    private final Goals goals;
    private final Plans plans;
    private final Resources resources;

    PlannerApi(Goals goals, Plans plans, Resources resources) {
        this.goals = goals;
        this.plans = plans;
        this.resources = resources;
    }

    record ArchiveBody(String outcome, Integer score) {}

    record StatusBody(String status) {}

    @GetMapping("/api/goals")
    @Operation(summary = "Every goal, the active one first, archived ones with their outcome")
    List<GoalView> goals() {
        return goals.list();
    }

    @GetMapping("/api/goals/active")
    @Operation(summary = "The active goal (404 when there is none)")
    GoalView active() {
        return goals.active().orElseThrow(() -> ClientProblem.notFound("an active goal"));
    }

    @GetMapping("/api/goals/{id}")
    @Operation(summary = "One goal")
    GoalView goal(@PathVariable String id) {
        return goals.get(id);
    }

    @PostMapping("/api/goals")
    @Operation(summary = "Set a new goal (409 while another is active); every field problem is named in one 400")
    ResponseEntity<GoalView> create(@RequestBody(required = false) GoalForm form) {
        GoalView goal = goals.create(form);
        return ResponseEntity.created(URI.create("/api/goals/" + goal.id())).body(goal);
    }

    @PutMapping("/api/goals/active")
    @Operation(summary = "Change the active goal: pack, date, hours, days off, final window")
    GoalView update(@RequestBody(required = false) GoalForm form) {
        return goals.update(form);
    }

    @PostMapping("/api/goals/{id}/archive")
    @Operation(summary = "Archive a goal with its outcome (passed, failed, not-taken) and score")
    GoalView archive(@PathVariable String id, @RequestBody(required = false) ArchiveBody body) {
        return goals.archive(id, body == null ? null : body.outcome(), body == null ? null : body.score());
    }

    @GetMapping("/api/plan")
    @Operation(summary = "The active goal's plan from today to the exam, each domain's share and what changed lately")
    PlanView plan() {
        return plans.current().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)"));
    }

    @GetMapping("/api/today")
    @Operation(summary = "Today: the day's blocks, due reviews, next mock, weakest domains, countdown, streak")
    TodayView today() {
        return plans.today().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)"));
    }

    @GetMapping(value = "/api/plan.ics", produces = "text/calendar")
    @Operation(summary = "The plan as iCalendar")
    ResponseEntity<String> ics() {
        return calendar(plans.calendar().orElseThrow(() -> ClientProblem.notFound("an active goal (set one first)")));
    }

    @GetMapping(value = "/calendar/{token}.ics", produces = "text/calendar")
    @Operation(summary = "The plan as an iCalendar subscription (the goal's calendarPath)")
    ResponseEntity<String> subscription(@PathVariable String token) {
        return calendar(plans.calendar(token).orElseThrow(() -> ClientProblem.notFound("calendar " + token)));
    }

    private static ResponseEntity<String> calendar(String ics) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"examloop-plan.ics\"")
                .body(ics);
    }

    @PostMapping("/api/blocks/{key}/start")
    @Operation(summary = "Start (or resume) a block of today's plan; its study timer runs")
    BlockView start(@PathVariable String key) {
        return plans.start(key);
    }

    @PostMapping("/api/blocks/{key}/pause")
    @Operation(summary = "Pause a running block's timer")
    BlockView pause(@PathVariable String key) {
        return plans.pause(key);
    }

    @PostMapping("/api/blocks/{key}/finish")
    @Operation(summary = "Mark a block done; the plan re-forms around it")
    BlockView finish(@PathVariable String key) {
        return plans.finish(key);
    }

    @GetMapping("/api/resources")
    @Operation(summary = "The library of learning resources with progress per section")
    List<ResourceView> resources() {
        return resources.list();
    }

    @PostMapping("/api/resources")
    @Operation(summary = "Add a resource with its sections")
    ResponseEntity<ResourceView> addResource(@RequestBody(required = false) ResourceForm form) {
        ResourceView resource = resources.create(form);
        return ResponseEntity.created(URI.create("/api/resources/" + resource.id()))
                .body(resource);
    }

    @GetMapping("/api/resources/{id}")
    @Operation(summary = "One resource with its sections")
    ResourceView resource(@PathVariable String id) {
        return resources.get(id);
    }

    @DeleteMapping("/api/resources/{id}")
    @Operation(summary = "Remove a resource and its progress")
    ResponseEntity<Void> deleteResource(@PathVariable String id) {
        resources.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/sections/{id}/status")
    @Operation(summary = "Set a section's progress: not-started, in-progress, done or revisit")
    ResourceView.Section sectionStatus(@PathVariable String id, @RequestBody(required = false) StatusBody body) {
        return resources.setStatus(id, body == null ? null : body.status());
    }

    @GetMapping("/api/resources/revisit")
    @Operation(summary = "The queue of sections marked revisit")
    List<ResourceView.Section> revisit() {
        return resources.revisitQueue();
    }
}
