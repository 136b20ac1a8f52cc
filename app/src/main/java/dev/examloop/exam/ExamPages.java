package dev.examloop.exam;

import dev.examloop.common.ClientProblem;
import dev.examloop.content.CatalogEntry;
import dev.examloop.content.PackCatalog;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the simulator. Every form works without JavaScript (a post, then a redirect); with htmx the
 * answer form saves on every change and only the save status and the navigator are redrawn.
 */
@Controller
class ExamPages {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH);

    private final Attempts attempts;
    private final PackCatalog catalog;
    private final Clock clock;

    ExamPages(Attempts attempts, PackCatalog catalog, Clock clock) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/exams")
    String exams(Model model) {
        List<CatalogEntry> broken =
                catalog.entries().stream().filter(e -> !e.loaded()).toList();
        List<AttemptSummary> inProgress = attempts.history().stream()
                .filter(a -> "in_progress".equals(a.status()))
                .toList();
        model.addAttribute("model", new ExamsPage(catalog.packs(), broken, inProgress, ZoneId.systemDefault()));
        return "exam/exams";
    }

    @PostMapping("/attempts")
    String start(
            @RequestParam String pack,
            @RequestParam String mode,
            @RequestParam(required = false) Integer count,
            @RequestParam(required = false) List<String> domains) {
        AttemptView view = attempts.start(new StartAttempt(pack, Mode.of(mode), count, domains));
        return "redirect:/attempts/" + view.id() + "/q/1";
    }

    @GetMapping("/attempts/{id}")
    String resume(@PathVariable String id, @RequestParam(required = false) String locked) {
        AttemptView view = attempts.get(id);
        if (!view.inProgress()) {
            return "redirect:/attempts/" + id + "/result";
        }
        if (locked != null) {
            // The exam lock sent the learner here from another page: the question page says why.
            int current = view.items().stream()
                    .filter(i -> !i.answered())
                    .map(AttemptView.ItemStatus::n)
                    .findFirst()
                    .orElse(1);
            return "redirect:/attempts/" + id + "/q/" + current + "?locked=1";
        }
        int first = view.items().stream()
                .filter(i -> !i.answered())
                .map(AttemptView.ItemStatus::n)
                .findFirst()
                .orElse(1);
        return "redirect:/attempts/" + id + "/q/" + first;
    }

    @GetMapping("/attempts/{id}/q/{n}")
    String question(
            @PathVariable String id,
            @PathVariable int n,
            @RequestParam(required = false) String locked,
            Model model,
            HttpServletResponse response) {
        noStore(response);
        if (!attempts.get(id).inProgress()) {
            return "redirect:/attempts/" + id + "/result";
        }
        QuestionView question = attempts.question(id, n);
        String withheld = locked == null
                ? null
                : attempts.runningExam().map(RunningExam::reason).orElse(null);
        model.addAttribute("page", new QuestionPage(attempts.get(id), question, withheld));
        return "exam/question";
    }

    /**
     * Saves what the form sent. With JavaScript, {@code part} says which control changed (answer, flag, guess),
     * and only that is saved, so that a second tab cannot put back an older answer; without it, all of it.
     */
    @PostMapping("/attempts/{id}/q/{n}")
    String save(
            @PathVariable String id,
            @PathVariable int n,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        AttemptView before = attempts.get(id);
        if (!before.inProgress()) {
            if (htmx != null) {
                response.setHeader("HX-Redirect", "/attempts/" + id + "/result");
                return "exam/empty";
            }
            return "redirect:/attempts/" + id + "/result";
        }
        QuestionView question = attempts.question(id, n);
        String part = form.getFirst("part");
        boolean all = part == null || part.isBlank();
        List<String> selected =
                question.checked() || !(all || "answer".equals(part)) ? null : selectedFrom(question, form);
        Boolean flagged = (all || "flag".equals(part)) ? form.containsKey("flagged") : null;
        Boolean guessed = (all || "guess".equals(part)) ? form.containsKey("guessed") : null;
        attempts.answer(id, n, new AnswerCommand(selected, flagged, guessed));
        if (htmx != null) {
            model.addAttribute("attempt", attempts.get(id));
            model.addAttribute("current", n);
            model.addAttribute(
                    "message",
                    "Saved at "
                            + DateTimeFormatter.ofPattern("HH:mm:ss")
                                    .withZone(ZoneId.systemDefault())
                                    .format(clock.instant()));
            return "exam/saved";
        }
        String go = form.getFirst("go");
        if ("review".equals(go)) {
            return "redirect:/attempts/" + id + "/review";
        }
        if ("check".equals(go)) {
            attempts.check(id, n);
            return "redirect:/attempts/" + id + "/q/" + n;
        }
        if (go != null && go.matches("[0-9]{1,4}")) {
            return "redirect:/attempts/" + id + "/q/" + Math.max(1, Math.min(question.total(), Integer.parseInt(go)));
        }
        int target = "next".equals(go) ? Math.min(n + 1, question.total()) : "prev".equals(go) ? Math.max(1, n - 1) : n;
        return "redirect:/attempts/" + id + "/q/" + target;
    }

    @PostMapping("/attempts/{id}/q/{n}/check")
    String check(@PathVariable String id, @PathVariable int n) {
        attempts.check(id, n);
        return "redirect:/attempts/" + id + "/q/" + n;
    }

    @GetMapping("/attempts/{id}/review")
    String review(@PathVariable String id, Model model, HttpServletResponse response) {
        noStore(response);
        AttemptView view = attempts.leaveQuestions(id);
        if (!view.inProgress()) {
            return "redirect:/attempts/" + id + "/result";
        }
        model.addAttribute("attempt", view);
        return "exam/review";
    }

    @PostMapping("/attempts/{id}/submit")
    String submit(@PathVariable String id) {
        attempts.submit(id);
        return "redirect:/attempts/" + id + "/result";
    }

    /** Gives the attempt up: not scored, no result; the rest of the app opens again. */
    @PostMapping("/attempts/{id}/abandon")
    String abandon(@PathVariable String id) {
        attempts.abandon(id);
        return "redirect:/history";
    }

    @GetMapping("/attempts/{id}/result")
    String result(@PathVariable String id, Model model) {
        AttemptView view = attempts.get(id);
        if (view.inProgress()) {
            return "redirect:/attempts/" + id + "/review";
        }
        if (view.abandoned()) {
            return "redirect:/history";
        }
        model.addAttribute("result", attempts.result(id));
        return "exam/result";
    }

    @GetMapping("/history")
    String history(Model model) {
        List<AttemptSummary> all = attempts.history();
        model.addAttribute("attempts", all);
        model.addAttribute("charts", Charts.trendsByPack(all));
        Function<Instant, String> when =
                instant -> WHEN.withZone(ZoneId.systemDefault()).format(instant);
        model.addAttribute("when", when);
        return "exam/history";
    }

    /** Exam pages show a moment of a running attempt: never serve them from a cache (back button, shared machine). */
    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }

    /** The response in the API's shape from the form's fields. */
    static List<String> selectedFrom(QuestionView question, MultiValueMap<String, String> form) {
        return switch (question.type()) {
            case "single", "multiple" -> form.getOrDefault("selected", List.of());
            case "ordering" -> {
                List<Map.Entry<String, Integer>> positions = new ArrayList<>();
                for (QuestionView.Choice option : question.options()) {
                    String value = form.getFirst("order_" + option.id());
                    if (value != null && !value.isBlank()) {
                        try {
                            positions.add(Map.entry(option.id(), Integer.parseInt(value)));
                        } catch (NumberFormatException e) {
                            throw ClientProblem.badRequest(
                                    "position '" + value + "' of step " + option.id() + " is not a number",
                                    List.of("order_" + option.id()));
                        }
                    }
                }
                if (positions.stream().map(Map.Entry::getValue).distinct().count() < positions.size()) {
                    throw ClientProblem.badRequest(
                            "two steps have the same position; give each step its own place", List.of("order"));
                }
                positions.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
                yield positions.stream().map(Map.Entry::getKey).toList();
            }
            case "matching" ->
                question.options().stream()
                        .filter(o -> form.getFirst("match_" + o.id()) != null
                                && !form.getFirst("match_" + o.id()).isBlank())
                        .map(o -> o.id() + ":" + form.getFirst("match_" + o.id()))
                        .toList();
            default -> throw new IllegalStateException("unknown question type " + question.type());
        };
    }
}
