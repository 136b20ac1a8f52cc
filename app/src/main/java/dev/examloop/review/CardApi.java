package dev.examloop.review;

import dev.examloop.common.ClientProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The REST API of cards, the board, the review queue and reviews. */
@RestController
@Tag(name = "Review", description = "Cards, the review board, the daily queue and FSRS reviews")
class CardApi {
    private final Cards cards;
    private final ReviewLogs logs;
    private final ReviewLogImports imports;

    CardApi(Cards cards, ReviewLogs logs, ReviewLogImports imports) {
        this.imports = imports;
        this.cards = cards;
        this.logs = logs;
    }

    @GetMapping(value = "/api/review/log.csv", produces = "text/csv")
    @Operation(
            summary =
                    "The review log as FSRS CSV: card_id,review_time,review_rating,review_state,review_duration (epoch ms)")
    ResponseEntity<String> exportLog() {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"examloop-revlog.csv\"")
                .contentType(
                        new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(logs.exportCsv());
    }

    @PostMapping(
            value = "/api/review/log",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary =
                    "Import a review log in FSRS CSV; a file with any problem is refused whole (400 naming each line). "
                            + "Up to 10,000 rows: 200 with what was imported; more: 202 with a job to follow at "
                            + "/api/review/log/imports/{id} (written in the background, in short transactions)")
    ResponseEntity<?> importLog(@RequestBody String csv) {
        return switch (imports.importCsv("request body", csv == null ? "" : csv)) {
            case ReviewLogImports.Started.Imported done -> ResponseEntity.ok(done.summary());
            case ReviewLogImports.Started.InBackground started ->
                ResponseEntity.accepted()
                        .location(URI.create(
                                "/api/review/log/imports/" + started.job().id()))
                        .body(started.job());
        };
    }

    @GetMapping("/api/review/log/imports")
    @Operation(summary = "The review-log imports since the server started, newest first")
    List<ReviewLogImports.ImportJob> imports() {
        return imports.jobs();
    }

    @GetMapping("/api/review/log/imports/{id}")
    @Operation(summary = "A review-log import: running (with the reviews written so far), done or failed")
    ReviewLogImports.ImportJob importJob(@PathVariable String id) {
        return imports.job(id);
    }

    record CardBody(
            String title,
            String topic,
            String domainId,
            List<String> tags,
            List<String> links,
            String note,
            Integer confidence) {}

    record UpdateBody(String workflow, Integer confidence) {}

    record ReviewBody(Integer rating, Long durationMs) {}

    @GetMapping("/api/cards")
    @Operation(summary = "The board: cards weakest first, filtered by domain, zone (red, yellow, green) and tag")
    List<CardView> board(
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) String tag) {
        return cards.board(domain, zone, tag);
    }

    @PostMapping("/api/cards")
    @Operation(summary = "Create a card by hand")
    ResponseEntity<CardView> create(@RequestBody CardBody body) {
        if (body == null) {
            throw ClientProblem.badRequest("a JSON body is required: {\"title\":\"…\"}", List.of());
        }
        CardView card = cards.create(new NewCard(
                body.title(),
                body.topic(),
                body.domainId(),
                body.tags(),
                body.links(),
                body.note(),
                body.confidence()));
        return ResponseEntity.created(URI.create("/api/cards/" + card.id())).body(card);
    }

    @GetMapping("/api/cards/{id}")
    @Operation(summary = "A card with its history, zone and memory state")
    CardView get(@PathVariable String id) {
        return cards.get(id);
    }

    @PatchMapping("/api/cards/{id}")
    @Operation(summary = "Move a card to a board column (to-study, reviewing, mastered) and/or set its confidence")
    CardView update(@PathVariable String id, @RequestBody UpdateBody body) {
        if (body == null) {
            throw ClientProblem.badRequest("a JSON body is required: {\"workflow\":\"reviewing\"}", List.of());
        }
        return cards.update(id, body.workflow(), body.confidence());
    }

    @GetMapping("/api/review/queue")
    @Operation(
            summary =
                    "Today's queue (red, due, new up to the daily limit), or with everything=true the whole board weakest first")
    QueueView queue(@RequestParam(defaultValue = "false") boolean everything) {
        return everything ? cards.everything() : cards.queue();
    }

    @GetMapping("/api/cards/{id}/prompt")
    @Operation(summary = "What to recall for a card, with the next interval of each rating")
    ReviewPrompt prompt(@PathVariable String id) {
        return cards.prompt(id);
    }

    @PostMapping("/api/cards/{id}/reviews")
    @Operation(summary = "Review a card: rating 1 Again, 2 Hard, 3 Good, 4 Easy; the card is rescheduled with FSRS-6")
    CardView review(@PathVariable String id, @RequestBody ReviewBody body) {
        if (body == null || body.rating() == null) {
            throw ClientProblem.badRequest(
                    "rating is required: 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)", List.of("rating"));
        }
        return cards.review(id, body.rating(), body.durationMs());
    }

    @GetMapping("/api/review/settings")
    @Operation(summary = "Desired retention, new cards per day, and whether missed questions get cards of their own")
    ReviewSettings settings() {
        return cards.settings();
    }

    @PutMapping("/api/review/settings")
    @Operation(summary = "Change the review settings")
    ReviewSettings saveSettings(@RequestBody ReviewSettings settings) {
        if (settings == null) {
            throw ClientProblem.badRequest("a JSON body is required", List.of());
        }
        return cards.saveSettings(settings);
    }
}
