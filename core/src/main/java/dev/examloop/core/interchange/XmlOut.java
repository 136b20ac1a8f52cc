package dev.examloop.core.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes indented XML with the JDK's StAX writer, which escapes text and attribute values. */
final class XmlOut {
    private final XMLStreamWriter writer;
    private int depth;
    private boolean hadChild;

    XmlOut(OutputStream out) {
        this(out, null);
    }

    XmlOut(OutputStream out, String defaultNamespace) {
        try {
            writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    XMLStreamWriter raw() {
        return writer;
    }

    void start(String name, String... attributes) {
        try {
            newline();
            writer.writeStartElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                writer.writeAttribute(attributes[i], attributes[i + 1]);
            }
            depth++;
            hadChild = false;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    void end() {
        try {
            depth--;
            if (hadChild) {
                newline();
            }
            writer.writeEndElement();
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    void element(String name, String text, String... attributes) {
        start(name, attributes);
        try {
            writer.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        hadChild = false;
        end();
    }

    void text(String text) {
        try {
            writer.writeCharacters(text);
            hadChild = false;
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private void newline() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
    }

    void finish() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
