package dev.examloop.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of "optimise my schedule": fitted FSRS-6 parameter sets. */
@RestController
@Tag(name = "Schedule optimisation", description = "FSRS-6 parameters fitted to the learner's own review log")
class OptimiserApi {
    private final ScheduleOptimiser optimiser;

    OptimiserApi(ScheduleOptimiser optimiser) {
        this.optimiser = optimiser;
    }

    @GetMapping("/api/review/parameters")
    @Operation(
            summary = "The reviews in the log, the threshold to optimise, the active parameter set (none: the "
                    + "defaults), the set a revert goes back to, and every set fitted so far, newest first")
    OptimisationStatus status() {
        return optimiser.status();
    }

    @PostMapping("/api/review/parameters")
    @Operation(
            summary = "Fit the FSRS-6 parameters to the review log and schedule with them from now on (201); "
                    + "409 not-enough-reviews below the threshold")
    ResponseEntity<ParameterSetView> optimise() {
        ParameterSetView set = optimiser.optimise();
        return ResponseEntity.created(URI.create("/api/review/parameters/" + set.id()))
                .body(set);
    }

    @PostMapping("/api/review/parameters/{id}/activate")
    @Operation(summary = "Schedule with an earlier parameter set again")
    ParameterSetView activate(@PathVariable String id) {
        return optimiser.activate(id);
    }

    @PostMapping("/api/review/parameters/default/activate")
    @Operation(summary = "Schedule with the FSRS-6 default parameters again (the fitted sets are kept)")
    ResponseEntity<Void> activateDefaults() {
        optimiser.activateDefaults();
        return ResponseEntity.noContent().build();
    }
}
