package dev.examloop.planner;

import dev.examloop.common.ClientProblem;
import dev.examloop.content.PackCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The Today page, the plan, the goal form, the library of resources and the countdown of every page. */
@Controller
class PlannerPages {
    private final Goals goals;
    private final Plans plans;
    private final Resources resources;
    private final PackCatalog catalog;
    private final CalendarAddress calendarAddress;

    PlannerPages(Goals goals, Plans plans, Resources resources, PackCatalog catalog, CalendarAddress calendarAddress) {
        this.goals = goals;
        this.plans = plans;
        this.resources = resources;
        this.catalog = catalog;
        this.calendarAddress = calendarAddress;
    }

    @GetMapping("/today")
    String today(Model model) {
        var today = plans.today();
        if (today.isEmpty()) {
            return "redirect:/goal";
        }
        model.addAttribute("today", today.get());
        return "planner/today";
    }

    @GetMapping("/plan")
    String plan(Model model) {
        var plan = plans.current();
        if (plan.isEmpty()) {
            return "redirect:/goal";
        }
        model.addAttribute("plan", plan.get());
        CalendarAddress.Address address = calendarAddress.of(plan.get().goal().calendarPath());
        model.addAttribute("calendarUrl", address.url());
        model.addAttribute("calendarLocalOnly", address.thisComputerOnly());
        return "planner/plan";
    }

    @GetMapping("/goal")
    String goal(Model model) {
        model.addAttribute(
                "page", page(goals.active().map(PlannerPages::values).orElseGet(PlannerPages::defaults), List.of()));
        return "planner/goal";
    }

