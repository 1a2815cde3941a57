package org.lectern.listing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Hugging Face pages: a paper's own page (h1 title, the "Abstract" section, the upvote count beside
 * "Upvote", the arXiv link) and lists of papers (daily papers, collections, profiles), where every card is
 * an article or a link to /papers/ID holding the title and the counts.
 */
final class HuggingFaceHtml {
    private HuggingFaceHtml() {
    }

    static List<PaperDraft> read(Document doc) {
        Map<String, Element> cards = new LinkedHashMap<>();
        for (Element a : doc.select("a[href*=/papers/]")) {
            String id = HtmlListing.hfId(a.attr("href"));
            if (id != null && !cards.containsKey(id)) {
                cards.put(id, card(a));
            }
        }
        Element h1 = doc.selectFirst("h1");
        Element abstractSection = abstractOf(doc);
        if (h1 != null && abstractSection != null) {
            return List.of(paperPage(doc, h1, abstractSection, cards));
        }
        List<PaperDraft> out = new ArrayList<>();
        for (Map.Entry<String, Element> e : cards.entrySet()) {
            PaperDraft d = new PaperDraft(out.size() + 1);
            d.arxivId = e.getKey();
            Element card = e.getValue();
            Element heading = card.selectFirst("h1, h2, h3, h4");
            d.title = heading != null ? ShapeText.clean(heading.text()) : titleLink(card, e.getKey());
            counts(d, card);
            out.add(d);
        }
        return out;
    }

    /** The element a paper link stands for: its article, or the link itself (a collection's card). */
    private static Element card(Element link) {
        Element article = link.closest("article");
        return article != null ? article : link;
    }

    /** The link text naming the paper, when no heading does. */
    private static String titleLink(Element card, String id) {
        for (Element a : card.select("a[href*=/papers/" + id + "]")) {
            String t = ShapeText.clean(a.text());
            if (!t.isEmpty() && !HtmlListing.isCount(t) && !t.contains(id)) {
                return t;
            }
        }
        return null;
    }

    /** A card's upvotes (a lone number in the vote control) and comments (the #community link's number). */
    private static void counts(PaperDraft d, Element card) {
        for (Element a : card.select("a[href*=#community]")) {
            if (HtmlListing.isCount(a.text())) {
                d.comments = Integer.valueOf(a.text().strip());
            }
        }
        for (Element e : card.select("label .leading-none, .leading-none, [class*=upvote]")) {
            if (HtmlListing.isCount(e.ownText())) {
                d.upvotes = Upvotes.parse(e.ownText().strip());
                break;
            }
        }
        // a collection's card writes "Paper • ID • Published … • 8" as text
        Matcher meta = HuggingFaceCardFormat.META.matcher(ShapeText.clean(card.text()).replaceFirst("^.*?(?=Paper\\s*•)", ""));
        if (d.upvotes == null && meta.matches() && meta.group(5) != null) {
            d.upvotes = Upvotes.parse(meta.group(5));
        }
    }

    /** The element holding the abstract: the section under a heading "Abstract". */
    private static Element abstractOf(Document doc) {
        for (Element h : doc.select("h2, h3")) {
            if (h.text().strip().equalsIgnoreCase("Abstract")) {
                return h.parent();
            }
        }
        return null;
    }

    private static PaperDraft paperPage(Document doc, Element h1, Element section, Map<String, Element> cards) {
        PaperDraft d = new PaperDraft(1);
        d.title = ShapeText.clean(h1.text());
        StringBuilder abs = new StringBuilder();
        for (Element p : section.select("p")) {
            if (abs.length() > 0) {
                abs.append(' ');
            }
            abs.append(ShapeText.clean(p.text()));
        }
        d.abstractText = abs.toString();
        d.arxivId = HtmlListing.arxivIdOfLinks(doc.select("a[href*=arxiv.org/abs/], a[href*=arxiv.org/pdf/]"));
        if (d.arxivId == null && !cards.isEmpty()) {
            d.arxivId = cards.keySet().iterator().next();
        }
        List<String> names = new ArrayList<>();
        for (Element a : doc.select(".author a, a[href^=/author/], span.author")) {
            String n = ShapeText.clean(a.text());
            if (!n.isEmpty() && !names.contains(n)) {
                names.add(n);
            }
        }
        d.names = names.isEmpty() ? null : names;
        for (Element e : doc.getAllElements()) {
            if (e.ownText().strip().equalsIgnoreCase("Upvote")) {
                Element next = e.nextElementSibling();
                if (next != null && HtmlListing.isCount(next.text())) {
                    d.upvotes = Upvotes.parse(next.text().strip());
                }
                break;
            }
        }
        return d;
    }
}
