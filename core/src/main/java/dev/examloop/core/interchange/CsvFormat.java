package dev.examloop.core.interchange;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.Target;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV in two layouts, told apart by the header. Examloop's own (docs/interchange.md): {@code type, category, tags,
 * stem, option_a…, why_a…, target_1…, answer, explanation, references}, one question a row, lists separated by
 * {@code ;}, the answer as option letters ({@code b}, {@code a;c}, {@code c;a;b} in order) or pairs ({@code
 * a:t2;b:t1}). And the layout of Moodle's "CSV format" question import plugin (qformat_csv): {@code questionname,
 * questiontext, A, B, C, D, …, Answer 1, Answer 2, …}, where the answers name option columns. Written in Examloop's
 * layout.
 */
public final class CsvFormat implements QuestionFormat {
    static final String HEADER_START = "type,category,tags,stem";

    @Override
    public Format format() {
        return Format.CSV;
    }

    @Override
    public Bank read(ImportSource source) {
        Drafts.Bank0 out = new Drafts.Bank0();
        String file = source.name();
        Map<String, Integer> header = new LinkedHashMap<>(); // empty until the first record, the header, is read
        boolean[] moodle = {false};
        CsvTable.read(source, ',', false, record -> {
            int line = (int) record.getStartingLineNumber();
            if (header.isEmpty()) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    String name = record.getField(i).strip();
                    if (i == 0 && name.startsWith("\uFEFF")) {
                        name = name.substring(1);
                    }
                    header.put(name.toLowerCase(Locale.ROOT), i);
                }
                moodle[0] = header.containsKey("questiontext");
                if (!moodle[0]
                        && !(header.containsKey("type")
                                && header.containsKey("stem")
                                && header.containsKey("answer"))) {
                    throw new ImportRefusal(
                            file,
                            line,
                            "the header names neither Examloop's columns (" + HEADER_START
                                    + ", option_a, …, answer) nor those of Moodle's CSV format (questionname, questiontext, A, B, …,"
                                    + " Answer 1)");
                }
                return;
            }
            if (moodle[0]) {
                moodleRow(file, line, header, record, out);
            } else {
                ownRow(file, line, header, record, out);
            }
        });
        if (header.isEmpty()) {
            throw new ImportRefusal(file, 0, "is empty");
        }
        return out.bank(Format.CSV);
    }

    private static String field(Map<String, Integer> header, CsvRecord record, String name) {
        Integer i = header.get(name);
        return i == null || i >= record.getFieldCount()
                ? ""
                : record.getField(i).strip();
    }

    private static void moodleRow(
            String file, int line, Map<String, Integer> header, CsvRecord record, Drafts.Bank0 out) {
        List<String> letters = header.keySet().stream()
                .filter(k -> k.length() == 1 && k.charAt(0) >= 'a' && k.charAt(0) <= 'z')
                .toList();
        List<String> keys = new ArrayList<>();
        header.keySet().stream().filter(k -> k.startsWith("answer")).forEach(k -> {
            String v = field(header, record, k).toLowerCase(Locale.ROOT);
            if (!v.isEmpty()) {
                keys.add(v);
            }
        });
        String stem = field(header, record, "questiontext");
        if (stem.isEmpty()) {
            throw new ImportRefusal(file, line, "questiontext: a question without text");
        }
        List<Drafts.Choice> choices = new ArrayList<>();
        for (String letter : letters) {
            String text = field(header, record, letter);
            if (!text.isEmpty()) {
                choices.add(new Drafts.Choice(text, "", keys.contains(letter)));
            }
        }
        for (String key : keys) {
            if (!letters.contains(key) || field(header, record, key).isEmpty()) {
                throw new ImportRefusal(
                        file, line, "answer '" + key.toUpperCase(Locale.ROOT) + "' names no option of the row");
            }
        }
        Drafts.choice(
                new Drafts.Head(line, field(header, record, "questionname"), "", stem, "", List.of()),
                choices,
                keys.size() > 1,
                "csv",
                out);
    }

    private static void ownRow(String file, int line, Map<String, Integer> header, CsvRecord record, Drafts.Bank0 out) {
        String typeWord = field(header, record, "type").toLowerCase(Locale.ROOT);
        QuestionType type = QuestionType.fromWord(typeWord).orElse(null);
        if (type == null) {
            if (typeWord.isEmpty()) {
                throw new ImportRefusal(file, line, "type: is empty (" + QuestionType.allWords() + ")");
            }
            out.skip(line, typeWord, "Examloop has no '" + typeWord + "' question type");
            return;
        }
        List<Option> options = new ArrayList<>();
        for (String column : header.keySet()) {
            if (column.startsWith("option_")) {
                String id = column.substring("option_".length());
                String text = field(header, record, column);
                if (!text.isEmpty()) {
                    options.add(new Option(id, text, field(header, record, "why_" + id)));
                }
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String column : header.keySet()) {
            if (column.startsWith("target_")) {
                String text = field(header, record, column);
                if (!text.isEmpty()) {
                    targets.add(new Target("t" + column.substring("target_".length()), text));
                }
            }
        }
        List<String> key = list(field(header, record, "answer"));
        for (String k : key) {
            String optionId = type == QuestionType.MATCHING && k.contains(":") ? k.substring(0, k.indexOf(':')) : k;
            if (options.stream().noneMatch(o -> o.id().equals(optionId))) {
                throw new ImportRefusal(
                        file, line, "answer: names option '" + optionId + "', which the row does not have");
            }
            if (type == QuestionType.MATCHING) {
                String target =
                        k.contains(":") ? "t" + k.substring(k.indexOf(':') + 1).replaceFirst("^t", "") : "";
                if (targets.stream().noneMatch(t -> t.id().equals(target))) {
                    throw new ImportRefusal(file, line, "answer: pair '" + k + "' names no target of the row");
                }
            }
        }
        if (key.isEmpty()) {
            throw new ImportRefusal(file, line, "answer: is empty");
        }
        List<String> normalisedKey = type == QuestionType.MATCHING
                ? key.stream()
                        .map(k -> k.substring(0, k.indexOf(':')) + ":t"
                                + k.substring(k.indexOf(':') + 1).replaceFirst("^t", ""))
                        .toList()
                : key;
        String stem = field(header, record, "stem");
        if (stem.isEmpty()) {
            throw new ImportRefusal(file, line, "stem: a question without text");
        }
        out.add(new ImportedQuestion(
                line,
                field(header, record, "id"),
                field(header, record, "category"),
                type,
                stem,
                options,
                type == QuestionType.MATCHING ? targets : List.of(),
                normalisedKey,
                field(header, record, "explanation"),
                list(field(header, record, "tags")),
                list(field(header, record, "references"))));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        List<String> optionIds = new ArrayList<>();
        int targetCount = 0;
        for (Question q : pack.questions()) {
            for (Option o : q.options()) {
                if (!optionIds.contains(o.id())) {
                    optionIds.add(o.id());
                }
            }
            targetCount = Math.max(targetCount, q.targets().size());
        }
        optionIds.sort((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        List<String> header = new ArrayList<>(List.of("id", "type", "category", "tags", "stem"));
        optionIds.forEach(id -> header.add("option_" + id));
        optionIds.forEach(id -> header.add("why_" + id));
        for (int i = 1; i <= targetCount; i++) {
            header.add("target_" + i);
        }
        header.addAll(List.of("answer", "explanation", "references"));
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(header);
        for (Question q : pack.questions()) {
            List<String> row = new ArrayList<>();
            row.add(q.id());
            row.add(q.type().word());
            row.add(pack.blueprint().domain(q.domain()).map(Domain::title).orElse(""));
            row.add(String.join(";", q.tags()));
            row.add(q.stem().strip());
            optionIds.forEach(
                    id -> row.add(q.option(id).map(o -> o.text().strip()).orElse("")));
            optionIds.forEach(id -> row.add(q.option(id)
                    .map(o -> o.why() == null ? "" : o.why().strip())
                    .orElse("")));
            List<Target> targets = q.targets();
            for (int i = 0; i < targetCount; i++) {
                row.add(i < targets.size() ? targets.get(i).text().strip() : "");
            }
            if (q.type() == QuestionType.MATCHING) {
                List<String> pairs = new ArrayList<>();
                for (String pair : q.key()) {
                    String targetId = pair.substring(pair.indexOf(':') + 1);
                    int position = targets.indexOf(q.target(targetId).orElseThrow()) + 1;
                    pairs.add(pair.substring(0, pair.indexOf(':')) + ":" + position);
                }
                row.add(String.join(";", pairs));
            } else {
                row.add(String.join(";", q.key()));
            }
            row.add(q.explanation().strip());
            row.add(String.join(";", q.references()));
            csv.writeRecord(row);
        }
        csv.flush();
        return List.of();
    }
}
