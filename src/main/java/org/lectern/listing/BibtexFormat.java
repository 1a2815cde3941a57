package org.lectern.listing;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;

/**
 * Reads BibTeX and BibLaTeX files (as people, Zotero, Better BibTeX, JabRef, Mendeley, Google Scholar, DBLP
 * and arXiv write them) into papers: titles and abstracts as plain text, author names, dates, arXiv ids and
 * links, crossref inheritance, the citation key, and the keywords as tags when asked.
 */
public final class BibtexFormat {
    static final String NAME = "bibtex";

    // a month or day is one or two digits and no more: "2021-03/2021-05" is a range, read from its start
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:[-/](\\d{1,2})(?!\\d)(?:[-/](\\d{1,2})(?!\\d))?)?");
    private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})\\b|^([A-Za-z]+)");
    private static final Pattern COUNT_NOTE = Pattern.compile("(\\d{1,6}) authors?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    /** Fields a child does not take from the entry it cross-references: they say what the child itself is. */
    private static final Set<String> OWN = Set.of("title", "shorttitle", "subtitle", "titleaddon", "abstract",
            "doi", "url", "eprint", "eprinttype", "archiveprefix", "eprintclass", "primaryclass", "arxiv", "arxivid",
            "keywords", "note", "file", "crossref", "ids", "pages", "chapter", "key", "annote", "urldate");
    /** Containers a paper cross-references: not papers themselves when something refers to them. */
    private static final Set<String> CONTAINERS = Set.of("proceedings", "mvproceedings", "collection", "mvcollection");

    private final boolean keywordsAsTags;

    public BibtexFormat() {
        this(false);
    }

    /** @param keywordsAsTags whether an entry's keywords become the tags of the paper it brings */
    public BibtexFormat(boolean keywordsAsTags) {
        this.keywordsAsTags = keywordsAsTags;
    }

    ParseResult parse(ListingText text) {
        BibtexScanner scanner = new BibtexScanner(text).scan();
        Map<String, BibtexScanner.Entry> byKey = new HashMap<>();
        for (BibtexScanner.Entry e : scanner.entries) {
            if (e.key() != null) {
                byKey.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e);
            }
        }
        Set<BibtexScanner.Entry> referenced = new HashSet<>();
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Map<String, String>> resolved = new ArrayList<>();
        for (BibtexScanner.Entry e : scanner.entries) {
            Map<String, String> fields = e.fields();
            String parentKey = fields.get("crossref");
            BibtexScanner.Entry parent = parentKey == null ? null : byKey.get(parentKey.strip().toLowerCase(Locale.ROOT));
            if (parent != null && parent != e) {
                referenced.add(parent);
                fields = inherit(fields, parent.fields());
            }
            resolved.add(fields);
        }
        for (int i = 0; i < scanner.entries.size(); i++) {
            BibtexScanner.Entry e = scanner.entries.get(i);
            if (referenced.contains(e) && CONTAINERS.contains(e.type())) {
                continue;
            }
            String title = Latex.toText(resolved.get(i).get("title"));
            if (title.isEmpty()) {
                diagnostics.add(new Diagnostic(e.line(), describe(e.type(), e.key()) + " has no title: skipped"));
                continue;
            }
            papers.add(paper(e, title, resolved.get(i), diagnostics));
        }
        for (BibtexScanner.Broken b : scanner.broken) {
            diagnostics.add(new Diagnostic(b.line(), describe(b.type(), b.key()) + " could not be read: " + b.cause()));
        }
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return new ParseResult(NAME, papers, diagnostics);
    }

    private static String describe(String type, String key) {
        return "BibTeX entry" + (type == null || type.isEmpty() ? "" : " @" + type) + (key == null ? "" : " '" + key + "'");
    }

    /** BibTeX's crossref: the child keeps its own fields and takes the rest; the parent's title names the book. */
    private static Map<String, String> inherit(Map<String, String> child, Map<String, String> parent) {
        Map<String, String> out = new HashMap<>(child);
        parent.forEach((name, value) -> {
            if (!OWN.contains(name)) {
                out.putIfAbsent(name, value);
            }
        });
        if (parent.containsKey("title")) {
            out.putIfAbsent("booktitle", parent.get("title"));
        }
        return out;
    }

    private ParsedPaper paper(BibtexScanner.Entry e, String title, Map<String, String> f, List<Diagnostic> problems) {
        String abstractText = Latex.toText(f.get("abstract"));
        List<String> names = f.containsKey("author") ? AuthorNames.fromBibtex(f.get("author")) : List.of();
        if (names.isEmpty() && f.containsKey("editor")) {
            names = AuthorNames.fromBibtex(f.get("editor"));
        }
        Integer count = names.isEmpty() ? countNote(f.get("note")) : Integer.valueOf(names.size());
        String arxivId = arxivId(f);
        String doi = PaperIds.doi(f.get("doi"));
        String link = PaperIds.link(f.get("url"));
        if (link == null) {
            link = PaperIds.link(f.get("howpublished"));
        }
        if (doi == null && link != null && PaperIds.isDoiLink(link)) {
            doi = PaperIds.doi(link);
        }
        String url = link != null ? link : doi != null ? "https://doi.org/" + doi
                : arxivId != null ? "https://arxiv.org/abs/" + arxivId : null;
        ParsedPaper.Extras extras = null;
        if (keywordsAsTags && f.containsKey("keywords")) {
            List<String> tags = keywords(f.get("keywords"));
            if (!tags.isEmpty()) {
                extras = new ParsedPaper.Extras(null, tags, List.of(), null);
            }
        }
        PaperDate published = date(f, problem -> problems.add(new Diagnostic(e.line(), describe(e.type(), e.key()) + ": " + problem)));
        return new ParsedPaper(e.line(), null, title, abstractText, count, published, null,
                arxivId, url, 1, extras, e.key(), names);
    }

    /** The author count Lectern's own export notes ("6 authors") when it knows no names, or null. */
    private static Integer countNote(String note) {
        Matcher m = COUNT_NOTE.matcher(note == null ? "" : note.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "a, b; c" as [a, b, c], each once. */
    static List<String> keywords(String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : Latex.toText(field).split("[,;]")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The e-print when it is arXiv's (archivePrefix or eprinttype say so, or say nothing and it reads as an
     * arXiv id), then arxiv/arxivid fields, arXiv's DOIs, links, CoRR volumes and mentions in free text.
     */
    private static String arxivId(Map<String, String> f) {
        String kind = f.getOrDefault("archiveprefix", f.getOrDefault("eprinttype", "arxiv")).strip();
        if (kind.equalsIgnoreCase("arxiv") || kind.isEmpty()) {
            String id = PaperIds.arxivOfEprint(f.get("eprint"));
            if (id != null) {
                return id;
            }
        }
        for (String name : new String[] {"arxiv", "arxivid", "arxiv_id"}) {
            String id = PaperIds.arxivOfEprint(f.get(name));
            if (id != null) {
                return id;
            }
        }
        String journal = f.getOrDefault("journal", f.getOrDefault("journaltitle", ""));
        if (journal.strip().equalsIgnoreCase("corr") && f.containsKey("volume")) {
            String v = f.get("volume").strip();
            String id = PaperIds.arxivOfEprint(v.startsWith("abs/") ? v.substring(4) : v);
            if (id != null) {
                return id;
            }
        }
        for (String name : new String[] {"doi", "url", "journal", "journaltitle", "note", "howpublished", "booktitle",
            "eprint", "publisher", "number"}) {
            String id = PaperIds.arxivInText(f.get(name));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * "date" first (BibLaTeX); else year, month, day. A year without a month is a year alone, a month
     * without a day a month: no day or month nobody gave. What cannot be read is told to {@code problem}
     * and what can be stays: a day that does not exist ("feb 30") leaves the month, a month that does not
     * the year.
     */
    static PaperDate date(Map<String, String> f, Consumer<String> problem) {
        String date = f.get("date");
        if (date != null) {
            String text = Latex.toText(date);
            Matcher m = DATE.matcher(text);
            if (m.find()) return date(m.group(1), m.group(2), m.group(3), "date '" + text + "'", problem);
            problem.accept("date '" + text + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
                    + (f.containsKey("year") ? ": the year field is read instead" : ""));
        }
        String yearText = Latex.toText(f.get("year"));
        Matcher year = YEAR.matcher(yearText);
        if (!year.find()) {
            if (!yearText.isBlank()) problem.accept("year '" + yearText + "' is not a year: no date");
            return null;
        }
        String monthText = Latex.toText(f.get("month"));
        int month = month(f.get("month"));
        if (month == 0 && !monthText.isBlank()) problem.accept("month '" + monthText + "' is not a month: the year alone is kept");
        String day = Latex.toText(f.get("day"));
        if (month != 0 && !day.isBlank() && !day.matches("\\d{1,2}")) problem.accept("day '" + day + "' is not a day: the month is kept");
        return date(year.group(1), month == 0 ? null : Integer.toString(month), day.matches("\\d{1,2}") ? day : null,
                "year, month and day", problem);
    }

    /** The date of a year and perhaps a month and a day, as precise as they are readable; null without a year. */
    private static PaperDate date(String year, String month, String day, String what, Consumer<String> problem) {
        PaperDate d;
        try {
            d = PaperDate.year(Integer.parseInt(year));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        try {
            if (month != null) d = PaperDate.month(d.year(), Integer.parseInt(month));
            if (month != null && day != null) d = PaperDate.day(d.year(), d.start().getMonthValue(), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            problem.accept(d.yearOnly() ? "there is no month " + month + " (" + what + "): the year alone is kept"
                    : d.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + d.year()
                    + " has no day " + day + " (" + what + "): the month is kept");
        }
        return d;
    }

    /** 1..12 from "apr" (the macro gives "April"), "Apr.", "4" or "04"; 0 when absent or unreadable. */
    private static int month(String field) {
        String v = Latex.toText(field);
        Matcher m = MONTH.matcher(v);
        if (!m.find()) {
            return 0;
        }
        int month = m.group(1) != null ? Integer.parseInt(m.group(1)) : PaperMeta.month(m.group(2));
        return month >= 1 && month <= 12 ? month : 0;
    }
}
