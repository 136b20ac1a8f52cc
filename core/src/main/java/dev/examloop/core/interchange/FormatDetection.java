package dev.examloop.core.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells the format of an input from its content, when the user does not name it: a zip holding
 * {@code imsmanifest.xml} is a QTI content package and one holding {@code collection.anki2} an Anki package; XML
 * is Moodle XML by its {@code <quiz>} root and QTI by {@code <assessmentItem>}; JSON with a {@code "test"} list is
 * the exam-simulator's; text is Anki notes when its lines are tab-separated, Aiken when it has {@code ANSWER:}
 * lines, CSV when its first line is a known header, and GIFT when it has answer blocks in braces.
 */
public final class FormatDetection {
    private static final int PEEK = 64 * 1024;

    private FormatDetection() {}

    public static Format detect(ImportSource source) {
        byte[] head = source.head(PEEK);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return SafeZip.names(source).stream().anyMatch(n -> n.startsWith("collection.anki"))
                    ? Format.APKG
                    : Format.QTI;
        }
        if (new String(head, 0, Math.min(16, head.length), StandardCharsets.ISO_8859_1).startsWith("SQLite format 3")) {
            throw new ImportRefusal(
                    source.name(), 0, "is an SQLite database; export the deck from Anki as an .apkg package instead");
        }
        String text = decodeHead(source, head).strip();
        if (text.isEmpty()) {
            throw new ImportRefusal(source.name(), 0, "is empty");
        }
        if (text.startsWith("<")) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("<quiz")) {
                return Format.MOODLE_XML;
            }
            if (lower.contains("assessmentitem")) {
                return Format.QTI;
            }
            if (lower.contains("questestinterop")) {
                throw new ImportRefusal(source.name(), 1, "is IMS QTI 1.2; Examloop reads QTI 2.1 (export as QTI 2.1)");
            }
            throw new ImportRefusal(
                    source.name(), 1, "is XML that is neither Moodle XML (<quiz>) nor QTI 2.1 (<assessmentItem>)");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return Format.EXAM_SIMULATOR;
        }
        String[] lines = text.split("\r\n|\r|\n", 200);
        int tabbed = 0;
        int content = 0;
        boolean answerLine = false;
        boolean braces = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("#separator:") || l.startsWith("#html:") || l.startsWith("#notetype")) {
                return Format.ANKI_TEXT;
            }
            if (l.startsWith("//")) {
                continue;
            }
            content++;
            if (line.indexOf('\t') > 0) {
                tabbed++;
            }
            String upper = l.toUpperCase(Locale.ROOT);
            answerLine |= upper.startsWith("ANSWER:") || l.startsWith("תשובה:");
            braces |= l.contains("{") || l.startsWith("::") || l.startsWith("$CATEGORY:");
        }
        if (content > 0 && tabbed == content) {
            return Format.ANKI_TEXT;
        }
        if (answerLine) {
            return Format.AIKEN;
        }
        String first = lines[0].strip().toLowerCase(Locale.ROOT).replace("\"", "");
        if (first.startsWith("questionname,") || first.startsWith(CsvFormat.HEADER_START)) {
            return Format.CSV;
        }
        if (braces) {
            return Format.GIFT;
        }
        if (first.contains(",") && lines.length > 1) {
            return Format.CSV;
        }
        throw new ImportRefusal(
                source.name(), 0, "is in no format Examloop knows; name it with --format (" + Format.allWords() + ")");
    }

    private static String decodeHead(ImportSource source, byte[] head) {
        var charset = TextInput.encodingOf(source);
        String text = new String(head, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
