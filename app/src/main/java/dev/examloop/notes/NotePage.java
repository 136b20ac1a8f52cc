package dev.examloop.notes;

import java.util.List;

/**
 * What the note editor shows: the note being written (new when {@code id} is null) with its fields as text.
 *
 * @param tags the tags separated by spaces or commas
 * @param links the links given as {@code kind:id}, one a line
 */
public record NotePage(
        String id,
        String title,
        String body,
        String domainId,
        String tags,
        String links,
        List<String> knownTags,
        int maxImageMb) {
    public boolean isNew() {
        return id == null;
    }
}
