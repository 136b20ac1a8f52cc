package dev.examloop.core.interchange;

import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Aiken format (docs.moodle.org/en/Aiken_format): a question's text, its options {@code A)} or {@code A.}, and
 * {@code ANSWER: B}. Single-answer questions only. Also read: the "Aiken Advanced" variant's {@code NUMBERING:} line
 * (ignored), options numbered {@code 1)} or with Hebrew letters, and its Hebrew keywords ({@code תשובה:} for the
 * answer, {@code סוג:} for the numbering). A question with fewer than two options, options before a question, an
 * answer naming no option or a question without an answer refuses the file.
 */
public final class AikenFormat implements QuestionFormat {
    private static final String HEBREW = "אבגדהוזחטיכלמנסעפצקרשת";
    private static final List<String> ANSWER_WORDS = List.of("ANSWER:", "תשובה:");
    private static final List<String> NUMBERING_WORDS = List.of("NUMBERING:", "סוג:");

    @Override
    public Format format() {
        return Format.AIKEN;
    }

    @Override
    public Bank read(ImportSource source) {
        Drafts.Bank0 out = new Drafts.Bank0();
        String file = source.name();
        try (Lines lines = Lines.open(source)) {
            StringBuilder stem = new StringBuilder();
            int start = 0;
            List<String> options = new ArrayList<>();
            String line;
            while ((line = lines.next()) != null) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                int n = lines.number();
                if (startsWithAny(text, NUMBERING_WORDS)) {
                    continue;
                }
                String answerWord = ANSWER_WORDS.stream()
                        .filter(w -> text.regionMatches(true, 0, w, 0, w.length()))
                        .findFirst()
                        .orElse(null);
                if (answerWord != null) {
                    if (stem.isEmpty()) {
                        throw new ImportRefusal(file, n, "an answer line before any question");
                    }
                    if (options.size() < 2) {
                        throw new ImportRefusal(
                                file, start, "a question needs at least two options, this one has " + options.size());
                    }
                    String letter = text.substring(answerWord.length()).strip();
                    int index = labelIndex(letter);
                    if (index < 0 || index >= options.size() || letter.codePointCount(0, letter.length()) != 1) {
                        throw new ImportRefusal(
                                file,
                                n,
                                "the answer '" + letter + "' names none of the question's " + options.size()
                                        + " options");
                    }
                    List<Drafts.Choice> choices = new ArrayList<>();
                    for (int i = 0; i < options.size(); i++) {
                        choices.add(new Drafts.Choice(options.get(i), "", i == index));
                    }
                    Drafts.choice(
                            new Drafts.Head(start, "", "", stem.toString(), "", List.of()),
                            choices,
                            false,
                            "aiken",
                            out);
                    stem.setLength(0);
                    options = new ArrayList<>();
                    continue;
                }
                String option = optionText(text, options.size());
                if (option != null) {
                    if (stem.isEmpty()) {
                        throw new ImportRefusal(file, n, "an option before any question: " + text);
                    }
                    options.add(option);
                    continue;
                }
                if (!options.isEmpty()) {
                    throw new ImportRefusal(
                            file,
                            start,
                            "the question has no ANSWER: line (a question ends with one, such as 'ANSWER: B')");
                }
                if (stem.isEmpty()) {
                    start = n;
                } else {
                    stem.append('\n');
                }
                stem.append(text);
            }
            if (!stem.isEmpty()) {
                throw new ImportRefusal(file, start, "the question has no ANSWER: line (the file ends before it)");
            }
        }
        return out.bank(Format.AIKEN);
    }

    private static boolean startsWithAny(String text, List<String> words) {
        return words.stream().anyMatch(w -> text.regionMatches(true, 0, w, 0, w.length()));
    }

    /** The option text when {@code text} is the option at {@code position} ("B) text", "2. text", "ב) text"). */
    private static String optionText(String text, int position) {
        int label = text.codePointAt(0);
        int labelLength = Character.charCount(label);
        if (text.length() <= labelLength) {
            return null;
        }
        char separator = text.charAt(labelLength);
        if (separator != ')' && separator != '.') {
            return null;
        }
        int index = labelIndex(new String(Character.toChars(label)));
        if (index != position) {
            return null;
        }
        return text.substring(labelLength + 1).strip();
    }

    /** A, B, … or 1, 2, … or א, ב, …: the option's position, or -1. */
    private static int labelIndex(String label) {
        if (label.length() != 1) {
            return -1;
        }
        char c = label.charAt(0);
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '1' && c <= '9') {
            return c - '1';
        }
        return HEBREW.indexOf(c);
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        List<LeftOut> leftOut = new ArrayList<>();
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        for (Question q : pack.questions()) {
            if (q.type() != QuestionType.SINGLE) {
                leftOut.add(new LeftOut(
                        q.id(),
                        "Aiken holds single-answer questions only; this one is "
                                + q.type().word()));
                continue;
            }
            if (q.options().size() > 26) {
                leftOut.add(new LeftOut(q.id(), "Aiken labels options A to Z; this question has more"));
                continue;
            }
            out.write(oneLine(q.stem()) + "\n");
            for (int i = 0; i < q.options().size(); i++) {
                Option o = q.options().get(i);
                out.write((char) ('A' + i) + ") " + oneLine(o.text()) + "\n");
            }
            out.write("ANSWER: "
                    + (char) ('A'
                            + q.options().indexOf(q.option(q.key().getFirst()).orElseThrow())) + "\n\n");
        }
        out.flush();
        return leftOut;
    }

    private static String oneLine(String text) {
        return String.join(" ", text.strip().split("\\s*\\R\\s*"));
    }
}
