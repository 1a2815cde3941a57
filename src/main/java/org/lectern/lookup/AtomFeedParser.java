package org.lectern.lookup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the Atom feed arXiv's query API answers with, as its user manual describes it: OpenSearch
 * counts on the feed, and per entry its id (an abs URL ending in the version), title, summary,
 * authors, published date, links and {@code arxiv:primary_category}. An error is itself a feed whose
 * single entry has an id under {@code /api/errors}; it becomes a {@link LookupException}.
 */
public final class AtomFeedParser {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
    static final String ARXIV = "http://arxiv.org/schemas/atom";

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern VERSION = Pattern.compile("v\\d+$");

    private AtomFeedParser() {
    }

    /** Parses a feed; {@code source} names where it came from in error messages. */
    public static ArxivFeed parse(byte[] xml, String source) {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new LookupException(source + " did not answer with an Atom feed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LookupException("could not read the answer of " + source + ": " + e.getMessage(), e);
        }
        Element feed = doc.getDocumentElement();
        if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
            throw new LookupException(source + " answered with <" + feed.getTagName() + ">, not an Atom feed");
        }
        List<ArxivEntry> entries = new ArrayList<>();
        for (Element e : children(feed, ATOM, "entry")) {
            String id = text(e, ATOM, "id");
            if (id != null && id.contains("/api/errors")) {
                throw new LookupException(source + " refused the query: " + collapse(text(e, ATOM, "summary")));
            }
            entries.add(entry(e, source));
        }
        return new ArxivFeed(count(feed, "totalResults", entries.size()), count(feed, "startIndex", 0),
                count(feed, "itemsPerPage", entries.size()), entries);
    }

    /** A parser that reads no DTD and no external entity, so a hostile answer cannot reach files or hosts (XXE). */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
    }

    private static ArxivEntry entry(Element e, String source) {
        String rawId = text(e, ATOM, "id");
        if (rawId == null || rawId.isBlank()) throw new LookupException(source + " answered with an entry without an id");
        String id = rawId.strip();
        int abs = id.indexOf("/abs/");
        if (abs >= 0) id = id.substring(abs + 5);
        id = VERSION.matcher(id).replaceFirst("");
        List<String> authors = new ArrayList<>();
        for (Element a : children(e, ATOM, "author")) {
            String name = collapse(text(a, ATOM, "name"));
            if (!name.isEmpty()) authors.add(name);
        }
        String absLink = null;
        String pdfLink = null;
        for (Element link : children(e, ATOM, "link")) {
            String href = link.getAttribute("href");
            if ("pdf".equals(link.getAttribute("title")) || "application/pdf".equals(link.getAttribute("type"))) pdfLink = href;
            else if ("alternate".equals(link.getAttribute("rel")) && absLink == null) absLink = href;
        }
        if (absLink == null || absLink.isBlank()) absLink = "https://arxiv.org/abs/" + id;
        String category = null;
        for (Element c : children(e, ARXIV, "primary_category")) category = c.getAttribute("term");
        return new ArxivEntry(id, collapse(text(e, ATOM, "title")), collapse(text(e, ATOM, "summary")), authors,
                date(text(e, ATOM, "published")), absLink, pdfLink, category);
    }

    private static LocalDate date(String text) {
        if (text == null || text.strip().length() < 10) return null;
        try {
            return LocalDate.parse(text.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int count(Element feed, String name, int fallback) {
        String t = text(feed, OPENSEARCH, name);
        if (t == null) return fallback;
        try {
            return Integer.parseInt(t.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String collapse(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String text(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && ns.equals(el.getNamespaceURI()) && name.equals(el.getLocalName())) out.add(el);
        }
        return out;
    }
}
