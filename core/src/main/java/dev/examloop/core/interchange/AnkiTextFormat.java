package dev.examloop.core.interchange;

import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Anki's "Notes in Plain Text" export: one note a line, fields separated by a tab (or the separator its
 * {@code #separator:} header names), quoted as CSV when a field holds the separator or a line break. The first field
 * is the front and the second the back; the headers {@code #tags column:N}, {@code #guid column:N},
 * {@code #notetype column:N} and {@code #deck column:N} say which columns are not fields. Notes become review cards,
 * not pack questions. Written as the .apkg instead ({@code apkg}).
 */
public final class AnkiTextFormat implements QuestionFormat {
    @Override
    public Format format() {
        return Format.ANKI_TEXT;
    }

    @Override
    public Bank read(ImportSource source) {
        char separator = '\t';
        int tagsColumn = 0;
        List<Integer> notFields = new ArrayList<>();
        try (Lines lines = Lines.open(source)) {
            String line;
            while ((line = lines.next()) != null && line.startsWith("#") && line.contains(":")) {
                String name = line.substring(1, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).strip();
                switch (name) {
                    case "separator" ->
                        separator = switch (value.toLowerCase(Locale.ROOT)) {
                            case "tab" -> '\t';
                            case "comma" -> ',';
                            case "semicolon" -> ';';
                            case "space" -> ' ';
                            case "pipe" -> '|';
                            case "colon" -> ':';
                            default -> value.isEmpty() ? '\t' : value.charAt(0);
                        };
                    case "tags column" -> tagsColumn = column(source.name(), lines.number(), value);
                    case "guid column", "notetype column", "deck column" ->
                        notFields.add(column(source.name(), lines.number(), value));
                    default -> {}
                }
            }
        }
        if (separator == '#' || separator == '"' || separator == '\n' || separator == '\r') {
            // FastCSV needs the separator to differ from the quote and the comment character (found by fuzzing).
            throw new ImportRefusal(
                    source.name(),
                    1,
                    "the #separator: '" + separator + "' cannot separate fields; use tab, comma, semicolon, space,"
                            + " pipe or colon");
        }
        int tags = tagsColumn;
        List<Flashcard> cards = new ArrayList<>();
        CsvTable.read(source, separator, true, record -> {
            int line = (int) record.getStartingLineNumber();
            List<String> fields = new ArrayList<>();
            List<String> noteTags = new ArrayList<>();
            for (int i = 0; i < record.getFieldCount(); i++) {
                int column = i + 1;
                if (column == tags) {
                    Arrays.stream(record.getField(i).split(" "))
                            .filter(t -> !t.isBlank())
                            .forEach(noteTags::add);
                } else if (!notFields.contains(column)) {
                    fields.add(record.getField(i));
                }
            }
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                return;
            }
            if (fields.size() < 2 || fields.getFirst().isBlank()) {
                throw new ImportRefusal(
                        source.name(), line, "a note needs a front and a back field, separated by a tab");
            }
            cards.add(
                    new Flashcard(line, 0, fields.get(0).strip(), fields.get(1).strip(), noteTags));
        });
        return new Bank(Format.ANKI_TEXT, List.of(), List.of(), cards, List.of());
    }

    private static int column(String file, int line, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ImportRefusal(file, line, "'" + value + "' is not a column number");
        }
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("#separator:tab\n#html:false\n#tags column:3\n");
        for (Question q : pack.questions()) {
            text.append(AnkiNotes.field(AnkiNotes.front(q)))
                    .append('\t')
                    .append(AnkiNotes.field(AnkiNotes.back(q)))
                    .append('\t')
                    .append(String.join(" ", q.tags()))
                    .append('\n');
        }
        out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return List.of();
    }
}
