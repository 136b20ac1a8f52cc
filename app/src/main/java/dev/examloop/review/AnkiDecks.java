package dev.examloop.review;

import dev.examloop.common.ClientProblem;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Flashcard;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Anki deck into the review deck: each note becomes a card (its front the title, its back the note, its tags
 * kept), and the deck's review history, if any, is added to the review log and replayed through FSRS to schedule the
 * cards, as {@code revlog import} does. All in one transaction: a deck that fails anywhere adds nothing.
 */
@Service
public class AnkiDecks {
    private static final int MAX_TITLE = 200;

    private final Cards cards;
    private final ReviewLogs logs;

    public AnkiDecks(Cards cards, ReviewLogs logs) {
        this.cards = cards;
        this.logs = logs;
    }

    /** What importing a deck did. */
    public record Summary(int cards, int reviews, int reviewsSkipped) {}

    @Transactional
    public Summary importDeck(String fileName, Bank deck) {
        Map<Long, Long> numberOfSource = new HashMap<>();
        Set<String> topics = new HashSet<>();
        for (Flashcard card : deck.flashcards()) {
            String title = oneLine(card.front());
            String topic = uniqueTopic("anki-" + slug(title), topics);
            List<String> tags = card.tags().stream()
                    .map(AnkiDecks::slug)
                    .filter(t -> !t.isEmpty())
                    .distinct()
                    .toList();
            CardView made;
            try {
                made = cards.create(new NewCard(
                        title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title,
                        topic,
                        null,
                        tags,
                        List.of(),
                        card.front().equals(title) ? card.back() : card.front() + "\n\n---\n\n" + card.back(),
                        3));
            } catch (ClientProblem problem) {
                throw ClientProblem.badRequest(
                        fileName + ":" + card.line() + ": " + problem.getMessage() + "; nothing was imported",
                        List.of(fileName + ":" + card.line() + ": " + problem.getMessage()));
            }
            numberOfSource.put(card.sourceId(), made.number());
        }
        int skipped = 0;
        StringBuilder csv = new StringBuilder("card_id,review_time,review_rating,review_state,review_duration\n");
        int rows = 0;
        for (Bank.DeckReview review : deck.reviews()) {
            Long number = numberOfSource.get(review.cardSourceId());
            if (number == null) {
                skipped++;
                continue;
            }
            csv.append(number)
                    .append(',')
                    .append(review.epochMillis())
                    .append(',')
                    .append(review.rating())
                    .append(",,")
                    .append(review.durationMillis() < 0 ? "" : String.valueOf(review.durationMillis()))
                    .append('\n');
            rows++;
        }
        if (rows > 0) {
            logs.importCsv(fileName + " (review history)", csv.toString());
        }
        return new Summary(deck.flashcards().size(), rows, skipped);
    }

    private static String oneLine(String text) {
        String line = String.join(" ", text.strip().split("\\s+"));
        return line.isEmpty() ? "Anki note" : line;
    }

    private static String uniqueTopic(String base, Set<String> taken) {
        String topic = base.length() > 100 ? base.substring(0, 100) : base;
        String candidate = topic;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = topic + "-" + n;
        }
        return candidate;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.isEmpty() ? "note" : slug.length() > 80 ? slug.substring(0, 80) : slug.toString();
    }
}
