package dev.examloop.core.interchange;

import java.util.List;

/**
 * What reading a file gave: the questions Examloop can hold, those it skipped and why, and, for a flashcard deck,
 * its notes and their review history.
 */
public record Bank(
        Format format,
        List<ImportedQuestion> questions,
        List<Skipped> skipped,
        List<Flashcard> flashcards,
        List<DeckReview> reviews) {
    public Bank {
        questions = List.copyOf(questions);
        skipped = List.copyOf(skipped);
        flashcards = List.copyOf(flashcards);
        reviews = List.copyOf(reviews);
    }

    public Bank(Format format, List<ImportedQuestion> questions, List<Skipped> skipped) {
        this(format, questions, skipped, List.of(), List.of());
    }

    /**
     * One review of a flashcard in the deck's history (an Anki revlog row).
     *
     * @param cardSourceId the {@link Flashcard#sourceId()} of the reviewed card
     * @param rating 1 (again) to 4 (easy)
     * @param durationMillis time spent answering, or -1 when unknown
     */
    public record DeckReview(long cardSourceId, long epochMillis, int rating, long durationMillis) {}
}
