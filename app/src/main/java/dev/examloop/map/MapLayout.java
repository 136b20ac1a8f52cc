package dev.examloop.map;

import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** The module's page in the navigation. */
@Component
class MapLayout implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(100, "Map", "/map"));
    }
}
