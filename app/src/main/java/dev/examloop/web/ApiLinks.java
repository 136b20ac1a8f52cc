package dev.examloop.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The shell's own link: the API description, present for tools but not shown. */
@Component
class ApiLinks implements LayoutContribution {
    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(1000, "API", "/swagger", true));
    }
}
