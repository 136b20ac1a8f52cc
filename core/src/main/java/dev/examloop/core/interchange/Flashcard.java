package dev.examloop.core.interchange;

import java.util.List;

/**
 * A note of a flashcard deck (Anki): it becomes a review card, not a pack question.
 *
 * @param sourceId the note's or card's id in the deck (an Anki card id), used to attach its review history; 0 when
 *     the input has none
 */
public record Flashcard(int line, long sourceId, String front, String back, List<String> tags) {
    public Flashcard {
        tags = List.copyOf(tags);
    }
}
