package dev.examloop.core.interchange;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.Target;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): {@code <quiz>} with {@code <question type="…">} elements.
 * Read: category (the path becomes the category of the questions after it), multichoice (single or multiple
 * response), truefalse, matching and ordering (the qtype_ordering plugin: answers in their right order). Files
 * embedded as base64 ({@code <file>} beside a text, {@code @@PLUGINFILE@@/name} in it, and Moodle 1.9's
 * {@code <image_base64>}) become data URIs when they are images. Tags, general feedback (the explanation) and answer
 * feedback (the option's why) are kept. Every other type is skipped with its name.
 */
public final class MoodleXmlFormat implements QuestionFormat {
    @Override
    public Format format() {
        return Format.MOODLE_XML;
    }

    @Override
    public Bank read(ImportSource source) {
        String file = source.name();
        XMLStreamReader reader = SafeXml.open(source);
        Drafts.Bank0 out = new Drafts.Bank0();
        try {
            if (!SafeXml.nextStart(reader, file) || !reader.getLocalName().equals("quiz")) {
                throw new ImportRefusal(file, reader.getLocation().getLineNumber(), "is not Moodle XML (no <quiz>)");
            }
            String category = "";
            while (SafeXml.nextStart(reader, file)) {
                if (!reader.getLocalName().equals("question")) {
                    throw new ImportRefusal(
                            file,
                            reader.getLocation().getLineNumber(),
                            "<" + reader.getLocalName() + "> where a <question> was expected");
                }
                SafeXml.Node question = SafeXml.element(reader, file);
                String type = question.attribute("type");
                if (type == null) {
                    throw new ImportRefusal(file, question.line(), "a <question> without its type attribute");
                }
                if (type.equals("category")) {
                    category = Categories.clean(question.textOf("category"));
                    continue;
                }
                readQuestion(file, question, type, category, out);
            }
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // reading is over; nothing to release that matters
            }
        }
        return out.bank(Format.MOODLE_XML);
    }

    private static void readQuestion(String file, SafeXml.Node q, String type, String category, Drafts.Bank0 out) {
        int line = q.line();
        String name = q.textOf("name");
        String stem = withFiles(q.child("questiontext")) + oldImage(q);
        if (stem.isBlank()) {
            stem = name;
        }
        String explanation = withFiles(q.child("generalfeedback"));
        List<String> tags = new ArrayList<>();
        SafeXml.Node tagList = q.child("tags");
        if (tagList != null) {
            tagList.all("tag").forEach(t -> {
                String tag = t.child("text") == null
                        ? t.text().strip()
                        : t.child("text").text().strip();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            });
        }
        Drafts.Head head = new Drafts.Head(line, name, category, stem, explanation, tags);
        switch (type) {
            case "multichoice" -> {
                boolean single = !"false".equalsIgnoreCase(q.textOf("single")) && !"0".equals(q.textOf("single"));
                List<Drafts.Choice> choices = new ArrayList<>();
                for (SafeXml.Node answer : q.all("answer")) {
                    choices.add(new Drafts.Choice(
                            withFiles(answer), withFiles(answer.child("feedback")), fraction(file, answer) > 0));
                }
                if (single) {
                    // Single-answer: the key is the answer worth 100 %; partial credit is not kept.
                    List<Drafts.Choice> keyed = new ArrayList<>();
                    List<SafeXml.Node> answers = q.all("answer");
                    for (int i = 0; i < answers.size(); i++) {
                        Drafts.Choice c = choices.get(i);
                        keyed.add(new Drafts.Choice(c.text(), c.why(), fraction(file, answers.get(i)) >= 99.9));
                    }
                    Drafts.choice(head, keyed, false, type, out);
                } else {
                    Drafts.choice(head, choices, true, type, out);
                }
            }
            case "truefalse" -> {
                List<Drafts.Choice> choices = new ArrayList<>();
                for (SafeXml.Node answer : q.all("answer")) {
                    String text =
                            answer.textOf("text").isEmpty() ? answer.text().strip() : answer.textOf("text");
                    String label =
                            text.equalsIgnoreCase("true") ? "True" : text.equalsIgnoreCase("false") ? "False" : text;
                    choices.add(
                            new Drafts.Choice(label, withFiles(answer.child("feedback")), fraction(file, answer) > 0));
                }
                Drafts.choice(head, choices, false, type, out);
            }
            case "matching" -> {
                List<Drafts.Pair> pairs = new ArrayList<>();
                List<String> extra = new ArrayList<>();
                for (SafeXml.Node sub : q.all("subquestion")) {
                    String item = withFiles(sub);
                    SafeXml.Node answer = sub.child("answer");
                    String target = answer == null
                            ? ""
                            : answer.textOf("text").isEmpty() ? answer.text().strip() : answer.textOf("text");
                    if (target.isEmpty()) {
                        throw new ImportRefusal(file, sub.line(), "a matching subquestion without an answer");
                    }
                    if (item.isEmpty()) {
                        extra.add(target);
                    } else {
                        pairs.add(new Drafts.Pair(item, target));
                    }
                }
                Drafts.matching(head, pairs, extra, type, out);
            }
            case "ordering" -> {
                List<Drafts.Choice> steps = new ArrayList<>();
                for (SafeXml.Node answer : q.all("answer")) {
                    steps.add(new Drafts.Choice(withFiles(answer), withFiles(answer.child("feedback")), true));
                }
                Drafts.ordering(head, steps, type, out);
            }
            case "shortanswer" ->
                out.skip(line, type, "a short answer (typed in); Examloop's questions are answered by choosing");
            case "numerical" ->
                out.skip(line, type, "a numerical answer; Examloop's questions are answered by choosing");
            case "essay" -> out.skip(line, type, "an essay is marked by hand; Examloop has no such type");
            case "cloze", "multianswer" -> out.skip(line, type, "embedded answers (cloze); Examloop has no such type");
            case "description" -> out.skip(line, type, "a description is text without a question");
            default -> out.skip(line, type, "Examloop has no '" + type + "' question type");
        }
    }

    private static double fraction(String file, SafeXml.Node answer) {
        String value = answer.attribute("fraction");
        if (value == null) {
            return 0;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new ImportRefusal(file, answer.line(), "fraction '" + value + "' is not a number");
        }
    }

    /** The element's {@code <text>}, with its {@code @@PLUGINFILE@@} images as data URIs. */
    private static String withFiles(SafeXml.Node element) {
        if (element == null) {
            return "";
        }
        SafeXml.Node textNode = element.child("text");
        String text = textNode == null ? "" : textNode.text().strip();
        for (SafeXml.Node file : element.all("file")) {
            String name = file.attribute("name");
            String mime = name == null ? null : imageType(name);
            if (mime != null && "base64".equalsIgnoreCase(file.attribute("encoding"))) {
                text = text.replace("@@PLUGINFILE@@/" + name, "data:" + mime + ";base64," + compact(file.text()));
            }
        }
        return text;
    }

    private static String oldImage(SafeXml.Node q) {
        String name = q.textOf("image");
        SafeXml.Node data = q.child("image_base64");
        if (name.isEmpty() || data == null || imageType(name) == null) {
            return "";
        }
        return "\n\n<img src=\"data:" + imageType(name) + ";base64," + compact(data.text()) + "\" alt=\"" + name
                + "\">";
    }

    private static String compact(String base64) {
        StringBuilder out = new StringBuilder(base64.length());
        base64.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    static String imageType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Map<String, String> types = Map.of(
                ".png",
                "image/png",
                ".jpg",
                "image/jpeg",
                ".jpeg",
                "image/jpeg",
                ".gif",
                "image/gif",
                ".webp",
                "image/webp",
                ".svg",
                "image/svg+xml");
        return types.entrySet().stream()
                .filter(e -> lower.endsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        XmlOut out = new XmlOut(stream);
        out.start("quiz");
        for (Domain domain : pack.blueprint().domains()) {
            List<Question> questions = pack.questions().stream()
                    .filter(q -> q.domain().equals(domain.id()))
                    .toList();
            if (questions.isEmpty()) {
                continue;
            }
            out.start("question", "type", "category");
            out.start("category");
            out.element("text", "$course$/" + domain.title().replace("/", " - "));
            out.end();
            out.end();
            for (Question q : questions) {
                writeQuestion(q, out);
            }
        }
        out.end();
        out.finish();
        return List.of();
    }

    private static void writeQuestion(Question q, XmlOut out) {
        String type = switch (q.type()) {
            case SINGLE, MULTIPLE -> "multichoice";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
        };
        out.start("question", "type", type);
        out.start("name");
        out.element("text", q.id());
        out.end();
        out.start("questiontext", "format", "markdown");
        out.element("text", q.stem().strip());
        out.end();
        out.start("generalfeedback", "format", "markdown");
        out.element("text", q.explanation().strip());
        out.end();
        out.element("defaultgrade", "1");
        out.element("idnumber", q.id());
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                out.element("single", q.type() == dev.examloop.core.pack.QuestionType.SINGLE ? "true" : "false");
                out.element("shuffleanswers", "true");
                String share = Weights.share(q.key().size());
                for (Option o : q.options()) {
                    boolean right = q.key().contains(o.id());
                    out.start("answer", "fraction", right ? share : "0", "format", "markdown");
                    out.element("text", o.text().strip());
                    out.start("feedback", "format", "markdown");
                    out.element("text", o.why() == null ? "" : o.why().strip());
                    out.end();
                    out.end();
                }
            }
            case MATCHING -> {
                List<String> paired = new ArrayList<>();
                for (String pair : q.key()) {
                    String optionId = pair.substring(0, pair.indexOf(':'));
                    String targetId = pair.substring(pair.indexOf(':') + 1);
                    paired.add(targetId);
                    out.start("subquestion", "format", "markdown");
                    out.element("text", q.option(optionId).orElseThrow().text().strip());
                    out.start("answer");
                    out.element("text", q.target(targetId).orElseThrow().text().strip());
                    out.end();
                    out.end();
                }
                for (Target t : q.targets()) {
                    if (!paired.contains(t.id())) {
                        out.start("subquestion", "format", "markdown");
                        out.element("text", "");
                        out.start("answer");
                        out.element("text", t.text().strip());
                        out.end();
                        out.end();
                    }
                }
            }
            case ORDERING -> {
                for (String id : q.key()) {
                    Option step = q.option(id).orElseThrow();
                    out.start("answer", "fraction", "1", "format", "markdown");
                    out.element("text", step.text().strip());
                    out.start("feedback", "format", "markdown");
                    out.element("text", step.why() == null ? "" : step.why().strip());
                    out.end();
                    out.end();
                }
            }
        }
        if (!q.tags().isEmpty()) {
            out.start("tags");
            for (String tag : q.tags()) {
                out.start("tag");
                out.element("text", tag);
                out.end();
            }
            out.end();
        }
        out.end();
    }
}
