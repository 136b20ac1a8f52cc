package dev.examloop.core.interchange;

import dev.examloop.core.pack.Domain;
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
import java.util.Locale;

/**
 * Moodle's GIFT format (docs.moodle.org/en/GIFT_format). Questions are separated by blank lines; lines starting
 * with {@code //} are comments, except {@code // tags: a, b} just before a question, which Examloop writes and reads
 * back as the question's tags. {@code $CATEGORY: path} sets the category of the questions after it. Multiple choice
 * (one {@code =} answer, or answers with {@code %weight%}), multiple response (several positive weights),
 * true/false and matching are read; numerical ({@code #}), short answer (only {@code =} answers) and essay
 * ({@code {}}) questions are skipped. Answer feedback ({@code #…}) becomes the option's why and general feedback
 * ({@code ####…}) the explanation. Partial credit is not kept: a single-choice key is its {@code =} answer.
 */
public final class GiftFormat implements QuestionFormat {
    private static final String TAGS_COMMENT = "// tags:";

    @Override
    public Format format() {
        return Format.GIFT;
    }

    @Override
    public Bank read(ImportSource source) {
        Drafts.Bank0 out = new Drafts.Bank0();
        String category = "";
        try (Lines lines = Lines.open(source)) {
            StringBuilder block = new StringBuilder();
            int blockStart = 0;
            List<String> tags = new ArrayList<>();
            String line;
            while (true) {
                line = lines.next();
                boolean end = line == null;
                if (end || line.isBlank()) {
                    if (!block.isEmpty()) {
                        String text = block.toString().strip();
                        if (text.startsWith("$CATEGORY:")) {
                            category = Categories.clean(text.substring("$CATEGORY:".length()));
                        } else {
                            readQuestion(source.name(), blockStart, text, category, tags, out);
                        }
                    }
                    block.setLength(0);
                    tags = new ArrayList<>();
                    if (end) {
                        break;
                    }
                    continue;
                }
                String trimmed = line.strip();
                if (trimmed.startsWith("//")) {
                    if (trimmed.startsWith(TAGS_COMMENT)) {
                        for (String tag :
                                trimmed.substring(TAGS_COMMENT.length()).split(",", -1)) {
                            if (!tag.isBlank()) {
                                tags.add(tag.strip());
                            }
                        }
                    }
                    continue;
                }
                if (block.isEmpty()) {
                    blockStart = lines.number();
                } else {
                    block.append('\n');
                }
                block.append(line);
                if (block.length() > Lines.MAX_LINE * 4) {
                    throw new ImportRefusal(
                            source.name(), blockStart, "has a question longer than 4 million characters");
                }
            }
        }
        return out.bank(Format.GIFT);
    }