    @PostMapping("/goal")
    String setGoal(@RequestParam MultiValueMap<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        Map<String, Double> weekdays = new LinkedHashMap<>();
        for (String day : Goals.WEEKDAYS) {
            String value = form.getFirst("h_" + day);
            if (value != null && !value.isBlank()) {
                try {
                    weekdays.put(day, Double.parseDouble(value.strip()));
                } catch (NumberFormatException e) {
                    problems.add("weekdayHours." + day + ": '" + value + "' is not a number of hours");
                }
            }
        }
        String daysOff = form.getFirst("daysOff");
        Integer window = null;
        String windowText = form.getFirst("finalWindowHours");
        if (windowText != null && !windowText.isBlank()) {
            try {
                window = Integer.parseInt(windowText.strip());
            } catch (NumberFormatException e) {
                problems.add("finalWindowHours: '" + windowText + "' is not a whole number of hours");
            }
        }
        if (!problems.isEmpty()) {
            return goalWithProblems(form, problems, model);
        }
        GoalForm goal = new GoalForm(
                form.getFirst("pack"),
                form.getFirst("examDate"),
                form.getFirst("examTime"),
                form.getFirst("timeZone"),
                null,
                weekdays,
                daysOff == null || daysOff.isBlank()
                        ? List.of()
                        : Arrays.stream(daysOff.split("[,\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                window);
        try {
            goals.set(goal);
            return "redirect:/today";
        } catch (ClientProblem problem) {
            return goalWithProblems(
                    form, problem.details().isEmpty() ? List.of(problem.getMessage()) : problem.details(), model);
        }
    }

    private String goalWithProblems(MultiValueMap<String, String> form, List<String> problems, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.getFirst()));
        model.addAttribute("page", page(values, problems));
        return "planner/goal";
    }

    @PostMapping("/goal/{id}/archive")
    String archive(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        String score = form.getFirst("score");
        Integer points = null;
        try {
            points = score == null || score.isBlank() ? null : Integer.valueOf(score.strip());
        } catch (NumberFormatException e) {
            model.addAttribute(
                    "page",
                    page(
                            goals.active().map(PlannerPages::values).orElseGet(PlannerPages::defaults),
                            List.of("score: '" + score
                                    + "' is not a whole number (the scaled score, for example 812)")));
            return "planner/goal";
        }
        try {
            goals.archive(id, form.getFirst("outcome"), points);
        } catch (ClientProblem problem) {
            model.addAttribute(
                    "page",
                    page(
                            goals.active().map(PlannerPages::values).orElseGet(PlannerPages::defaults),
                            problem.details().isEmpty() ? List.of(problem.getMessage()) : problem.details()));
            return "planner/goal";
        }
        return "redirect:/goal";
    }

    /** Starts a block and goes to where its work is done (a path the plan made, never one from the request). */
    @PostMapping("/blocks/start")
    String start(@RequestParam String key) {
        BlockView block = plans.start(key);
        return "redirect:" + (block.link() != null ? block.link() : "/today");
    }

    @PostMapping("/blocks/pause")
    String pause(@RequestParam String key) {
        plans.pause(key);
        return "redirect:/today";
    }

    @PostMapping("/blocks/finish")
    String finish(@RequestParam String key) {
        plans.finish(key);
        return "redirect:/today";
    }

    @GetMapping("/resources")
    String resources(Model model) {
        model.addAttribute("resources", resources.list());
        return "planner/resources";
    }

    @PostMapping("/resources")
    String addResource(
            @RequestParam String type,
            @RequestParam String title,
            @RequestParam String url,
            @RequestParam(required = false) String domain,
            @RequestParam(required = false) String tags,
            @RequestParam String sections) {
        List<ResourceForm.Section> list = new ArrayList<>();
        for (String line : sections.split("\\R", -1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            Integer minutes = null;
            if (parts.length > 1 && !parts[1].isBlank()) {
                try {
                    minutes = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    minutes = -1;
                }
            }
            list.add(new ResourceForm.Section(parts[0].strip(), minutes == null ? 30 : minutes, domain));
        }
        resources.create(new ResourceForm(
                type,
                title,
                url,
                domain == null || domain.isBlank() ? List.of() : List.of(domain),
                tags == null || tags.isBlank()
                        ? List.of()
                        : Arrays.stream(tags.split(","))
                                .map(String::strip)
                                .filter(t -> !t.isEmpty())
                                .toList(),
                list));
        return "redirect:/resources";
    }

    @PostMapping("/sections/{id}/status")
    String sectionStatus(@PathVariable String id, @RequestParam String status) {
        resources.setStatus(id, status);
        return "redirect:/resources#section-" + id;
    }

    @GetMapping(value = "/countdown", produces = "text/html")
    @ResponseBody
    String countdown() {
        return goals.countdown()
                .map(c -> "<a class=\"goal-countdown" + (c.days() < 3 ? " low" : "") + "\" href=\"/today\" "
                        + "title=\"Exam at " + c.examAt() + "\">"
                        + org.springframework.web.util.HtmlUtils.htmlEscape(c.text()) + "</a>")
                .orElse("<a class=\"goal-countdown none\" href=\"/goal\">Set an exam date</a>");
    }

    private GoalPage page(Map<String, String> values, List<String> problems) {
        return new GoalPage(
                goals.active().orElse(null),
                values,
                problems,
                goals.list().stream().filter(g -> !g.active()).toList(),
                catalog.packs().stream().map(p -> p.code()).toList());
    }

    private static Map<String, String> values(GoalView goal) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("pack", goal.pack());
        values.put("examDate", goal.examDate());
        values.put("examTime", goal.examTime());
        values.put("timeZone", goal.timeZone());
        goal.weekdayMinutes()
                .forEach((day, m) ->
                        values.put("h_" + day, m % 60 == 0 ? String.valueOf(m / 60) : String.valueOf(m / 60.0)));
        values.put("daysOff", String.join(", ", goal.daysOff()));
        values.put("finalWindowHours", String.valueOf(goal.finalWindowHours()));
        return values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("examTime", "09:00");
        values.put("timeZone", java.time.ZoneId.systemDefault().getId());
        for (String day : Goals.WEEKDAYS) {
            values.put("h_" + day, day.startsWith("s") ? "6" : "4");
        }
        values.put("finalWindowHours", "48");
        return values;
    }
}
