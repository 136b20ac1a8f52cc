package dev.examloop.core.fsrs.revlog;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.examloop.core.fsrs.State;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Collection;

/**
 * Writes the standard FSRS review-log CSV: the header {@value RevlogColumn#HEADER}, then one row per
 * review sorted by card and, within a card, by time (reviews of one card at the same time keep their order).
 * Lines end with a line feed; an unknown state or duration is written as an empty field.
 */
public final class RevlogWriter {
    private RevlogWriter() {}

    /** Writes {@code rows} to {@code out} and flushes it; {@code out} is left open. */
    public static void write(Collection<RevlogRow> rows, Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        try {
            csv.writeRecord(RevlogColumn.HEADER.split(","));
            rows.stream()
                    .sorted(RevlogRow.BY_CARD_THEN_TIME)
                    .forEach(row -> csv.writeRecord(
                            Long.toString(row.cardId()),
                            Long.toString(row.reviewTime().toEpochMilli()),
                            Integer.toString(row.rating().grade()),
                            row.state().map(State::code).map(String::valueOf).orElse(""),
                            row.duration()
                                    .map(Duration::toMillis)
                                    .map(String::valueOf)
                                    .orElse("")));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush(); // not close(): that would close the caller's writer
    }

    /** The review log of {@code rows} as text. */
    public static String toCsv(Collection<RevlogRow> rows) {
        StringWriter text = new StringWriter();
        try {
            write(rows, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
