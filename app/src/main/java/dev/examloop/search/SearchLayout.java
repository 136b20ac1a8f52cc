package dev.examloop.search;

import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** The module's page in the navigation. */
@Component
class SearchLayout implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(110, "Search", "/search"));
    }
}
