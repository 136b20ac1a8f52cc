package dev.examloop.planner;

import java.util.List;

/**
 * A learning resource with its sections and the learner's progress.
 *
 * @param packCode the pack whose starter list it came from, or {@code null} when added by hand
 */
public record ResourceView(
        String id,
        String type,
        String title,
        String url,
        List<String> domains,
        List<String> tags,
        String packCode,
        List<Section> sections) {

    public long done() {
        return sections.stream().filter(s -> s.status().equals("done")).count();
    }

    /**
     * A section.
     *
     * @param status {@code not-started}, {@code in-progress}, {@code done} or {@code revisit}
     * @param returns how many times the learner came back to it after finishing it or marking it for a revisit
     */
    public record Section(
            String id,
            String resourceId,
            String resourceTitle,
            int position,
            String title,
            int minutes,
            String domainId,
            String status,
            int returns) {}
}
