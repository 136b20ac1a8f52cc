package dev.examloop.content.interchange;

import dev.examloop.core.interchange.Format;
import dev.examloop.core.interchange.Interchange;
import dev.examloop.core.interchange.QuestionFormat;
import dev.examloop.core.pack.Pack;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a pack in another tool's format, through the core's writers (and the application's for .apkg). */
public final class PackExports {
    private final Interchange interchange;

    public PackExports(Interchange interchange) {
        this.interchange = interchange;
    }

    /** Writes {@code pack} to {@code out}; returns the questions the format could not carry. */
    public List<QuestionFormat.LeftOut> export(Pack pack, Format format, OutputStream out) throws IOException {
        QuestionFormat writer = interchange
                .format(format)
                .orElseThrow(() -> new IllegalArgumentException("Examloop does not write " + format.title()));
        if (format == Format.ANKI_TEXT) {
            throw new IllegalArgumentException("Anki decks are written as .apkg: use --format apkg");
        }
        return writer.write(pack, out);
    }

    /** The formats a pack can be exported to, in the order the pack page offers them. */
    public List<Format> formats() {
        return java.util.Arrays.stream(Format.values())
                .filter(f -> f != Format.ANKI_TEXT && interchange.format(f).isPresent())
                .toList();
    }
}
