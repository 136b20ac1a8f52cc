package dev.examloop.core.interchange;

import dev.examloop.core.pack.Domain;
import dev.examloop.core.pack.Option;
import dev.examloop.core.pack.Pack;
import dev.examloop.core.pack.Question;
import dev.examloop.core.pack.QuestionType;
import dev.examloop.core.pack.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamReader;

/**
 * IMS QTI 2.1: a single {@code assessmentItem} XML file, or a content package (a zip with {@code imsmanifest.xml}
 * whose resources of type {@code imsqti_item_xmlv2p1} are items). Read: items with one choice interaction (single or
 * multiple response), order interaction or match interaction (two match sets, {@code directedPair} keys); the text of
 * the item body around the interaction and its prompt make the stem, {@code feedbackInline} in a choice its why, and
 * {@code modalFeedback} the explanation. Images of a package become data URIs. Items with other interactions
 * (text entry, extended text, hotspot…) or several interactions are skipped. Written as a content package, one item
 * per question, with the question's category in the item's {@code label} and its tags as keywords in the manifest.
 */
public final class QtiFormat implements QuestionFormat {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String TOOL = "Examloop";
    private static final Set<String> INTERACTIONS = Set.of(
            "choiceInteraction",
            "orderInteraction",
            "matchInteraction",
            "associateInteraction",
            "gapMatchInteraction",
            "inlineChoiceInteraction",
            "textEntryInteraction",
            "extendedTextInteraction",
            "hottextInteraction",
            "hotspotInteraction",
            "selectPointInteraction",
            "graphicOrderInteraction",
            "graphicAssociateInteraction",
            "graphicGapMatchInteraction",
            "positionObjectInteraction",
            "sliderInteraction",
            "drawingInteraction",
            "uploadInteraction",
            "customInteraction",
            "mediaInteraction",
            "endAttemptInteraction");

    @Override
    public Format format() {
        return Format.QTI;
    }

