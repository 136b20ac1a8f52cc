package dev.examloop.core.fsrs.revlog;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the standard FSRS review-log CSV: a header naming the columns, then one review per row (see {@link
 * RevlogColumn}). Every problem is collected with its file, line and field, and returned with the rows that
 * could be read; bad input never throws.
 *
 * <p>The columns are found by name, in any order. {@code card_id}, {@code review_time} and {@code
 * review_rating} are required; {@code review_state} and {@code review_duration} may be missing from the header
 * or left empty on a row, as in files from other tools; other columns are ignored. Values may have spaces
 * around them. Empty lines are skipped. A card's reviews must come in time order (reviews of different cards
 * may interleave); two reviews of one card at the same millisecond are allowed. The file is UTF-8, with or
 * without a byte-order mark; quoting follows RFC 4180, and a quote left open or followed by other characters
 * stops the reading there, with a problem on that line.
 */
public final class RevlogReader {
    private static final Pattern FASTCSV_LINE = Pattern.compile("line (\\d+)");

    private RevlogReader() {}

    /**
     * Reads the review log in {@code file}, naming it in problems as the path is written.
     *
     * @throws IOException if the file cannot be opened or read (a missing file, a folder, no permission)
     */
    public static RevlogReadResult read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    /**
     * The review log in {@code file} as columns, when the file has no problem at all; otherwise the problems, as
     * {@link #read(Path)} reports them. A plain file (no quotes, only numbers) is read straight from its bytes,
     * without a {@link RevlogRow} per review; any other file goes through {@link #read(Path)}.
     *
     * @throws IOException if the file cannot be opened or read
     */
    public static ColumnsOrProblems readColumns(Path file) throws IOException {
        Optional<RevlogColumns> fast = FastRevlogParser.parse(Files.readAllBytes(file));
        if (fast.isPresent()) {
            return new ColumnsOrProblems(fast, List.of(), fast.get().size());
        }
        RevlogReadResult read = read(file);
        return new ColumnsOrProblems(
                read.ok() ? Optional.of(RevlogColumns.of(read.rows())) : Optional.empty(),
                read.problems(),
                read.rows().size());
    }

    /**
     * What {@link #readColumns} gave: the columns of a sound file, or its problems.
     *
     * @param columns the reviews, when the file had no problem
     * @param problems every problem, in file order
     * @param validRows how many rows were valid (all of them for a sound file)
     */
    public record ColumnsOrProblems(Optional<RevlogColumns> columns, List<RevlogProblem> problems, int validRows) {}

    /**
     * Reads a review log from {@code in}, in UTF-8 or with a byte-order mark naming its encoding.
     *
     * @param file the name to give in problems
     * @throws IOException if reading {@code in} fails
     */
    public static RevlogReadResult read(String file, InputStream in) throws IOException {
        try {
            return read(file, builder().detectBomHeader(true).ofCsvRecord(in, StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a review log held in {@code text}.
     *
     * @param file the name to give in problems
     */
    public static RevlogReadResult read(String file, String text) {
        return read(file, builder().ofCsvRecord(text));
    }

    private static CsvReader.CsvReaderBuilder builder() {
        // Field counts and quotes are checked here, so that each becomes a problem with its line, not an exception.
        return CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false);
    }

    private static RevlogReadResult read(String file, CsvReader<CsvRecord> csv) {
        List<RevlogProblem> problems = new ArrayList<>();
        List<RevlogRow> rows = new ArrayList<>();
        int lastLine = 0;
        try (csv) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                problems.add(new RevlogProblem(
                        file, 0, "", "the file is empty; a review log starts with the header " + RevlogColumn.HEADER));
                return new RevlogReadResult(rows, problems);
            }
            CsvRecord headerRecord = records.next();
            lastLine = (int) headerRecord.getStartingLineNumber();
            Optional<RevlogHeader> header = RevlogHeader.parse(file, headerRecord, problems);
            if (header.isEmpty()) {
                return new RevlogReadResult(rows, problems);
            }
            Map<Long, Previous> previousByCard = new HashMap<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                int line = (int) record.getStartingLineNumber();
                lastLine = line;
                header.get().row(record, problems).ifPresent(row -> {
                    checkTimeOrder(file, row, line, previousByCard, problems);
                    rows.add(row);
                });
            }
        } catch (CsvParseException e) {
            problems.add(new RevlogProblem(
                    file,
                    lineOf(e, lastLine + 1),
                    "",
                    "not readable as CSV, so nothing from here on was read: " + e.getMessage()));
        } catch (IOException e) {
            // Closing a reader over a String or an already-read stream; nothing is lost.
            throw new UncheckedIOException(e);
        }
        return new RevlogReadResult(rows, problems);
    }

    /** The latest review seen so far of one card, and its line. */
    private record Previous(Instant time, int line) {}

    private static void checkTimeOrder(
            String file, RevlogRow row, int line, Map<Long, Previous> previousByCard, List<RevlogProblem> problems) {
        Previous previous = previousByCard.get(row.cardId());
        if (previous != null && row.reviewTime().isBefore(previous.time())) {
            problems.add(new RevlogProblem(
                    file,
                    line,
                    RevlogColumn.REVIEW_TIME.header(),
                    row.reviewTime().toEpochMilli() + " (" + row.reviewTime() + ") comes before the review of card "
                            + row.cardId() + " on line " + previous.line() + " (" + previous.time()
                            + "); a card's reviews must be in time order"));
            return;
        }
        previousByCard.put(row.cardId(), new Previous(row.reviewTime(), line));
    }

    /** The line FastCSV names in its message, or {@code fallback}. */
    private static int lineOf(CsvParseException e, int fallback) {
        Matcher matcher = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : fallback;
    }
}
