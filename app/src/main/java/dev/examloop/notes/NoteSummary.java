package dev.examloop.notes;

import java.time.Instant;
import java.util.List;

/** A note in a list. */
public record NoteSummary(
        String id, long number, String title, String domainId, List<String> tags, Instant updatedAt) {}
