package dev.examloop.exam;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of attempts; see the OpenAPI document at {@code /v3/api-docs}. */
@RestController
@RequestMapping("/api/attempts")
@Tag(name = "Attempts", description = "Mock exams, practice sessions and drills")
class AttemptApi {
    private final Attempts attempts;

    AttemptApi(Attempts attempts) {
        this.attempts = attempts;
    }

    /** The body of {@code POST /api/attempts}. */
    record StartBody(String pack, String mode, Integer count, List<String> domains) {}

    /** The body of {@code PUT /api/attempts/{id}/answers/{n}}. */
    record AnswerBody(List<String> selected, Boolean flagged, Boolean guessed) {}

    @PostMapping
    @Operation(
            summary = "Start an attempt",
            description = "mode is exam (full length, timed), practice or drill "
                    + "(domains required). Answers 201 with the attempt.")
    ResponseEntity<AttemptView> start(@RequestBody StartBody body) {
        if (body == null) {
            throw ClientProblem.badRequest(
                    "a JSON body is required: {\"pack\":\"MLS-C01\",\"mode\":\"exam\"}", List.of());
        }
        if (body.mode() == null) {
            throw ClientProblem.badRequest("mode is required: exam, practice or drill", List.of("mode"));
        }
        AttemptView view =
                attempts.start(new StartAttempt(body.pack(), Mode.of(body.mode()), body.count(), body.domains()));
        return ResponseEntity.created(URI.create("/api/attempts/" + view.id())).body(view);
    }

    @GetMapping
    @Operation(summary = "The attempts history, newest first")
    List<AttemptSummary> history() {
        return attempts.history();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An attempt: status, countdown and the state of each question (no key)")
    AttemptView get(@PathVariable String id) {
        return attempts.get(id);
    }

    @GetMapping("/{id}/questions/{n}")
    @Operation(summary = "Question n (from 1); in exam mode without key or explanation until submitted")
    QuestionView question(@PathVariable String id, @PathVariable int n) {
        return attempts.question(id, n);
    }

    @PutMapping("/{id}/answers/{n}")
    @Operation(
            summary = "Save the answer to question n",
            description = "selected: option ids (in order, for ordering questions) or \"option:target\" pairs for "
                    + "matching; a field left out keeps its saved value.")
    SavedAnswer answer(@PathVariable String id, @PathVariable int n, @RequestBody AnswerBody body) {
        if (body == null) {
            throw ClientProblem.badRequest(
                    "a JSON body is required: {\"selected\":[\"a\"],\"flagged\":false}", List.of());
        }
        return attempts.answer(id, n, new AnswerCommand(body.selected(), body.flagged(), body.guessed()));
    }

    @PostMapping("/{id}/questions/{n}/check")
    @Operation(summary = "Practice and drills: show the key and explanations of question n (locks its answer)")
    QuestionView check(@PathVariable String id, @PathVariable int n) {
        return attempts.check(id, n);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the attempt and get its result")
    ResultView submit(@PathVariable String id) {
        return attempts.submit(id);
    }

    @PostMapping("/{id}/abandon")
    @Operation(
            summary = "Abandon an attempt in progress",
            description = "The attempt is not scored and has no result; a running mock's lock on the rest of the "
                    + "application ends.")
    AttemptView abandon(@PathVariable String id) {
        return attempts.abandon(id);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "The result of a submitted attempt (409 while it is in progress)")
    ResultView result(@PathVariable String id) {
        return attempts.result(id);
    }
}
