package org.lectern.listing;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;

/**
 * Reads RIS records (TY … ER) as reference managers and publishers write them: TI/T1 (or CT, BT, ST) title,
 * AB/N2 abstract, AU/A1 authors (A2/ED editors when no author is named), PY/Y1/DA dates, DO, UR and links,
 * KW keywords, JO/JF/T2 venues (where arXiv ids hide), wrapped lines, a missing ER, blank lines and BOMs.
 */
public final class RisFormat {
    static final String NAME = "ris";

    /** "TAG  - value": two spaces by the standard, one or none by some writers. */
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])\\s{0,3}-(?:\\s+(.*))?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?(?:[/-].*)?$");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)^([A-Za-z]{3,9})\\.?(?:\\s+(\\d{1,2}))?\\b");

    private final boolean keywordsAsTags;

    public RisFormat() {
        this(false);
    }

    /** @param keywordsAsTags whether a record's KW keywords become the tags of the paper it brings */
    public RisFormat(boolean keywordsAsTags) {
        this.keywordsAsTags = keywordsAsTags;
    }

    /** Fields of the record being read. */
    private static final class Record {
        int line;
        String title;
        String altTitle;
        StringBuilder abstractText;
        final List<String> authors = new ArrayList<>();
        final List<String> editors = new ArrayList<>();
        String date;
        String year;
        String url;
        String doi;
        String arxivId;
        final Set<String> keywords = new LinkedHashSet<>();
        String lastTag;
        int lastIndex = -1;
    }

    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Record record = null;
        boolean strayRun = false;
        for (int n = 1; n <= text.size(); n++) {
            String line = text.line(n).replace("\uFEFF", "");
            if (ListingText.isBlank(line)) {
                continue;
            }
            Matcher m = TAG.matcher(line.strip());
            if (!m.matches()) {
                if (record != null && record.lastTag != null) {
                    // a wrapped value continues the previous field
                    continueField(record, line.strip());
                } else if (!strayRun) {
                    // one diagnostic for a run of lines outside any record, at its first line
                    diagnostics.add(new Diagnostic(n, "not an RIS line: expected 'TAG  - value' inside a TY … ER record"));
                    strayRun = true;
                }
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    finish(record, papers, diagnostics);
                }
                record = new Record();
                record.line = n;
                strayRun = false;
                continue;
            }
            if (record == null) {
                if (!tag.equals("ER") && !strayRun) {
                    diagnostics.add(new Diagnostic(n, "RIS field outside a record (a record starts with 'TY  - ')"));
                    strayRun = true;
                }
                continue;
            }
            if (tag.equals("ER")) {
                finish(record, papers, diagnostics);
                record = null;
                continue;
            }
            record.lastTag = tag;
            field(record, tag, value);
        }
        if (record != null) {
            finish(record, papers, diagnostics);
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    private static void continueField(Record r, String more) {
        switch (r.lastTag) {
            case "TI", "T1", "CT", "BT" -> r.title = r.title == null ? more : r.title + " " + more;
            case "AB", "N2" -> r.abstractText.append(' ').append(more);
            case "AU", "A1" -> replaceLast(r.authors, r.lastIndex, more);
            case "KW" -> r.keywords.add(more);
            default -> { }
        }
    }

    private static void replaceLast(List<String> names, int index, String more) {
        if (index >= 0 && index < names.size()) {
            names.set(index, names.get(index) + " " + more);
        }
    }

    private static void field(Record r, String tag, String value) {
        switch (tag) {
            case "TI", "T1", "CT", "BT" -> r.title = r.title == null || r.title.isBlank() ? value : r.title;
            case "ST" -> r.altTitle = r.altTitle == null ? value : r.altTitle;
            case "AB", "N2" -> {
                if (r.abstractText == null) {
                    r.abstractText = new StringBuilder(value);
                } else if (!value.isEmpty() && r.abstractText.indexOf(value) < 0) {
                    r.abstractText.append(' ').append(value);
                }
            }
            case "AU", "A1" -> {
                String name = AuthorNames.fromRis(value);
                if (name != null) {
                    r.authors.add(name);
                    r.lastIndex = r.authors.size() - 1;
                }
            }
            case "A2", "ED" -> {
                String name = AuthorNames.fromRis(value);
                if (name != null) {
                    r.editors.add(name);
                }
            }
            case "DA" -> r.date = value;
            case "PY", "Y1" -> r.year = r.year == null ? value : r.year;
            case "UR", "L1", "L2", "LK" -> {
                String link = PaperIds.link(value);
                if (link != null && r.url == null) {
                    r.url = link;
                }
                noteArxiv(r, value);
            }
            case "DO" -> r.doi = PaperIds.doi(value);
            case "KW" -> {
                for (String k : value.split(";")) {
                    if (!k.isBlank()) {
                        r.keywords.add(k.strip());
                    }
                }
            }
            default -> noteArxiv(r, value);
        }
    }

    /** Journals (JO, JF, T2), notes, links and DOIs may name the arXiv id. */
    private static void noteArxiv(Record r, String value) {
        if (r.arxivId == null) {
            String id = PaperIds.arxivInText(value);
            r.arxivId = id != null ? id : PaperIds.arxivOfEprint(value);
        }
    }

    private void finish(Record r, List<ParsedPaper> papers, List<Diagnostic> diagnostics) {
        String title = r.title != null && !r.title.isBlank() ? r.title : r.altTitle;
        if (title == null || title.isBlank()) {
            diagnostics.add(new Diagnostic(r.line, "RIS record without a title (TI or T1): skipped"));
            return;
        }
        if (r.arxivId == null && r.doi != null) {
            r.arxivId = PaperIds.arxivInText(r.doi);
        }
        String url = r.url != null ? r.url : r.doi != null ? "https://doi.org/" + r.doi
                : r.arxivId != null ? "https://arxiv.org/abs/" + r.arxivId : null;
        List<String> names = r.authors.isEmpty() ? r.editors : r.authors;
        ParsedPaper.Extras extras = keywordsAsTags && !r.keywords.isEmpty()
                ? new ParsedPaper.Extras(null, List.copyOf(r.keywords), List.of(), null) : null;
        papers.add(new ParsedPaper(r.line, null, title.replaceAll("\\s+", " ").strip(),
                r.abstractText == null ? "" : r.abstractText.toString().strip(), names.isEmpty() ? null : names.size(),
                date(r.date, r.year), null, r.arxivId, url, 1, extras, null, names));
    }

    /** The more precise of DA and PY: "2023/11/01", "2023/11//", "2023", "2023-11-01", or a month name in DA. */
    static PaperDate date(String da, String py) {
        PaperDate fromDa = date(da);
        PaperDate fromPy = date(py);
        if (fromDa == null && da != null && fromPy != null) {
            // DA may hold only the month ("July", "Jul 15") with the year in PY
            Matcher m = MONTH_NAME.matcher(da.strip());
            int month = m.find() ? PaperMeta.month(m.group(1)) : 0;
            if (month > 0) {
                PaperDate named = PaperDate.month(fromPy.year(), month);
                try {
                    if (m.group(2) != null) named = PaperDate.day(fromPy.year(), month, Integer.parseInt(m.group(2)));
                } catch (DateTimeException e) {
                    // "Feb 30": the month is still known
                }
                return named.sharpenedBy(fromPy) ? fromPy : named;
            }
        }
        if (fromDa == null) {
            return fromPy;
        }
        if (fromPy != null && (fromDa.sharpenedBy(fromPy) || fromDa.wholeDay() && fromDa.year() == fromPy.year()
                && fromDa.start().getDayOfYear() == 1 && !PaperDate.blurs(fromDa, fromPy))) {
            return fromPy;
        }
        return fromDa;
    }

    /** One RIS date: a year alone ("2016", "2016///"), a month ("2016/07/"), or a day; null when unreadable. */
    static PaperDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return PaperDate.year(year);
            if (m.group(3) == null) return PaperDate.month(year, Integer.parseInt(m.group(2)));
            return PaperDate.day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
