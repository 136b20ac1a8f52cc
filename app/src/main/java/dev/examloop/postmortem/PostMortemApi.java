package dev.examloop.postmortem;

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
import org.springframework.web.bind.annotation.RestController;

/** The REST API of post-mortems and of mocks logged from elsewhere. */
@RestController
@Tag(name = "Post-mortem", description = "Post-mortem entries and external attempts")
class PostMortemApi {
    private final PostMortems postMortems;

    PostMortemApi(PostMortems postMortems) {
        this.postMortems = postMortems;
    }

    @GetMapping("/api/attempts/{id}/postmortem")
    @Operation(summary = "The missed, flagged and guessed questions of a submitted attempt, with their entries")
    PostMortemView postMortem(@PathVariable String id) {
        return postMortems.forAttempt(id);
    }

    @PutMapping("/api/attempts/{id}/postmortem/{n}")
    @Operation(summary = "Write the entry of question n; the first save adds the mistake to its topic's card")
    PostMortemView.Entry save(@PathVariable String id, @PathVariable int n, @RequestBody EntryForm form) {
        if (form == null) {
            throw ClientProblem.badRequest("a JSON body is required", List.of());
        }
        return postMortems.save(id, n, form);
    }

    @PostMapping("/api/external-attempts")
    @Operation(summary = "Log a mock taken elsewhere: score, per-domain breakdown and missed topics (no question text)")
    ResponseEntity<ExternalAttemptView> logExternal(@RequestBody ExternalAttemptForm form) {
        if (form == null) {
            throw ClientProblem.badRequest("a JSON body is required", List.of());
        }
        ExternalAttemptView view = postMortems.logExternal(form);
        return ResponseEntity.created(URI.create("/api/external-attempts/" + view.id()))
                .body(view);
    }

    @GetMapping("/api/external-attempts")
    @Operation(summary = "The mocks logged from elsewhere")
    List<ExternalAttemptView> externals() {
        return postMortems.externals();
    }
}
