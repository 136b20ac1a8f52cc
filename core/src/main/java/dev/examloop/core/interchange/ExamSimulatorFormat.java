package dev.examloop.core.interchange;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The exam file of the open-source exam simulator (github.com/exam-simulator/simulator, docs/schema.md): an object
 * with {@code title}, {@code code}, {@code time}, {@code pass} and {@code test}, a list of questions each with a
 * {@code variant} (0 multiple choice, 1 multiple answer, 2 fill in the blank, 3 list order), {@code question} and
 * {@code explanation} as lists of nodes (variant 0 an image URL, 1 text, 2 large text), {@code choices} ({@code
 * label}, {@code text}) and {@code answer} (a boolean per choice). A list-order question's choices are in their right
 * order. Fill-in-the-blank questions are skipped. Examloop adds {@code category} and {@code tags} to each question,
 * which the simulator ignores and Examloop reads back. JSON is read with SnakeYAML Engine's composer (JSON is YAML
 * 1.2), which gives every node its line; aliases are refused.
 */
public final class ExamSimulatorFormat implements QuestionFormat {
    @Override
    public Format format() {
        return Format.EXAM_SIMULATOR;
    }

    @Override
    public Bank read(ImportSource source) {
        String file = source.name();
        Node root;
        try (Reader reader = TextInput.open(source)) {
            LoadSettings settings = LoadSettings.builder()
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, ImportSource.MAX_BYTES))
                    .setMaxAliasesForCollections(0)
                    .setAllowDuplicateKeys(false)
                    .setLabel(file)
                    .build();
            root = new Compose(settings).composeReader(reader).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ImportRefusal(file, line, "is not valid JSON: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ImportRefusal(file, 0, "is not valid JSON: " + e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            throw new ImportRefusal(file, 0, "cannot be read as text in its encoding; give it with --encoding");
        }
        if (!(root instanceof MappingNode exam)) {
            throw new ImportRefusal(
                    file, root == null ? 0 : line(root), "is not an exam-simulator exam (an object with \"test\")");
        }
        Node test = field(exam, "test");
        if (!(test instanceof SequenceNode questions)) {
            throw new ImportRefusal(file, line(exam), "has no \"test\" list of questions");
        }
        Drafts.Bank0 out = new Drafts.Bank0();
        for (Node item : questions.getValue()) {
            readQuestion(file, item, out);
        }
        return out.bank(Format.EXAM_SIMULATOR);
    }

    private static void readQuestion(String file, Node item, Drafts.Bank0 out) {
        int line = line(item);
        if (!(item instanceof MappingNode q)) {
            throw new ImportRefusal(file, line, "a question that is not an object");
        }
        String variant = scalar(field(q, "variant"));
        String stem = nodes(file, field(q, "question"));
        String explanation = nodes(file, field(q, "explanation"));
        String category = scalar(field(q, "category"));
        List<String> tags = new ArrayList<>();
        if (field(q, "tags") instanceof SequenceNode tagList) {
            tagList.getValue().forEach(t -> tags.add(scalar(t)));
        }
        if (stem.isBlank()) {
            throw new ImportRefusal(file, line, "\"question\": a question without text");
        }
        List<String> choices = new ArrayList<>();
        if (field(q, "choices") instanceof SequenceNode list) {
            for (Node choice : list.getValue()) {
                choices.add(choice instanceof MappingNode m ? scalar(field(m, "text")) : scalar(choice));
            }
        }
        List<Boolean> answer = new ArrayList<>();
        if (field(q, "answer") instanceof SequenceNode list) {
            list.getValue().forEach(a -> answer.add("true".equals(scalar(a))));
        }
        Drafts.Head head = new Drafts.Head(line, "", category, stem, explanation, tags);
        switch (variant) {
            case "0", "1" -> {
                if (answer.size() != choices.size()) {
                    throw new ImportRefusal(
                            file,
                            line,
                            "\"answer\" has " + answer.size() + " values for " + choices.size() + " choices");
                }
                List<Drafts.Choice> list = new ArrayList<>();
                for (int i = 0; i < choices.size(); i++) {
                    list.add(new Drafts.Choice(choices.get(i), "", answer.get(i)));
                }
                Drafts.choice(
                        head,
                        list,
                        variant.equals("1"),
                        variant.equals("0") ? "multiple choice" : "multiple answer",
                        out);
            }
            case "2" ->
                out.skip(line, "fill in the blank", "a typed answer; Examloop's questions are answered by choosing");
            case "3" ->
                Drafts.ordering(
                        head,
                        choices.stream()
                                .map(c -> new Drafts.Choice(c, "", true))
                                .toList(),
                        "list order",
                        out);
            default ->
                throw new ImportRefusal(file, line, "\"variant\" is '" + variant + "'; the simulator's are 0 to 3");
        }
    }

    private static String nodes(String file, Node node) {
        if (node == null) {
            return "";
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        if (!(node instanceof SequenceNode list)) {
            throw new ImportRefusal(file, line(node), "a list of text and image nodes was expected");
        }
        List<String> parts = new ArrayList<>();
        for (Node n : list.getValue()) {
            if (!(n instanceof MappingNode m)) {
                throw new ImportRefusal(file, line(n), "a node that is not an object");
            }
            String text = scalar(field(m, "text")).strip();
            if (text.isEmpty()) {
                continue;
            }
            parts.add(
                    switch (scalar(field(m, "variant"))) {
                        case "0" -> "![](" + text + ")";
                        case "2" -> "**" + text + "**";
                        default -> text;
                    });
        }
        return String.join("\n\n", parts);
    }

    private static Node field(MappingNode map, String name) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        List<LeftOut> leftOut = new ArrayList<>();
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        var b = pack.blueprint();
        out.write("{\n");
        out.write("  \"id\": " + Json.string(b.code()) + ",\n");
        out.write("  \"title\": " + Json.string(b.title()) + ",\n");
        out.write("  \"description\": " + Json.string(b.notice() == null ? "" : b.notice()) + ",\n");
        out.write("  \"author\": {\"id\": \"\", \"name\": " + Json.string(b.vendor()) + ", \"image\": \"\"},\n");
        out.write("  \"code\": " + Json.string(b.code()) + ",\n");
        out.write("  \"time\": " + b.exam().durationMinutes() + ",\n");
        int pass = (int) Math.round(100.0
                * (b.exam().passingScore() - b.exam().scaleMin())
                / Math.max(1, b.exam().scaleMax() - b.exam().scaleMin()));
        out.write("  \"pass\": " + pass + ",\n");
        out.write("  \"image\": \"\",\n");
        out.write("  \"cover\": [{\"variant\": 2, \"text\": " + Json.string(b.title()) + "}],\n");
        out.write("  \"test\": [");
        boolean first = true;
        for (Question q : pack.questions()) {
            if (q.type() == QuestionType.MATCHING) {
                leftOut.add(new LeftOut(q.id(), "the exam simulator has no matching questions"));
                continue;
            }
            out.write(first ? "\n" : ",\n");
            first = false;
            writeQuestion(
                    q, pack.blueprint().domain(q.domain()).map(Domain::title).orElse(""), out);
        }
        out.write("\n  ]\n}\n");
        out.flush();
        return leftOut;
    }

    private static void writeQuestion(Question q, String category, Writer out) throws IOException {
        int variant = switch (q.type()) {
            case SINGLE -> 0;
            case MULTIPLE -> 1;
            case ORDERING -> 3;
            case MATCHING -> throw new IllegalStateException("left out");
        };
        List<Option> options = q.type() == QuestionType.ORDERING
                ? q.key().stream().map(id -> q.option(id).orElseThrow()).toList()
                : q.options();
        StringBuilder json = new StringBuilder("    {\"variant\": " + variant + ",\n");
        json.append("     \"question\": [{\"variant\": 1, \"text\": ")
                .append(Json.string(q.stem().strip()))
                .append("}],\n");
        json.append("     \"choices\": [");
        List<String> choices = new ArrayList<>();
        List<String> answer = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String label = i < 26 ? String.valueOf((char) ('A' + i)) : String.valueOf(i + 1);
            choices.add("{\"label\": " + Json.string(label) + ", \"text\": "
                    + Json.string(options.get(i).text().strip()) + "}");
            answer.add(String.valueOf(q.type() != QuestionType.ORDERING
                    && q.key().contains(options.get(i).id())));
        }
        json.append(String.join(", ", choices)).append("],\n");
        json.append("     \"answer\": [")
                .append(q.type() == QuestionType.ORDERING ? "" : String.join(", ", answer))
                .append("],\n");
        json.append("     \"explanation\": [");
        if (!q.explanation().isBlank()) {
            json.append("{\"variant\": 1, \"text\": ")
                    .append(Json.string(q.explanation().strip()))
                    .append("}");
        }
        json.append("],\n");
        json.append("     \"category\": ").append(Json.string(category)).append(",\n");
        json.append("     \"tags\": [")
                .append(String.join(", ", q.tags().stream().map(Json::string).toList()))
                .append("]}");
        out.write(json.toString());
    }

    static final class Json {
        private Json() {}

        static String string(String s) {
            StringBuilder out = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
