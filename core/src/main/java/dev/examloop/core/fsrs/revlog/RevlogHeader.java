package dev.examloop.core.fsrs.revlog;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.examloop.core.fsrs.Rating;
import dev.examloop.core.fsrs.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The header of one review-log file: where each column is, and how to read a row by it. */
final class RevlogHeader {
    private static final String EXPECTED =
            "card_id, review_time and review_rating (and, if known, review_state " + "and review_duration)";

    private final String file;
    private final Map<RevlogColumn, Integer> positions;
    private final int width;

    private RevlogHeader(String file, Map<RevlogColumn, Integer> positions, int width) {
        this.file = file;
        this.positions = positions;
        this.width = width;
    }

    /**
     * The header in {@code record}, adding a problem for each duplicate or missing column; empty when the line
     * names none of the required columns, so that it is most likely no header at all and no row can be read.
     */
    static Optional<RevlogHeader> parse(String file, CsvRecord record, List<RevlogProblem> problems) {
        int line = (int) record.getStartingLineNumber();
        Map<RevlogColumn, Integer> positions = new EnumMap<>(RevlogColumn.class);
        List<String> names = record.getFields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) { // a byte-order mark left by a decoded String or Reader
                name = name.substring(1).strip();
            }
            for (RevlogColumn column : RevlogColumn.values()) {
                if (column.header().equals(name) && positions.putIfAbsent(column, i) != null) {
                    problems.add(new RevlogProblem(
                            file,
                            line,
                            name,
                            "named twice in the header (columns " + (positions.get(column) + 1) + " and " + (i + 1)
                                    + "); keep one"));
                }
            }
        }
        List<RevlogColumn> required = Arrays.stream(RevlogColumn.values())
                .filter(RevlogColumn::required)
                .toList();
        List<RevlogColumn> missing = required.stream()
                .filter(column -> !positions.containsKey(column))
                .toList();
        if (missing.size() == required.size()) {
            problems.add(new RevlogProblem(
                    file,
                    line,
                    "",
                    "'" + String.join(",", names) + "' is not the header "
                            + "of a review log; the first line must name the columns " + EXPECTED + ", such as "
                            + RevlogColumn.HEADER));
            return Optional.empty();
        }
        for (RevlogColumn column : missing) {
            problems.add(new RevlogProblem(
                    file, line, column.header(), "missing from the header, which must name " + EXPECTED));
        }
        return Optional.of(new RevlogHeader(file, positions, names.size()));
    }

    /** The review in {@code record}, or empty after adding a problem for each field that is not valid. */
    Optional<RevlogRow> row(CsvRecord record, List<RevlogProblem> problems) {
        int line = (int) record.getStartingLineNumber();
        if (record.getFieldCount() != width) {
            problems.add(new RevlogProblem(
                    file,
                    line,
                    "",
                    record.getFieldCount()
                            + (record.getFieldCount() == 1 ? " field" : " fields") + " where the header has " + width
                            + "; every row needs a value, or an empty place, for each column"));
            return Optional.empty();
        }
        int before = problems.size();
        Fields fields = new Fields(record, line, problems);
        Long cardId = fields.number(RevlogColumn.CARD_ID, "a card id (a whole number)", Long.MIN_VALUE);
        Long time = fields.number(
                RevlogColumn.REVIEW_TIME,
                "a time in milliseconds since 1970-01-01T00:00Z (a whole number, 0 or more)",
                0);
        Long grade = fields.number(RevlogColumn.REVIEW_RATING, "a rating (1 Again, 2 Hard, 3 Good, 4 Easy)", 1, 4);
        Long state = fields.number(
                RevlogColumn.REVIEW_STATE, "a card state (0 New, 1 Learning, 2 Review, 3 Relearning)", 0, 3);
        Long duration = fields.number(
                RevlogColumn.REVIEW_DURATION, "a duration in milliseconds (a whole number, 0 or more)", 0);
        if (problems.size() > before || cardId == null || time == null || grade == null) {
            return Optional.empty(); // a required column is missing from the header, already reported there
        }
        return Optional.of(new RevlogRow(
                cardId,
                Instant.ofEpochMilli(time),
                Rating.ofGrade(grade.intValue()),
                Optional.ofNullable(state).map(code -> State.ofCode(code.intValue())),
                Optional.ofNullable(duration).map(Duration::ofMillis)));
    }

    /** The fields of one row, each checked against its column. */
    private final class Fields {
        private final CsvRecord record;
        private final int line;
        private final List<RevlogProblem> problems;

        Fields(CsvRecord record, int line, List<RevlogProblem> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
        }

        @Nullable
        Long number(RevlogColumn column, String expected, long min) {
            return number(column, expected, min, Long.MAX_VALUE);
        }

        /**
         * The whole number in {@code column}, between {@code min} and {@code max}; null when the column is not
         * in the header, when it is empty and optional, or when it is not valid (a problem is then added).
         */
        @Nullable
        Long number(RevlogColumn column, String expected, long min, long max) {
            Integer position = positions.get(column);
            if (position == null) {
                return null;
            }
            String value = record.getField(position).strip();
            if (value.isEmpty()) {
                if (column.required()) {
                    problems.add(
                            new RevlogProblem(file, line, column.header(), "is empty; every review needs " + expected));
                }
                return null;
            }
            try {
                long number = Long.parseLong(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with the same message as a number out of range
            }
            problems.add(new RevlogProblem(file, line, column.header(), "'" + value + "' is not " + expected));
            return null;
        }
    }
}