    @Override
    public Bank read(ImportSource source) {
        Drafts.Bank0 out = new Drafts.Bank0();
        byte[] head = source.head(4);
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            readPackage(source, out);
        } else {
            XMLStreamReader reader = SafeXml.open(source);
            readItem(source.name(), reader, "", Map.of(), List.of(), out);
        }
        return out.bank(Format.QTI);
    }

    private static void readPackage(ImportSource source, Drafts.Bank0 out) {
        Map<String, byte[]> entries = SafeZip.read(source, name -> true);
        byte[] manifest = entries.get("imsmanifest.xml");
        if (manifest == null) {
            throw new ImportRefusal(source.name(), 0, "is a zip without imsmanifest.xml, so not a QTI content package");
        }
        String manifestName = source.name() + "!imsmanifest.xml";
        XMLStreamReader reader = SafeXml.open(manifestName, new ByteArrayInputStream(manifest));
        List<String[]> items = new ArrayList<>();
        Map<String, List<String>> keywords = new HashMap<>();
        while (SafeXml.nextStart(reader, manifestName)) {
            if (reader.getLocalName().equals("resource")) {
                SafeXml.Node resource = SafeXml.element(reader, manifestName);
                String type = String.valueOf(resource.attribute("type"));
                if (type.startsWith("imsqti_item_xmlv2p")) {
                    String href = resource.attribute("href");
                    if (href == null) {
                        throw new ImportRefusal(manifestName, resource.line(), "an item resource without href");
                    }
                    items.add(new String[] {href, String.valueOf(resource.line())});
                    List<String> tags = new ArrayList<>();
                    collectKeywords(resource, tags);
                    keywords.put(href, tags);
                }
            }
        }
        if (items.isEmpty()) {
            throw new ImportRefusal(manifestName, 0, "lists no QTI 2.1 item (resources of type imsqti_item_xmlv2p1)");
        }
        for (String[] item : items) {
            String href = item[0];
            SafeZip.checkName(source.name(), href);
            byte[] xml = entries.get(href);
            if (xml == null) {
                throw new ImportRefusal(
                        manifestName,
                        Integer.parseInt(item[1]),
                        "names item " + href + ", which the package does not hold");
            }
            String name = source.name() + "!" + href;
            String folder = href.contains("/") ? href.substring(0, href.lastIndexOf('/') + 1) : "";
            readItem(name, SafeXml.open(name, new ByteArrayInputStream(xml)), folder, entries, keywords.get(href), out);
        }
    }

    /** A choice's identifier, which QTI requires: a choice without one is refused (found by fuzzing). */
    private static String identifier(String file, SafeXml.Node choice) {
        String identifier = choice.attribute("identifier");
        if (identifier == null) {
            throw new ImportRefusal(file, choice.line(), "a <" + choice.name() + "> without an identifier");
        }
        return identifier;
    }

    private static void collectKeywords(SafeXml.Node node, List<String> tags) {
        for (SafeXml.Node child : node.children()) {
            if (child.name().equals("keyword")) {
                SafeXml.Node string = child.child("string");
                String tag = (string == null ? child.text() : string.text()).strip();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            } else {
                collectKeywords(child, tags);
            }
        }
    }

    private static void readItem(
            String file,
            XMLStreamReader reader,
            String folder,
            Map<String, byte[]> entries,
            List<String> tags,
            Drafts.Bank0 out) {
        if (!SafeXml.nextStart(reader, file) || !reader.getLocalName().equals("assessmentItem")) {
            throw new ImportRefusal(file, 1, "is not a QTI 2.1 item (no <assessmentItem>)");
        }
        SafeXml.Node item = SafeXml.element(reader, file);
        int line = item.line();
        Map<String, List<String>> correct = new HashMap<>();
        for (SafeXml.Node declaration : item.all("responseDeclaration")) {
            List<String> values = new ArrayList<>();
            SafeXml.Node correctResponse = declaration.child("correctResponse");
            if (correctResponse != null) {
                correctResponse.all("value").forEach(v -> values.add(v.text().strip()));
            }
            correct.put(declaration.attribute("identifier"), values);
        }
        SafeXml.Node body = item.child("itemBody");
        if (body == null) {
            throw new ImportRefusal(file, line, "an item without <itemBody>");
        }
        List<SafeXml.Node> interactions = new ArrayList<>();
        findInteractions(body, interactions);
        if (interactions.size() != 1) {
            out.skip(
                    line,
                    interactions.isEmpty() ? "no interaction" : "composite",
                    interactions.isEmpty()
                            ? "an item without an interaction asks nothing"
                            : "an item with " + interactions.size() + " interactions; Examloop's questions have one");
            return;
        }
        SafeXml.Node interaction = interactions.getFirst();
        Html html = new Html(folder, entries, !TOOL.equals(item.attribute("toolName")));
        String around = html.content(body, interaction).strip();
        SafeXml.Node prompt = interaction.child("prompt");
        String stem = (around
                        + (prompt == null
                                ? ""
                                : "\n\n" + html.content(prompt, null).strip()))
                .strip();
        if (stem.isEmpty()) {
            stem = String.valueOf(item.attribute("title"));
        }
        List<String> explanations = new ArrayList<>();
        item.all("modalFeedback")
                .forEach(f -> explanations.add(html.content(f, null).strip()));
        String category = item.attribute("label") == null ? "" : item.attribute("label");
        Drafts.Head head = new Drafts.Head(
                line,
                String.valueOf(item.attribute("title")),
                category,
                stem,
                String.join(
                        "\n\n", explanations.stream().filter(e -> !e.isEmpty()).toList()),
                tags);
        List<String> key = correct.getOrDefault(interaction.attribute("responseIdentifier"), List.of());
        switch (interaction.name()) {
            case "choiceInteraction" -> {
                List<Drafts.Choice> choices = new ArrayList<>();
                for (SafeXml.Node choice : interaction.all("simpleChoice")) {
                    choices.add(new Drafts.Choice(
                            html.content(choice, choice.child("feedbackInline")).strip(),
                            choice.child("feedbackInline") == null
                                    ? ""
                                    : html.content(choice.child("feedbackInline"), null)
                                            .strip(),
                            key.contains(identifier(file, choice))));
                }
                String maxChoices = interaction.attribute("maxChoices");
                boolean multiple = !"1".equals(maxChoices == null ? "1" : maxChoices.strip());
                Drafts.choice(head, choices, multiple && key.size() > 1, "choiceInteraction", out);
            }
            case "orderInteraction" -> {
                List<SafeXml.Node> listed = interaction.all("simpleChoice");
                List<String> ids = listed.stream().map(c -> identifier(file, c)).toList();
                List<Integer> order = new ArrayList<>();
                for (String k : key) {
                    int i = ids.indexOf(k);
                    if (i < 0) {
                        throw new ImportRefusal(
                                file, line, "the correct response names '" + k + "', which is no choice");
                    }
                    order.add(i);
                }
                if (order.size() != listed.size()) {
                    throw new ImportRefusal(
                            file,
                            line,
                            "the correct order names " + order.size() + " of " + listed.size() + " choices");
                }
                Drafts.ordering(
                        head,
                        listed.stream()
                                .map(c -> new Drafts.Choice(
                                        html.content(c, c.child("feedbackInline"))
                                                .strip(),
                                        c.child("feedbackInline") == null
                                                ? ""
                                                : html.content(c.child("feedbackInline"), null)
                                                        .strip(),
                                        true))
                                .toList(),
                        order,
                        "orderInteraction",
                        out);
            }
            case "matchInteraction" -> {
                List<SafeXml.Node> sets = interaction.all("simpleMatchSet");
                if (sets.size() != 2) {
                    throw new ImportRefusal(
                            file, line, "a match interaction needs two simpleMatchSets, this has " + sets.size());
                }
                Map<String, String> left = new LinkedHashMap<>();
                sets.get(0)
                        .all("simpleAssociableChoice")
                        .forEach(c -> left.put(
                                identifier(file, c), html.content(c, null).strip()));
                Map<String, String> right = new LinkedHashMap<>();
                sets.get(1)
                        .all("simpleAssociableChoice")
                        .forEach(c -> right.put(
                                identifier(file, c), html.content(c, null).strip()));
                List<Drafts.Pair> pairs = new ArrayList<>();
                for (String pair : key) {
                    String[] ends = pair.strip().split("\\s+", -1);
                    if (ends.length != 2 || !left.containsKey(ends[0]) || !right.containsKey(ends[1])) {
                        throw new ImportRefusal(
                                file, line, "the correct pair '" + pair + "' names no source and target");
                    }
                    pairs.add(new Drafts.Pair(left.get(ends[0]), right.get(ends[1])));
                }
                if (pairs.size() != left.size()) {
                    out.skip(
                            line,
                            "matchInteraction",
                            "pairs " + pairs.size() + " of " + left.size()
                                    + " items; Examloop's matching questions pair every item once");
                    return;
                }
                List<String> extra = new ArrayList<>(right.values());
                Drafts.matching(head, pairs, extra, "matchInteraction", out);
            }
            default -> out.skip(line, interaction.name(), "Examloop has no question type for a " + interaction.name());
        }
    }

    private static void findInteractions(SafeXml.Node node, List<SafeXml.Node> found) {
        for (SafeXml.Node child : node.children()) {
            if (INTERACTIONS.contains(child.name())) {
                found.add(child);
            } else {
                findInteractions(child, found);
            }
        }
    }

    /** Writes an element's content back as (X)HTML text, leaving out one child; package images become data URIs. */
    private record Html(String folder, Map<String, byte[]> entries, boolean collapseWhitespace) {
        // The child left out is that very element, by identity: two equal elements are still two elements.
        @SuppressWarnings("ReferenceEquality")
        String content(SafeXml.Node node, SafeXml.Node without) {
            StringBuilder out = new StringBuilder();
            // Text alone is given back as it is (an item Examloop wrote holds Markdown); text beside markup is escaped.
            boolean markup = node.children().stream().anyMatch(c -> c != without);
            for (Object part : node.content()) {
                if (part instanceof String raw) {
                    // Other tools indent their XML; in HTML that whitespace means nothing. Examloop's own items hold
                    // Markdown, whose line breaks and indents are kept.
                    String text = collapseWhitespace ? collapse(raw) : raw;
                    out.append(markup ? escape(text) : text);
                } else if (part instanceof SafeXml.Node child
                        && child != without
                        && !INTERACTIONS.contains(child.name())) {
                    element(child, out);
                }
            }
            return out.toString();
        }

        private void element(SafeXml.Node node, StringBuilder out) {
            if (node.name().equals("feedbackInline") || node.name().equals("prompt")) {
                return;
            }
            out.append('<').append(node.name());
            node.attributes().forEach((name, value) -> {
                String v = node.name().equals("img") && name.equals("src") ? image(value) : value;
                out.append(' ')
                        .append(name)
                        .append("=\"")
                        .append(escape(v).replace("\"", "&quot;"))
                        .append('"');
            });
            if (node.content().isEmpty()) {
                out.append(" />");
                return;
            }
            out.append('>')
                    .append(content(node, null))
                    .append("</")
                    .append(node.name())
                    .append('>');
        }

        private static String collapse(String text) {
            StringBuilder out = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = true;
                } else {
                    if (space) {
                        out.append(' ');
                    }
                    space = false;
                    out.append(c);
                }
            }
            if (space) {
                out.append(' ');
            }
            return out.toString();
        }

        private String image(String src) {
            byte[] data = entries.get(folder + src);
            String type = MoodleXmlFormat.imageType(src);
            if (data == null || type == null) {
                return src;
            }
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data);
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    @Override
    public List<LeftOut> write(Pack pack, OutputStream stream) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(stream);
        ByteArrayOutputStream manifest = new ByteArrayOutputStream();
        XmlOut m = new XmlOut(manifest);
        m.start(
                "manifest",
                "xmlns",
                "http://www.imsglobal.org/xsd/imscp_v1p1",
                "xmlns:imsmd",
                "http://ltsc.ieee.org/xsd/LOM",
                "identifier",
                "MANIFEST-" + pack.code());
        m.start("metadata");
        m.element("schema", "QTIv2.1 Package");
        m.element("schemaversion", "1.0.0");
        m.end();
        m.element("organizations", "");
        m.start("resources");
        for (Question q : pack.questions()) {
            String href = "items/" + q.id() + ".xml";
            m.start("resource", "identifier", q.id(), "type", "imsqti_item_xmlv2p1", "href", href);
            if (!q.tags().isEmpty()) {
                m.start("metadata");
                m.start("imsmd:lom");
                m.start("imsmd:general");
                for (String tag : q.tags()) {
                    m.start("imsmd:keyword");
                    m.element("imsmd:string", tag);
                    m.end();
                }
                m.end();
                m.end();
                m.end();
            }
            m.start("file", "href", href);
            m.end();
            m.end();
            zip.putNextEntry(new ZipEntry(href));
            ByteArrayOutputStream itemBytes = new ByteArrayOutputStream();
            writeItem(q, pack.blueprint().domain(q.domain()).map(Domain::title).orElse(""), itemBytes);
            zip.write(itemBytes.toByteArray());
            zip.closeEntry();
        }
        m.end();
        m.end();
        m.finish();
        zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
        zip.write(manifest.toByteArray());
        zip.closeEntry();
        zip.finish();
        return List.of();
    }

    private static void writeItem(Question q, String category, OutputStream stream) {
        XmlOut x = new XmlOut(stream);
        x.start(
                "assessmentItem",
                "xmlns",
                NS,
                "identifier",
                q.id(),
                "title",
                q.id(),
                "label",
                category,
                "adaptive",
                "false",
                "timeDependent",
                "false",
                "toolName",
                TOOL);
        String cardinality = switch (q.type()) {
            case SINGLE -> "single";
            case MULTIPLE, MATCHING -> "multiple";
            case ORDERING -> "ordered";
        };
        x.start(
                "responseDeclaration",
                "identifier",
                "RESPONSE",
                "cardinality",
                cardinality,
                "baseType",
                q.type() == QuestionType.MATCHING ? "directedPair" : "identifier");
        x.start("correctResponse");
        for (String k : q.key()) {
            x.element("value", q.type() == QuestionType.MATCHING ? k.replace(':', ' ') : k);
        }
        x.end();
        x.end();
        x.start("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
        x.end();
        if (!q.explanation().isBlank()) {
            x.start("outcomeDeclaration", "identifier", "FEEDBACK", "cardinality", "single", "baseType", "identifier");
            x.end();
        }
        x.start("itemBody");
        switch (q.type()) {
            case SINGLE, MULTIPLE -> {
                x.start(
                        "choiceInteraction",
                        "responseIdentifier",
                        "RESPONSE",
                        "shuffle",
                        "false",
                        "maxChoices",
                        q.type() == QuestionType.SINGLE
                                ? "1"
                                : String.valueOf(q.key().size()));
                x.element("prompt", q.stem().strip());
                for (Option o : q.options()) {
                    x.start("simpleChoice", "identifier", o.id());
                    x.text(o.text().strip());
                    if (o.why() != null && !o.why().isBlank()) {
                        x.element(
                                "feedbackInline",
                                o.why().strip(),
                                "outcomeIdentifier",
                                "FEEDBACK",
                                "identifier",
                                o.id(),
                                "showHide",
                                "show");
                    }
                    x.end();
                }
                x.end();
            }
            case ORDERING -> {
                x.start("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false");
                x.element("prompt", q.stem().strip());
                for (Option o : q.options()) {
                    x.start("simpleChoice", "identifier", o.id());
                    x.text(o.text().strip());
                    if (o.why() != null && !o.why().isBlank()) {
                        x.element(
                                "feedbackInline",
                                o.why().strip(),
                                "outcomeIdentifier",
                                "FEEDBACK",
                                "identifier",
                                o.id(),
                                "showHide",
                                "show");
                    }
                    x.end();
                }
                x.end();
            }
            case MATCHING -> {
                x.start(
                        "matchInteraction",
                        "responseIdentifier",
                        "RESPONSE",
                        "shuffle",
                        "false",
                        "maxAssociations",
                        String.valueOf(q.options().size()));
                x.element("prompt", q.stem().strip());
                x.start("simpleMatchSet");
                for (Option o : q.options()) {
                    x.element("simpleAssociableChoice", o.text().strip(), "identifier", o.id(), "matchMax", "1");
                }
                x.end();
                x.start("simpleMatchSet");
                for (Target t : q.targets()) {
                    x.element(
                            "simpleAssociableChoice",
                            t.text().strip(),
                            "identifier",
                            t.id(),
                            "matchMax",
                            String.valueOf(q.options().size()));
                }
                x.end();
                x.end();
            }
        }
        x.end();
        x.start(
                "responseProcessing",
                "template",
                "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct");
        x.end();
        if (!q.explanation().isBlank()) {
            x.element(
                    "modalFeedback",
                    q.explanation().strip(),
                    "outcomeIdentifier",
                    "FEEDBACK",
                    "identifier",
                    "EXPLANATION",
                    "showHide",
                    "hide");
        }
        x.end();
        x.finish();
    }
}
