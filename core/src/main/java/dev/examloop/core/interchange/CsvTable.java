package dev.examloop.core.interchange;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.function.Consumer;

/** Reads delimited text with FastCSV, record by record, turning its failures into refusals with the line. */
final class CsvTable {
    private CsvTable() {}

    static void read(ImportSource source, char separator, boolean hashComments, Consumer<CsvRecord> each) {
        String file = source.name();
        long[] line = {0};
        try (Reader reader = TextInput.open(source)) {
            CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .allowUnclosedQuote(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
            if (hashComments) {
                builder.commentStrategy(CommentStrategy.SKIP).commentCharacter('#');
            }
            try (CsvReader<CsvRecord> csv = builder.ofCsvRecord(reader)) {
                for (CsvRecord record : csv) {
                    line[0] = record.getStartingLineNumber();
                    each.accept(record);
                }
            }
        } catch (CsvParseException e) {
            throw new ImportRefusal(file, (int) line[0] + 1, "is not readable as CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw refusal(source, line[0], e.getCause());
        } catch (IOException e) {
            throw refusal(source, line[0], e);
        }
    }

    private static ImportRefusal refusal(ImportSource source, long line, IOException e) {
        String file = source.name();
        if (e instanceof CharacterCodingException) {
            return new ImportRefusal(
                    file,
                    TextInput.firstBadLine(source),
                    "has bytes that are not text in the file's encoding; give its encoding with --encoding (utf-8, utf-16, latin1)");
        }
        return new ImportRefusal(file, (int) line + 1, "cannot be read: " + e.getMessage());
    }
}
