package dev.examloop.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML input that cannot reach outside the file or blow up: the JDK's StAX parser with DTD support and external
 * entities off, and a document with a DOCTYPE refused outright (no entity declarations, so no billion laughs and no
 * XXE). Elements are read into small {@link Node} trees one question at a time, within a depth and size bound.
 */
final class SafeXml {
    static final int MAX_DEPTH = 64;
    static final long MAX_TEXT = 32L * 1024 * 1024;

    private SafeXml() {}

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory;
    }

    /** A parser over {@code source}: its bytes when no encoding was given (the XML declaration decides), else text. */
    static XMLStreamReader open(ImportSource source) {
        try {
            if (source.encoding().isPresent()) {
                Reader reader = TextInput.open(source);
                return factory().createXMLStreamReader(reader);
            }
            InputStream in = source.open();
            return factory().createXMLStreamReader(in);
        } catch (IOException e) {
            throw new ImportRefusal(source.name(), 0, "cannot be read: " + e.getMessage());
        } catch (XMLStreamException e) {
            throw refusal(source.name(), e);
        } catch (ImportRefusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportRefusal(
                    source.name(), 0, "is not well-formed XML (" + e.getClass().getSimpleName() + ")");
        }
    }

    static XMLStreamReader open(String name, InputStream in) {
        try {
            return factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw refusal(name, e);
        } catch (RuntimeException e) {
            throw new ImportRefusal(
                    name, 0, "is not well-formed XML (" + e.getClass().getSimpleName() + ")");
        }
    }

    static ImportRefusal refusal(String file, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        String message = e.getMessage() == null ? "is not well-formed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return new ImportRefusal(file, line, "is not well-formed XML: " + message.strip());
    }

    /** Moves to the next start element (refusing a DOCTYPE on the way); false at the end of the document. */
    static boolean nextStart(XMLStreamReader reader, String file) {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportRefusal(
                            file,
                            reader.getLocation().getLineNumber(),
                            "has a DOCTYPE; Examloop does not read DTDs or entity declarations in imported XML");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw refusal(file, e);
        } catch (ImportRefusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw parserFault(file, reader, e);
        }
    }

    /**
     * The JDK's parser throws a few unchecked exceptions of its own on malformed input (fuzzing found a
     * {@code MissingResourceException}: the message of a DTD error that its resource bundle lacks): those are
     * malformed input too, refused like any other.
     */
    static ImportRefusal parserFault(String file, XMLStreamReader reader, RuntimeException e) {
        int line;
        try {
            line = Math.max(0, reader.getLocation().getLineNumber());
        } catch (RuntimeException unknown) {
            line = 0;
        }
        return new ImportRefusal(
                file, line, "is not well-formed XML (" + e.getClass().getSimpleName() + ")");
    }

    /** Reads the element the reader is on (a start element) and everything in it. */
    static Node element(XMLStreamReader reader, String file) {
        try {
            long[] budget = {MAX_TEXT};
            return element(reader, file, 0, budget);
        } catch (XMLStreamException e) {
            throw refusal(file, e);
        } catch (ImportRefusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw parserFault(file, reader, e);
        }
    }

    private static Node element(XMLStreamReader reader, String file, int depth, long[] budget)
            throws XMLStreamException {
        int line = reader.getLocation().getLineNumber();
        if (depth > MAX_DEPTH) {
            throw new ImportRefusal(file, line, "nests elements more than " + MAX_DEPTH + " deep");
        }
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<Node> children = new ArrayList<>();
        List<Object> content = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Node child = element(reader, file, depth + 1, budget);
                    children.add(child);
                    content.add(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    String chunk = reader.getText();
                    budget[0] -= chunk.length();
                    if (budget[0] < 0) {
                        throw new ImportRefusal(file, line, "has an element with more than 32 MB of text");
                    }
                    text.append(chunk);
                    content.add(chunk);
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new ImportRefusal(
                            file, reader.getLocation().getLineNumber(), "refers to an entity that is not declared");
                case XMLStreamConstants.DTD ->
                    throw new ImportRefusal(
                            file, reader.getLocation().getLineNumber(), "has a DOCTYPE inside the document");
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Node(name, attributes, text.toString(), children, content, line);
                }
                default -> {}
            }
        }
        throw new ImportRefusal(file, line, "ends inside <" + name + ">");
    }

    /**
     * An element: its local name, attributes, own text (the concatenation of its direct text), children and mixed
     * content in document order.
     */
    record Node(
            String name,
            Map<String, String> attributes,
            String text,
            List<Node> children,
            List<Object> content,
            int line) {
        Node child(String childName) {
            return children.stream()
                    .filter(c -> c.name.equals(childName))
                    .findFirst()
                    .orElse(null);
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        String attribute(String attributeName) {
            return attributes.get(attributeName);
        }

        /** The text of child {@code childName}'s {@code <text>} (Moodle's pattern), or "". */
        String textOf(String childName) {
            Node child = child(childName);
            if (child == null) {
                return "";
            }
            Node inner = child.child("text");
            return inner == null ? child.text().strip() : inner.text().strip();
        }
    }
}
