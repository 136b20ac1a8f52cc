package dev.examloop.notes;

import java.time.Instant;
import java.util.List;

/**
 * A note as it is shown.
 *
 * @param html the body rendered and sanitised: safe to put in a page as it is
 * @param links what the note links to
 * @param backlinks the other notes that link to this one
 */
public record NoteView(
        String id,
        long number,
        String title,
        String body,
        String html,
        String domainId,
        List<String> tags,
        List<LinkView> links,
        List<LinkView> backlinks,
        Instant createdAt,
        Instant updatedAt) {}
