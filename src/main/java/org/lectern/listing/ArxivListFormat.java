package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv's listing pages as copied: the daily /list/&lt;cat&gt;/new page ("[1]  arXiv:2404.03413  [pdf, html]",
 * "Title: …", "Authors: …", optional Comments/Journal-ref, "Subjects: …", then the abstract) and the search
 * results ("arXiv:2404.03413 [pdf, other]", categories, the title, "Authors: …", "Abstract: … ▽ More",
 * "Submitted …; originally announced …"). Page headings between entries are not papers and are skipped.
 */
final class ArxivListFormat {
    static final String NAME = "arxiv-listing";

    /** An entry's first line: an optional "[N]" or "N." then the id, then the links in brackets, perhaps a note. */
    static final Pattern HEADER = Pattern.compile("^(?:\\[\\d+\\]|\\d+\\.)?\\s*arXiv:\\s*"
            + "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?\\b(.*)$");
    private static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z\\- ]{1,20}):\\s*(.*)$");
    private static final Pattern CATEGORIES = Pattern.compile(
            "^(?:[a-z\\-]+(?:\\.[A-Za-z\\-]+)?)(?:\\s+[a-z\\-]+(?:\\.[A-Za-z\\-]+)?)*$");
    private static final Pattern SUBMITTED = Pattern.compile("(?i)^Submitted\\s+\\d.*(?:announced|submitted).*$");

    /** Reads the listing's lines, {@link ShapeText#cleanLines cleaned}. */
    ParseResult parse(List<String> lines) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher h = HEADER.matcher(lines.get(i));
            if (!h.matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !HEADER.matcher(lines.get(end)).matches()) {
                end++;
            }
            PaperDraft d = new PaperDraft(i + 1);
            d.arxivId = h.group(1);
            read(d, lines.subList(i + 1, end), i + 2);
            if (d.title == null) {
                diagnostics.add(new Diagnostic(i + 1, "arXiv entry " + d.arxivId + " has no title; kept with its id"));
            }
            papers.add(d.toPaper());
            i = end;
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    /** Fills the draft from the lines of one entry; a page heading after the abstract ends it. */
    private static void read(PaperDraft d, List<String> body, int firstLine) {
        List<String> title = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<String> abstractLines = new ArrayList<>();
        String open = null; // the label whose value may go on over the next lines
        boolean labelledTitle = false;
        boolean inAbstract = false;
        for (String line : body) {
            if (line.isEmpty()) {
                if (inAbstract && !abstractLines.isEmpty()) {
                    open = "abstract-gap";
                }
                continue;
            }
            if (isHeading(line)) {
                break;
            }
            Matcher label = LABEL.matcher(line);
            String key = label.matches() ? label.group(1).toLowerCase(Locale.ROOT).strip() : null;
            if (key != null && isField(key)) {
                open = key;
                String value = label.group(2);
                switch (key) {
                    case "title" -> {
                        title.add(value);
                        labelledTitle = true;
                    }
                    case "authors", "author" -> authors.add(value);
                    case "abstract" -> {
                        abstractLines.add(value);
                        inAbstract = true;
                    }
                    default -> {
                        // Comments, Subjects, Journal-ref and the like: the abstract follows them
                    }
                }
                continue;
            }
            if (SUBMITTED.matcher(line).matches()) {
                open = "submitted";
                inAbstract = false;
                continue;
            }
            if ("title".equals(open) && authors.isEmpty()) {
                title.add(line); // a long title wrapped by the page
            } else if (("authors".equals(open) || "author".equals(open)) && endsWithComma(authors)) {
                authors.add(line);
            } else if (!labelledTitle && title.isEmpty() && authors.isEmpty()) {
                // search results: the category tags, then the title on a line of its own
                if (!CATEGORIES.matcher(line).matches()) {
                    title.add(line);
                    open = "title";
                }
            } else if ("abstract-gap".equals(open) && abstractLines.size() > 0 && looksLikePageText(line)) {
                break;
            } else if (!"submitted".equals(open)) {
                abstractLines.add(line);
                inAbstract = true;
                open = "abstract";
            }
        }
        if (!title.isEmpty()) {
            d.title = ShapeText.join(title);
        }
        if (!authors.isEmpty()) {
            boolean[] cut = new boolean[1];
            d.names = ShapeText.names(ShapeText.join(authors), cut);
            d.namesCut = cut[0];
        }
        d.abstractText = abstractOf(ShapeText.join(abstractLines));
    }

    private static boolean isField(String key) {
        return switch (key) {
            case "title", "authors", "author", "abstract", "comments", "comment", "subjects", "subject",
                 "journal-ref", "journal ref", "report-no", "report number", "msc-class", "acm-class", "doi" -> true;
            default -> false;
        };
    }

    private static boolean endsWithComma(List<String> authors) {
        return !authors.isEmpty() && authors.get(authors.size() - 1).endsWith(",");
    }

    /** The page's own headings: "New submissions (showing …)", "Cross submissions", "Replacement submissions". */
    static boolean isHeading(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return (l.startsWith("new submissions") || l.startsWith("cross submissions") || l.startsWith("cross-lists")
                || l.startsWith("replacement submissions") || l.startsWith("replacements")
                || l.startsWith("showing new listings") || l.startsWith("total of ")) && line.length() < 120;
    }

    /** Short lines after a gap below the abstract are the page's furniture ("Next 25", "Showing 1–50 of …"). */
    private static boolean looksLikePageText(String line) {
        return line.length() < 40 && !line.endsWith(".");
    }

    /** The search page shows a short abstract ending "▽ More" and, opened, the full one ending "△ Less". */
    static String abstractOf(String text) {
        String s = text;
        int more = s.indexOf("▽ More");
        int less = s.lastIndexOf("△ Less");
        if (more >= 0 && less > more) {
            s = s.substring(more + "▽ More".length(), less);
        } else if (more >= 0) {
            s = s.substring(0, more);
        } else if (less >= 0) {
            s = s.substring(0, less);
        }
        return s.strip();
    }
}
