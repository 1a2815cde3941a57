package org.lectern.listing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text/html flavour of a browser drag or paste (or a saved page). On arXiv and Hugging Face pages
 * the title, abstract, id and counts sit in elements of their own, so nothing has to be split; any other
 * HTML falls back to the plain text that came with it.
 */
public final class HtmlListing {
    static final String NAME = "html";

    private static final Pattern ARXIV_HREF = Pattern.compile("arxiv\\.org/(?:abs|pdf|html)/([^?#\\s]+?)(?:v\\d+)?(?:\\.pdf)?/?(?:[?#].*)?$"
            + "|^/(?:abs|pdf)/([^?#\\s]+?)(?:v\\d+)?(?:\\.pdf)?$");
    private static final Pattern HF_HREF = Pattern.compile("(?:huggingface\\.co|hf\\.co)?/papers/(\\d{4}\\.\\d{4,5})(?:v\\d+)?(#.*)?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)?[kK]?$");

    private HtmlListing() {
    }

    /** The papers of the HTML, or the plain text's (or the HTML's own text's) when its elements name none. */
    public static ParseResult parse(String html, String plainText, Clock clock) {
        ParseResult r = null;
        String text = plainText;
        try {
            Document doc = Jsoup.parse(html);
            r = read(doc);
            if (text == null || text.isBlank()) {
                text = doc.wholeText();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a page the parser cannot take is read from its plain text instead
        }
        return r != null ? r : Listings.parseText(text, clock);
    }

    /** As {@link #parse(String, String, Clock)} with the system clock. */
    public static ParseResult parse(String html, String plainText) {
        return parse(html, plainText, Clock.systemDefaultZone());
    }

    /** True when the text is an HTML document or fragment rather than a listing. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2000)).stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<meta")
                || head.startsWith("<!--startfragment") || head.startsWith("version:") && head.contains("starthtml:");
    }

    private static ParseResult read(Document doc) {
        List<PaperDraft> papers = arxivListing(doc);
        if (papers.isEmpty()) {
            papers = arxivSearch(doc);
        }
        if (papers.isEmpty()) {
            papers = arxivAbstractPage(doc);
        }
        if (papers.isEmpty()) {
            papers = HuggingFaceHtml.read(doc);
        }
        if (papers.isEmpty()) {
            return null;
        }
        return new ParseResult(NAME, papers.stream().map(PaperDraft::toPaper).toList(), List.of());
    }

    /** arXiv's /list pages: a dt with the id's link, then a dd with the title, authors and abstract. */
    private static List<PaperDraft> arxivListing(Document doc) {
        List<PaperDraft> out = new ArrayList<>();
        for (Element dt : doc.select("dt")) {
            String id = arxivIdOfLinks(dt.select("a[href]"));
            Element dd = dt.nextElementSibling();
            if (id == null || dd == null || !dd.tagName().equals("dd")) {
                continue;
            }
            PaperDraft d = new PaperDraft(out.size() + 1);
            d.arxivId = id;
            d.title = withoutDescriptor(dd.selectFirst(".list-title"));
            d.names = names(dd.selectFirst(".list-authors"));
            Element abs = dd.selectFirst("p");
            d.abstractText = abs == null ? "" : ShapeText.clean(abs.text());
            out.add(d);
        }
        return out;
    }

    /** arXiv's search results: li.arxiv-result with p.list-title, p.title, p.authors and the abstract's spans. */
    private static List<PaperDraft> arxivSearch(Document doc) {
        List<PaperDraft> out = new ArrayList<>();
        for (Element li : doc.select("li.arxiv-result")) {
            PaperDraft d = new PaperDraft(out.size() + 1);
            d.arxivId = arxivIdOfLinks(li.select(".list-title a[href]"));
            Element title = li.selectFirst("p.title");
            d.title = title == null ? null : ShapeText.clean(title.text());
            d.names = names(li.selectFirst("p.authors"));
            Element full = li.selectFirst(".abstract-full");
            Element shortOne = li.selectFirst(".abstract-short");
            Element any = li.selectFirst("p.abstract");
            Element abs = full != null ? full : shortOne != null ? shortOne : any;
            d.abstractText = abs == null ? "" : ArxivListFormat.abstractOf(withoutDescriptor(abs));
            if (d.arxivId != null || d.title != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** An arXiv abstract page: h1.title, div.authors, blockquote.abstract, the id from its meta tag or links. */
    private static List<PaperDraft> arxivAbstractPage(Document doc) {
        Element h1 = doc.selectFirst("h1.title");
        Element abs = doc.selectFirst("blockquote.abstract");
        if (h1 == null && abs == null) {
            return List.of();
        }
        PaperDraft d = new PaperDraft(1);
        d.title = withoutDescriptor(h1);
        d.names = names(doc.selectFirst("div.authors"));
        d.abstractText = abs == null ? "" : withoutDescriptor(abs);
        Element meta = doc.selectFirst("meta[name=citation_arxiv_id]");
        d.arxivId = meta != null ? meta.attr("content").strip()
                : arxivIdOfLinks(doc.select(".arxivid a[href], .arxivid, a[href*=/abs/]"));
        return List.of(d);
    }

    /** The first arXiv id among the links' targets (or, for plain elements, their text). */
    static String arxivIdOfLinks(Elements links) {
        for (Element a : links) {
            String href = a.attr("href");
            Matcher m = ARXIV_HREF.matcher(href);
            if (!href.isEmpty() && m.find()) {
                String id = m.group(1) != null ? m.group(1) : m.group(2);
                String checked = Identifiers.firstArxivId("arXiv:" + id);
                if (checked != null) {
                    return checked;
                }
            }
            String fromText = Identifiers.firstArxivId(a.text());
            if (fromText != null) {
                return fromText;
            }
        }
        return null;
    }

    /** The id of a Hugging Face paper link ("/papers/2401.05391"), or null. */
    static String hfId(String href) {
        Matcher m = HF_HREF.matcher(href);
        return m.find() ? m.group(1) : null;
    }

    static boolean isCount(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    /** An element's text without its "Title:" / "Abstract:" descriptor span. */
    static String withoutDescriptor(Element e) {
        if (e == null) {
            return null;
        }
        Element copy = e.clone();
        copy.select(".descriptor").remove();
        String text = ShapeText.clean(copy.text());
        return text.replaceFirst("^(?i)(title|abstract|authors?):\\s*", "");
    }

    /** Authors' names: the links of the element when it has them, else its text as a list. */
    static List<String> names(Element e) {
        if (e == null) {
            return null;
        }
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Element a : e.select("a")) {
            String n = ShapeText.clean(a.text());
            if (!n.isEmpty() && !n.equals("et al.") && !isCount(n)) {
                names.put(n, true);
            }
        }
        if (!names.isEmpty()) {
            return new ArrayList<>(names.keySet());
        }
        List<String> list = ShapeText.names(withoutDescriptor(e), null);
        return list.isEmpty() ? null : list;
    }
}
