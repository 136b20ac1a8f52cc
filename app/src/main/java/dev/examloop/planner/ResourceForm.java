package dev.examloop.planner;

import java.util.List;

/** A learning resource as a learner adds it. */
public record ResourceForm(
        String type, String title, String url, List<String> domains, List<String> tags, List<Section> sections) {
    /** A section or chapter; {@code minutes} is the learner's estimate. */
    public record Section(String title, Integer minutes, String domain) {}
}
