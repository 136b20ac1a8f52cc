package dev.examloop.content.interchange;

import dev.examloop.content.FlashcardDecks;
import dev.examloop.content.PackCatalog;
import dev.examloop.content.PackImported;
import dev.examloop.core.interchange.Bank;
import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.FormatDetection;
import dev.examloop.core.interchange.ImportRefusal;
import dev.examloop.core.interchange.ImportSettings;
import dev.examloop.core.interchange.ImportSource;
import dev.examloop.core.interchange.Interchange;
import dev.examloop.core.interchange.Skipped;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Problem;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The Import page's two steps: a preview of what a file would bring in (read, planned and linted, nothing written;
 * the upload kept on disk as a {@link StagedUploads staged upload}), then the import itself, through the same
 * {@link PackImports} as {@code examloop import}, after which the catalog is reloaded and {@link PackImported}
 * published. An Anki deck goes to the review deck instead, through {@link FlashcardDecks} (which the review module
 * implements). Malformed input is an {@link ImportRefusal}, and then nothing is kept.
 */
@Service
public class ImportPreviews {
    private final PackImports imports;
    private final Interchange interchange;
    private final ObjectProvider<FlashcardDecks> decks;
    private final StagedUploads uploads;
    private final PackCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportPreviews(
            PackImports imports,
            Interchange interchange,
            ObjectProvider<FlashcardDecks> decks,
            StagedUploads uploads,
            PackCatalog catalog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.imports = imports;
        this.interchange = interchange;
        this.decks = decks;
        this.uploads = uploads;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** What the learner asked for beside the file: all optional. */
    public record Choices(String format, String pack, String encoding) {
        public Choices {
            format = blankToNull(format);
            pack = blankToNull(pack);
            encoding = blankToNull(encoding);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** A domain of the pack the import makes, and its questions. */
    public record DomainCount(String title, long questions) {}

    /**
     * What an import would do.
     *
     * @param token the staged upload's token, carried by the confirm and cancel forms (never shown)
     * @param existingQuestions questions the pack has already when the import adds to it, else 0
     * @param cards the notes of an Anki deck that become review cards (0 for a question bank)
     * @param reviews the reviews of an Anki deck's history that go to the review log
     */
    public record Preview(
            String token,
            String fileName,
            Format format,
            String encoding,
            String packCode,
            String packTitle,
            int questions,
            int existingQuestions,
            List<DomainCount> domains,
            List<Skipped> skipped,
            List<String> warnings,
            int cards,
            int reviews) {
        public boolean deck() {
            return format == Format.ANKI_TEXT || format == Format.APKG;
        }

        public boolean importable() {
            return questions > 0 || cards > 0;
        }
    }

    /** What an import did: the pack it wrote, or the review cards an Anki deck made. */
    public record Imported(
            String fileName, String packCode, String packTitle, int questions, int skipped, int cards, int reviews) {
        public boolean deck() {
            return packCode == null;
        }
    }

    /** The formats the page offers: all of them. */
    public static List<Format> formats() {
        return List.of(Format.values());
    }

    /** Keeps the upload, reads it and plans the import; refuses malformed input (and then keeps nothing). */
    public Preview preview(String originalName, InputStream content, Choices choices) {
        StagedUploads.Staged staged = uploads.stage(originalName, content);
        try {
            return preview(staged, choices);
        } catch (RuntimeException e) {
            uploads.delete(staged.token());
            throw e;
        }
    }

    private Preview preview(StagedUploads.Staged staged, Choices choices) {
        ImportSource source = source(staged, choices);
        Format format = format(source, choices);
        if (format == Format.ANKI_TEXT || format == Format.APKG) {
            Bank deck = interchange.read(source, Optional.of(format));
            return new Preview(
                    staged.token(),
                    staged.fileName(),
                    format,
                    choices.encoding(),
                    null,
                    null,
                    0,
                    0,
                    List.of(),
                    deck.skipped(),
                    List.of(),
                    deck.flashcards().size(),
                    deck.reviews().size());
        }
        String code = choices.pack() != null ? choices.pack() : PackImports.codeFor(staged.fileName());
        PackImports.Outcome outcome = imports.importFile(source, Optional.of(format), settings(code), catalog, true);
        int existing =
                catalog.find(outcome.packCode()).map(p -> p.questions().size()).orElse(0);
        Optional<Pack> planned = outcome.lint().pack();
        List<DomainCount> domains = planned.map(ImportPreviews::domains).orElse(List.of());
        String title = planned.map(p -> p.blueprint().title()).orElse(outcome.packCode());
        return new Preview(
                staged.token(),
                staged.fileName(),
                outcome.bank().format(),
                choices.encoding(),
                outcome.packCode(),
                title,
                outcome.questions(),
                existing,
                domains,
                outcome.bank().skipped(),
                outcome.warnings().stream().map(Problem::toString).toList(),
                0,
                0);
    }

    /**
     * Imports the staged upload of {@code token} as its preview showed it, then forgets the upload. An unknown or
     * expired token is refused: the learner uploads the file again.
     */
    public Imported confirm(String token, Choices choices) {
        StagedUploads.Staged staged = uploads.find(token)
                .orElseThrow(() -> new ImportRefusal(
                        "the upload",
                        0,
                        "is no longer kept (an upload waits an hour for its confirmation, or it was already"
                                + " imported or cancelled); choose the file again"));
        try {
            ImportSource source = source(staged, choices);
            Format format = format(source, choices);
            if (format == Format.ANKI_TEXT || format == Format.APKG) {
                Bank deck = interchange.read(source, Optional.of(format));
                if (deck.flashcards().isEmpty()) {
                    throw new ImportRefusal(staged.fileName(), 0, "has no notes; nothing was imported");
                }
                FlashcardDecks into = decks.getIfAvailable();
                if (into == null) {
                    throw new ImportRefusal(
                            staged.fileName(), 0, "is an Anki deck, and this server keeps no review deck");
                }
                FlashcardDecks.Added added = into.add(staged.fileName(), deck);
                return new Imported(
                        staged.fileName(), null, null, 0, deck.skipped().size(), added.cards(), added.reviews());
            }
            String code = choices.pack() != null ? choices.pack() : PackImports.codeFor(staged.fileName());
            PackImports.Outcome outcome =
                    imports.importFile(source, Optional.of(format), settings(code), catalog, false);
            if (!outcome.written()) {
                throw new ImportRefusal(
                        staged.fileName(),
                        0,
                        "has no question Examloop can take ("
                                + outcome.bank().skipped().size() + " skipped); nothing was written");
            }
            catalog.reload();
            Pack pack = catalog.find(outcome.packCode())
                    .orElseThrow(() -> new IllegalStateException("pack " + outcome.packCode() + " was written to "
                            + outcome.folder() + " but does not load"));
            events.publishEvent(new PackImported(pack.code(), pack.questions().size()));
            return new Imported(
                    staged.fileName(),
                    pack.code(),
                    pack.blueprint().title(),
                    outcome.questions(),
                    outcome.bank().skipped().size(),
                    0,
                    0);
        } finally {
            uploads.delete(staged.token());
        }
    }

    /** Forgets a staged upload; an unknown token is ignored. */
    public void cancel(String token) {
        uploads.delete(token);
    }

    private ImportSettings settings(String code) {
        return new ImportSettings(code, null, null, null, null, null, null, LocalDate.now(clock));
    }

    private static ImportSource source(StagedUploads.Staged staged, Choices choices) {
        ImportSource source = ImportSource.of(staged.file());
        if (choices.encoding() == null) {
            return source;
        }
        String name = choices.encoding().equalsIgnoreCase("latin1") ? "ISO-8859-1" : choices.encoding();
        try {
            return source.withEncoding(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            throw new ImportRefusal(
                    staged.fileName(), 0, "'" + choices.encoding() + "' is not an encoding (utf-8, utf-16, latin1)");
        }
    }

    private static Format format(ImportSource source, Choices choices) {
        Format format;
        if (choices.format() != null) {
            format = Format.fromWord(choices.format())
                    .orElseThrow(() -> new ImportRefusal(
                            source.name(),
                            0,
                            "'" + choices.format() + "' is not a format Examloop reads; one of " + Format.allWords()));
        } else {
            format = FormatDetection.detect(source);
        }
        return format;
    }

    private static List<DomainCount> domains(Pack pack) {
        Map<String, Long> counts = pack.questionCountByDomain();
        return pack.blueprint().domains().stream()
                .map((Domain d) -> new DomainCount(d.title(), counts.getOrDefault(d.id(), 0L)))
                .toList();
    }
}
