package dev.examloop.planner;

import dev.examloop.web.HeaderFragment;
import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import dev.examloop.web.StartPage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The planner's pages in the navigation, the exam countdown in every page's header ({@code /countdown}), and
 * Today as the start page once a goal is set.
 */
@Component
class PlannerLayout implements LayoutContribution {
    private final Goals goals;

    PlannerLayout(Goals goals) {
        this.goals = goals;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(10, "Today", "/today"),
                new NavigationEntry(20, "Plan", "/plan"),
                new NavigationEntry(80, "Resources", "/resources"));
    }

    @Override
    public List<HeaderFragment> header() {
        return List.of(new HeaderFragment("countdown-slot", "/countdown", "load, every 60s"));
    }

    @Override
    public Optional<StartPage> startPage() {
        return goals.active().isPresent() ? Optional.of(StartPage.redirect(10, "/today")) : Optional.empty();
    }
}
