package dev.examloop.postmortem;

import dev.examloop.content.PackCatalog;
import dev.examloop.exam.AttemptView;
import dev.examloop.exam.Attempts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The post-mortem page of an attempt and the form that logs a mock taken elsewhere. */
@Controller
class PostMortemPages {
    private final PostMortems postMortems;
    private final Attempts attempts;
    private final PackCatalog catalog;

    PostMortemPages(PostMortems postMortems, Attempts attempts, PackCatalog catalog) {
        this.postMortems = postMortems;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    /**
     * The post-mortem of a submitted attempt. An attempt that has none yet, or never will, sends the learner where
     * the result page does (its review to submit it, or the history for an abandoned one) rather than to an error
     * page: the API keeps answering 409 for both.
     */
    @GetMapping("/attempts/{id}/postmortem")
    String page(@PathVariable String id, Model model) {
        AttemptView attempt = attempts.get(id);
        if (attempt.inProgress()) {
            return "redirect:/attempts/" + id + "/review";
        }
        if (attempt.abandoned()) {
            return "redirect:/history";
        }
        model.addAttribute("view", postMortems.forAttempt(id));
        return "postmortem/page";
    }

    @PostMapping("/attempts/{id}/postmortem/{n}")
    String save(@PathVariable String id, @PathVariable int n, @RequestParam MultiValueMap<String, String> form) {
        List<String> links = Arrays.stream(
                        String.valueOf(form.getFirst("links")).split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("null"))
                .toList();
        Integer confidence = parse(form.getFirst("confidence"));
        postMortems.save(
                id,
                n,
                new EntryForm(
                        form.getFirst("explanation"),
                        form.getFirst("domainId"),
                        form.getFirst("topic"),
                        links,
                        confidence));
        PostMortemView view = postMortems.forAttempt(id);
        int next = view.items().stream()
                .filter(i -> !i.written())
                .map(PostMortemView.Item::n)
                .findFirst()
                .orElse(n);
        return "redirect:/attempts/" + id + "/postmortem#pm-" + next;
    }

    @GetMapping("/external")
    String external(Model model) {
        model.addAttribute("packs", catalog.packs());
        model.addAttribute("logged", postMortems.externals());
        return "postmortem/external";
    }

    @PostMapping("/external")
    String logExternal(@RequestParam MultiValueMap<String, String> form) {
        String pack = form.getFirst("pack");
        List<ExternalAttemptForm.DomainScore> domains = new ArrayList<>();
        catalog.find(pack == null ? "" : pack)
                .ifPresent(p -> p.blueprint().domains().forEach(d -> {
                    String value = form.getFirst("domain_" + d.id());
                    if (value != null && !value.isBlank()) {
                        domains.add(new ExternalAttemptForm.DomainScore(d.id(), parseDouble(value)));
                    }
                }));
        List<ExternalAttemptForm.MissedTopic> missed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String topic = form.getFirst("missed_" + i + "_topic");
            if (topic == null || topic.isBlank()) {
                continue;
            }
            missed.add(new ExternalAttemptForm.MissedTopic(
                    topic,
                    form.getFirst("missed_" + i + "_domain"),
                    form.getFirst("missed_" + i + "_concept"),
                    form.getFirst("missed_" + i + "_explanation"),
                    form.getFirst("missed_" + i + "_link"),
                    parse(form.getFirst("missed_" + i + "_confidence"))));
        }
        postMortems.logExternal(new ExternalAttemptForm(
                pack,
                form.getFirst("source"),
                form.getFirst("takenOn"),
                parseDouble(form.getFirst("scorePercent")),
                domains,
                missed));
        return "redirect:/board";
    }

    private static Integer parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null; // reported by the validation as "must be from 1 to 5, was null"
        }
    }

    private static Double parseDouble(String value) {
        try {
            return value == null || value.isBlank()
                    ? null
                    : Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
