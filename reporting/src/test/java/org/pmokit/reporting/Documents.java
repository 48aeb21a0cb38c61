package org.pmokit.reporting;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads written documents back in tests: XML (SVG, and HTML, which is written as well-formed XML) and CSV. */
public final class Documents {

    private Documents() {
    }

    /**
     * Parses a document as XML, failing on anything that is not well-formed.
     *
     * @param xml the document
     * @return the DOM
     */
    public static Document xml(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Returns every element of a document with a local name.
     *
     * @param doc the document
     * @param name the local name, such as {@code rect}
     * @return the elements, in document order
     */
    public static List<Element> elements(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /**
     * Returns the elements of a document whose class attribute holds a class.
     *
     * @param doc the document
     * @param name the local name
     * @param cssClass the class
     * @return the elements
     */
    public static List<Element> withClass(Document doc, String name, String cssClass) {
        return elements(doc, name).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    /**
     * Returns every attribute value of every element of a document.
     *
     * @param node the root
     * @return the values
     */
    public static List<String> attributeValues(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                out.add(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            collect(c, out);
        }
    }

    /**
     * Parses CSV by RFC 4180: rows end with CRLF, quoted fields may hold commas, quotes (doubled), CR
     * and LF. Fails on a bare LF row end or a stray quote.
     *
     * @param csv the document
     * @return the rows of cells
     */
    public static List<List<String>> csv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
            } else if (c == '"') {
                if (cell.length() > 0) {
                    throw new AssertionError("a quote inside an unquoted field at " + i);
                }
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
                    throw new AssertionError("a CR without LF at " + i);
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new AssertionError("a row ends with LF, not CRLF, at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (quoted || cell.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last row does not end with CRLF");
        }
        return rows;
    }
}