    private static void readQuestion(
            String file, int line, String text, String category, List<String> tags, Drafts.Bank0 out) {
        String name = "";
        String rest = text;
        if (rest.startsWith("::")) {
            int close = unescaped(rest, "::", 2);
            if (close < 0) {
                throw new ImportRefusal(file, line, "the question's name (::name::) is not closed");
            }
            name = unescape(rest.substring(2, close)).strip();
            rest = rest.substring(close + 2);
        }
        int open = unescaped(rest, "{", 0);
        int close = lastUnescaped(rest, '}');
        if (open < 0 || close < open) {
            throw new ImportRefusal(
                    file,
                    line,
                    open < 0
                            ? "a question without an answer block { … } (separate questions with a blank line)"
                            : "the answer block { … } is not closed");
        }
        String before = rest.substring(0, open).strip();
        String answers = rest.substring(open + 1, close).strip();
        String after = rest.substring(close + 1).strip();
        String stem = unescape(withoutFormat(before)).strip();
        String word = firstWord(answers).toUpperCase(Locale.ROOT);
        boolean trueFalse = List.of("T", "TRUE", "F", "FALSE").contains(word);
        // Text after the answers makes a "missing word" question: the answers fill the blank. A true/false
        // statement has no blank, so what follows its answer is not part of it.
        if (!after.isEmpty() && !trueFalse) {
            boolean punctuation = after.chars().allMatch(c -> ".,;:!?\"'".indexOf(c) >= 0);
            stem = stem + (punctuation ? " _____" : " _____ ") + unescape(after).strip();
        }
        if (stem.isBlank()) {
            stem = name;
        }
        String explanation = "";
        int general = unescaped(answers, "####", 0);
        if (general >= 0) {
            explanation = unescape(withoutFormat(answers.substring(general + 4).strip()))
                    .strip();
            answers = answers.substring(0, general).strip();
        }
        Drafts.Head head = new Drafts.Head(line, name, category, stem, explanation, tags);
        if (stem.isBlank()) {
            throw new ImportRefusal(file, line, "a question without text");
        }
        if (answers.isEmpty()) {
            out.skip(line, "essay", "an essay question (no answers) is marked by hand; Examloop has no such type");
            return;
        }
        if (answers.startsWith("#")) {
            out.skip(line, "numerical", "a numerical answer; Examloop's questions are answered by choosing");
            return;
        }
        if (trueFalse) {
            boolean truth = word.startsWith("T");
            List<String> feedback =
                    splitUnescaped(answers.substring(firstWord(answers).length()), '#');
            String whenWrong = feedback.size() > 1 ? cleanText(feedback.get(1)) : "";
            String whenRight = feedback.size() > 2 ? cleanText(feedback.get(2)) : "";
            Drafts.choice(
                    head,
                    List.of(
                            new Drafts.Choice("True", truth ? whenRight : whenWrong, truth),
                            new Drafts.Choice("False", truth ? whenWrong : whenRight, !truth)),
                    false,
                    "truefalse",
                    out);
            return;
        }
        List<String> parts = splitAnswers(answers);
        if (parts.isEmpty()) {
            throw new ImportRefusal(file, line, "an answer block that starts with neither '=', '~', '#' nor T/F");
        }
        boolean matching = parts.stream().allMatch(p -> p.startsWith("=")) && unescaped(answers, "->", 0) >= 0;
        if (matching) {
            List<Drafts.Pair> pairs = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            for (String part : parts) {
                String body = part.substring(1);
                int arrow = unescaped(body, "->", 0);
                if (arrow < 0) {
                    throw new ImportRefusal(file, line, "a matching answer without '->': " + part.strip());
                }
                String item = cleanText(body.substring(0, arrow));
                String target = cleanText(body.substring(arrow + 2));
                if (item.isEmpty()) {
                    extra.add(target);
                } else {
                    pairs.add(new Drafts.Pair(item, target));
                }
            }
            Drafts.matching(head, pairs, extra, "matching", out);
            return;
        }
        boolean anyWrong = parts.stream().anyMatch(p -> p.startsWith("~"));
        if (!anyWrong) {
            out.skip(line, "shortanswer", "a short answer (typed in); Examloop's questions are answered by choosing");
            return;
        }
        List<Drafts.Choice> choices = new ArrayList<>();
        int equals = 0;
        for (String part : parts) {
            boolean isEquals = part.startsWith("=");
            String body = part.substring(1).strip();
            double weight = isEquals ? 100 : 0;
            if (body.startsWith("%")) {
                int end = body.indexOf('%', 1);
                if (end < 0) {
                    throw new ImportRefusal(file, line, "a weight without its closing '%': " + body);
                }
                try {
                    weight = Double.parseDouble(body.substring(1, end).strip());
                } catch (NumberFormatException e) {
                    throw new ImportRefusal(file, line, "'" + body.substring(0, end + 1) + "' is not a weight");
                }
                body = body.substring(end + 1);
            }
            List<String> textAndWhy = splitUnescaped(body, '#');
            String optionText = cleanText(textAndWhy.getFirst());
            String why =
                    textAndWhy.size() > 1 ? cleanText(String.join("#", textAndWhy.subList(1, textAndWhy.size()))) : "";
            if (isEquals) {
                equals++;
            }
            choices.add(new Drafts.Choice(optionText, why, isEquals || weight > 0));
        }
        if (equals == 1) {
            // One '=' answer: a multiple-choice question; partial credit of other answers is not kept.
            List<Drafts.Choice> single = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Drafts.Choice c = choices.get(i);
                single.add(new Drafts.Choice(c.text(), c.why(), parts.get(i).startsWith("=")));
            }
            choices = single;
        }
        long right = choices.stream().filter(Drafts.Choice::right).count();
        Drafts.choice(head, choices, right > 1, right > 1 ? "multichoice (multiple response)" : "multichoice", out);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Answers, each starting with its unescaped '=' or '~'. */
    private static List<String> splitAnswers(String answers) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '=' || c == '~') {
                if (start >= 0) {
                    parts.add(answers.substring(start, i));
                }
                start = i;
            } else if (start < 0 && !Character.isWhitespace(c)) {
                return List.of();
            }
        }
        if (start >= 0) {
            parts.add(answers.substring(start));
        }
        return parts;
    }

    private static String cleanText(String s) {
        return unescape(withoutFormat(s.strip())).strip();
    }

    private static String withoutFormat(String s) {
        for (String format : List.of("[html]", "[moodle]", "[plain]", "[markdown]")) {
            if (s.startsWith(format)) {
                return s.substring(format.length());
            }
        }
        return s;
    }

    static int unescaped(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastUnescaped(String s, char what) {
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.charAt(i) == what) {
                found = i;
            }
        }
        return found;
    }

    private static List<String> splitUnescaped(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.charAt(i) == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '~', '=', '#', '{', '}', ':', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        List<LeftOut> leftOut = new ArrayList<>();
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        for (Domain domain : pack.blueprint().domains()) {
            List<Question> questions = pack.questions().stream()
                    .filter(q -> q.domain().equals(domain.id()))
                    .toList();
            if (questions.isEmpty()) {
                continue;
            }
            out.write("$CATEGORY: " + Categories.forExport(domain.title()) + "\n\n");
            for (Question q : questions) {
                if (q.type() == QuestionType.ORDERING) {
                    leftOut.add(new LeftOut(q.id(), "GIFT has no ordering questions"));
                    continue;
                }
                writeQuestion(q, out);
            }
        }
        out.flush();
        return leftOut;
    }

    private static void writeQuestion(Question q, Writer out) throws IOException {
        if (!q.tags().isEmpty()) {
            out.write(TAGS_COMMENT + " " + String.join(", ", q.tags()) + "\n");
        }
        out.write("::" + escape(q.id()) + "::[markdown]" + escape(q.stem().strip()) + " {\n");
        switch (q.type()) {
            case SINGLE -> {
                for (Option o : q.options()) {
                    out.write((q.key().contains(o.id()) ? "=" : "~")
                            + escape(o.text().strip()) + why(o) + "\n");
                }
            }
            case MULTIPLE -> {
                String weight = Weights.share(q.key().size());
                for (Option o : q.options()) {
                    out.write((q.key().contains(o.id()) ? "~%" + weight + "%" : "~%-100%")
                            + escape(o.text().strip()) + why(o) + "\n");
                }
            }
            case MATCHING -> {
                List<String> paired = new ArrayList<>();
                for (String pair : q.key()) {
                    String optionId = pair.substring(0, pair.indexOf(':'));
                    String targetId = pair.substring(pair.indexOf(':') + 1);
                    paired.add(targetId);
                    out.write("="
                            + escape(q.option(optionId).orElseThrow().text().strip()) + " -> "
                            + escape(q.target(targetId).orElseThrow().text().strip()) + "\n");
                }
                for (var t : q.targets()) {
                    if (!paired.contains(t.id())) {
                        out.write("= -> " + escape(t.text().strip()) + "\n");
                    }
                }
            }
            case ORDERING -> throw new IllegalStateException("left out above");
        }
        if (!q.explanation().isBlank()) {
            out.write("####" + escape(q.explanation().strip()) + "\n");
        }
        out.write("}\n\n");
    }

    private static String why(Option o) {
        return o.why() == null || o.why().isBlank() ? "" : " #" + escape(o.why().strip());
    }
}
