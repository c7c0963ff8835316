package io.newsalert.consumer.feeds;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer over the JDK's {@link XMLStreamWriter}: the writer does all escaping; this class adds
 * line breaks for people reading the XML, and drops the characters XML 1.0 forbids (OCR text may hold them).
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;
    /** For each open element: whether it already has child elements (so its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut() {
        try {
            this.xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The JDK cannot create an XML writer.", e);
        }
    }

    /** Opens the root element and binds {@code namespace} as the default namespace. */
    XmlOut root(final String name, final String namespace) {
        try {
            xml.setDefaultNamespace(namespace);
            start(name);
            xml.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut namespace(final String prefix, final String namespace) {
        try {
            xml.setPrefix(prefix, namespace);
            xml.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut start(final String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element of another namespace, written with the prefix bound by {@link #namespace}. */
    XmlOut start(final String prefix, final String name, final String namespace) {
        try {
            newLine();
            xml.writeStartElement(prefix, name, namespace);
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut attribute(final String name, final String value) {
        try {
            xml.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut attribute(final String prefix, final String namespace, final String name, final String value) {
        try {
            xml.writeAttribute(prefix, namespace, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut text(final String value) {
        try {
            xml.writeCharacters(clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut end() {
        try {
            final boolean[] hadChildren = open.pop();
            if (hadChildren[0]) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element holding only text; nothing is written when the value is null. */
    XmlOut element(final String name, final String value) {
        return value == null ? this : start(name).text(value).end();
    }

    XmlOut element(final String prefix, final String name, final String namespace, final String value) {
        return value == null ? this : start(prefix, name, namespace).text(value).end();
    }

    /** An element with attributes and no content, such as an Atom {@code link}. */
    XmlOut empty(final String name, final String... attributes) {
        try {
            newLine();
            xml.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                attribute(attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    String finish() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            xml.writeEndDocument();
            xml.close();
            return buffer.append('\n').toString();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Drops the code points XML 1.0 does not allow (controls other than tab, line feed and carriage return). */
    static String clean(final String s) {
        final StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(XmlOut::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean allowed(final int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static IllegalStateException failed(final XMLStreamException e) {
        return new IllegalStateException("Writing XML failed: " + e.getMessage(), e);
    }
}
