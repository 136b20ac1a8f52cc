package dev.examloop.review;

import dev.examloop.content.FlashcardDecks;
import dev.examloop.core.interchange.Bank;
import org.springframework.stereotype.Component;

/** The review deck as the content module's {@link FlashcardDecks}: Anki decks from the Import page. */
@Component
class AnkiDeckImports implements FlashcardDecks {
    private final AnkiDecks decks;

    AnkiDeckImports(AnkiDecks decks) {
        this.decks = decks;
    }

    @Override
    public Added add(String fileName, Bank deck) {
        AnkiDecks.Summary summary = decks.importDeck(fileName, deck);
        return new Added(summary.cards(), summary.reviews());
    }
}
