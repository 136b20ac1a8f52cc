package dev.examloop.web;

import java.util.List;
import java.util.Optional;

/**
 * What a feature module adds to the layout shared by every page: its navigation links, a fragment of the
 * header, and an offer for the start page. The web module knows these only through this interface, so the
 * shell imports no feature module; each module contributes one bean implementing it.
 */
public interface LayoutContribution {
    /** The module's links in the main navigation. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }

    /** The module's slots in the page header. */
    default List<HeaderFragment> header() {
        return List.of();
    }

    /** Where {@code /} should lead for the current learner, if this module has a say now. */
    default Optional<StartPage> startPage() {
        return Optional.empty();
    }
}
