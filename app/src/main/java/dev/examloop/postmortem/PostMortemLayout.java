package dev.examloop.postmortem;

import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** The module's page in the navigation. */
@Component
class PostMortemLayout implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(70, "Log a mock", "/external"));
    }
}
