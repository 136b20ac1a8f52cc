package dev.examloop.review;

import dev.examloop.content.PackCatalog;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review board, the card page and the review session. */
@Controller
class ReviewPages {
    private final Cards cards;
    private final ScheduleOptimiser optimiser;
    private final PackCatalog catalog;
    private final WhatIf whatIf;

    ReviewPages(Cards cards, ScheduleOptimiser optimiser, PackCatalog catalog, WhatIf whatIf) {
        this.cards = cards;
        this.optimiser = optimiser;
        this.catalog = catalog;
        this.whatIf = whatIf;
    }

    /** The workload simulator: the coming days at a desired retention or with the exam-day plan. */
    @GetMapping("/review/what-if")
    String whatIf(
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String retention,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String exam,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        WhatIfView view = whatIf.simulate(mode, retention, minutes, exam);
        if (!view.problems().isEmpty()) {
            response.setStatus(400);
        }
        model.addAttribute("whatIf", view);
        return "review/what-if";
    }

    @GetMapping("/board")
    String board(
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) String tag,
            Model model) {
        String z = zone == null || zone.isBlank() ? null : zone;
        model.addAttribute(
                "board",
                new BoardPage(
                        cards.board(domain, z, tag),
                        domain,
                        z,
                        tag,
                        catalog.packs().stream()
                                .flatMap(p -> p.blueprint().domains().stream())
                                .map(d -> new BoardPage.DomainOption(d.id(), d.title()))
                                .distinct()
                                .toList(),
                        cards.settings(),
                        optimiser.status()));
        return "review/board";
    }

    /** The exams page's reminder of today's reviews (an htmx fragment; empty when nothing waits). */
    @GetMapping("/review/reminder")
    String reminder(Model model) {
        QueueView queue = cards.queue();
        model.addAttribute("cards", queue.items().size());
        model.addAttribute("red", queue.red());
        return "review/reminder";
    }

    @PostMapping("/cards")
    String create(
            @RequestParam String title,
            @RequestParam(required = false) String domainId,
            @RequestParam(required = false) String links,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer confidence) {
        List<String> linkList = links == null
                ? List.of()
                : Arrays.stream(links.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
        CardView card = cards.create(new NewCard(
                title,
                null,
                domainId == null || domainId.isBlank() ? null : domainId,
                List.of(),
                linkList,
                note,
                confidence));
        return "redirect:/board#card-" + card.number();
    }

    @PostMapping("/cards/{id}/move")
    String move(
            @PathVariable String id,
            @RequestParam String workflow,
            @RequestParam(required = false, defaultValue = "/board") String back) {
        cards.update(id, workflow, null);
        return "redirect:" + (back.startsWith("/board") ? back : "/board");
    }

    @PostMapping("/review/settings")
    String settings(
            @RequestParam double desiredRetention,
            @RequestParam int newCardsPerDay,
            @RequestParam(defaultValue = "false") boolean scheduleMissedQuestions) {
        cards.saveSettings(new ReviewSettings(desiredRetention, newCardsPerDay, scheduleMissedQuestions));
        return "redirect:/board";
    }

    @PostMapping("/review/optimise")
    String optimise() {
        optimiser.optimise();
        return "redirect:/board#optimise";
    }

    @PostMapping("/review/parameters/{id}/activate")
    String activate(@PathVariable String id) {
        if ("default".equals(id)) {
            optimiser.activateDefaults();
        } else {
            optimiser.activate(id);
        }
        return "redirect:/board#optimise";
    }

    @GetMapping("/cards/{id}")
    String card(@PathVariable String id, Model model) {
        model.addAttribute("prompt", cards.prompt(id));
        return "review/card";
    }

    @GetMapping("/review")
    String review(
            @RequestParam(defaultValue = "false") boolean everything,
            @RequestParam(defaultValue = "false") boolean reveal,
            @RequestParam(required = false) String card,
            Model model) {
        QueueView queue = everything ? cards.everything() : cards.queue();
        ReviewPrompt prompt = null;
        if (card != null) {
            prompt = cards.prompt(card);
        } else if (!queue.items().isEmpty()) {
            prompt = cards.prompt(queue.items().get(0).card().id());
        }
        model.addAttribute("session", new ReviewSession(queue, prompt, reveal, everything));
        return "review/session";
    }

    @PostMapping("/review/{id}")
    String rate(
            @PathVariable String id,
            @RequestParam int rating,
            @RequestParam(required = false) Long durationMs,
            @RequestParam(defaultValue = "false") boolean everything) {
        cards.review(id, rating, durationMs);
        return "redirect:/review" + (everything ? "?everything=true" : "");
    }
}
