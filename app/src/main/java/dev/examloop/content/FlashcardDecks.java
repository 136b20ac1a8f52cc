package dev.examloop.content;

import dev.examloop.core.interchange.Bank;

/**
 * Where an imported flashcard deck (Anki notes, an {@code .apkg} with its review history) goes: the review module
 * implements it, so that the Import page of this module can hand a deck on without depending on the module above it.
 */
public interface FlashcardDecks {
    /** What adding a deck did: the cards made and the reviews of their history added to the review log. */
    record Added(int cards, int reviews) {}

    /**
     * Adds every note of {@code deck} as a card of the current account, and its history to the review log, in one
     * transaction. A note that cannot be a card refuses the whole deck ({@code dev.examloop.common.ClientProblem}).
     */
    Added add(String fileName, Bank deck);
}
