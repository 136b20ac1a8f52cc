package dev.examloop.review;

import dev.examloop.web.LayoutContribution;
import dev.examloop.web.NavigationEntry;
import java.util.List;
import org.springframework.stereotype.Component;

/** The board and the review session in the navigation. */
@Component
class ReviewLayout implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(50, "Board", "/board"), new NavigationEntry(60, "Review", "/review"));
    }
}
