package dev.examloop.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the page the modules agree on (Today once a goal is set, else the exams). */
@Controller
class Home {
    private final List<LayoutContribution> contributions;

    Home(List<LayoutContribution> contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/")
    String home() {
        return contributions.stream()
                .map(LayoutContribution::startPage)
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(StartPage::rank))
                .map(start -> (start.redirect() ? "redirect:" : "forward:") + start.path())
                .orElse("forward:/exams");
    }
}
