package dev.examloop.core.pack;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A learning resource a pack recommends (its {@code resources.yaml}): official guides, courses and the like,
 * with section names and an estimated duration per section. Titles, links and section names only.
 *
 * @param type one of {@link #TYPES}
 * @param domains the blueprint domains it serves (empty: all)
 */
public record StarterResource(
        String type, String title, String url, List<String> domains, List<String> tags, List<Section> sections) {
    /** The kinds of resource. */
    public static final List<String> TYPES =
            List.of("course", "video-series", "documentation-guide", "whitepaper", "faq", "practice-tests", "lab");

    public StarterResource {
        domains = List.copyOf(domains);
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    /**
     * One section or chapter.
     *
     * @param minutes an estimate of the time it takes
     * @param domain the domain it serves, or {@code null} for the resource's domains
     */
    public record Section(
            String title, int minutes, @Nullable String domain) {}
}
