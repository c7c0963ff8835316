package io.newsalert.consumer.feeds;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses XML strictly (namespace-aware, no DTDs) and answers XPath queries with the atom: and cap: prefixes. */
final class XmlDocs {

    private static final Map<String, String> PREFIXES = Map.of(
            "atom", "http://www.w3.org/2005/Atom",
            "cap", "urn:oasis:names:tc:emergency:cap:1.2",
            "h", "http://www.w3.org/1999/xhtml");

    private final Node root;
    private final XPath xpath;

    private XmlDocs(final Node root) {
        this.root = root;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(final String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(final String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(final String uri) {
                return null;
            }
        });
    }

    /** Parses {@code xml}; fails the test with the parser's message when it is not well-formed. */
    static XmlDocs parse(final String xml) {
        try {
            final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            final Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            return new XmlDocs(doc);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    String text(final String path) {
        try {
            return xpath.evaluate(path, root);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    List<String> texts(final String path) {
        final List<String> out = new ArrayList<>();
        for (final XmlDocs n : nodes(path)) {
            out.add(n.root.getTextContent());
        }
        return out;
    }

    int count(final String path) {
        return nodes(path).size();
    }

    List<XmlDocs> nodes(final String path) {
        try {
            final NodeList list = (NodeList) xpath.evaluate(path, root, XPathConstants.NODESET);
            final List<XmlDocs> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add(new XmlDocs(list.item(i)));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
