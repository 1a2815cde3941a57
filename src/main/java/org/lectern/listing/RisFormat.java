package org.lectern.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RIS records (TY … ER) into papers: TI/T1 title, AB/N2 abstract, AU/A1 authors, PY/DA date, UR link. */
public final class RisFormat {
    static final String NAME = "ris";

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*))?$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?.*$");

    /** Fields of the record being read. */
    private static final class Record {
        int line;
        int lastLine;
        String title;
        StringBuilder abstractText;
        int authors;
        String date;
        String year;
        String url;
        String doi;
        String arxivId;
        String lastTag;
        final List<Integer> lines = new ArrayList<>();
    }

    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Record record = null;
        for (int n = 1; n <= text.size(); n++) {
            String line = text.line(n);
            if (ListingText.isBlank(line)) {
                continue;
            }
            Matcher m = TAG.matcher(line.strip());
            if (!m.matches()) {
                if (record != null && record.lastTag != null) {
                    // a wrapped value continues the previous field
                    append(record, record.lastTag, line.strip());
                    record.lastLine = n;
                    record.lines.add(n);
                } else {
                    diagnostics.add(new Diagnostic(n, "not an RIS line: expected 'TAG  - value' inside a TY … ER record"));
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
                record.lastLine = n;
                record.lines.add(n);
                continue;
            }
            if (record == null) {
                diagnostics.add(new Diagnostic(n, "RIS field outside a record (a record starts with 'TY  - ')"));
                continue;
            }
            record.lastLine = n;
            record.lines.add(n);
            if (tag.equals("ER")) {
                finish(record, papers, diagnostics);
                record = null;
                continue;
            }
            record.lastTag = tag;
            append(record, tag, value);
        }
        if (record != null) {
            finish(record, papers, diagnostics);
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    private static void append(Record r, String tag, String value) {
        switch (tag) {
            case "TI", "T1" -> r.title = r.title == null ? value : r.title + " " + value;
            case "AB", "N2" -> {
                if (r.abstractText == null) {
                    r.abstractText = new StringBuilder(value);
                } else {
                    r.abstractText.append(' ').append(value);
                }
            }
            case "AU", "A1" -> r.authors++;
            case "DA" -> r.date = value;
            case "PY", "Y1" -> r.year = value;
            case "UR", "L1" -> {
                if (r.url == null) {
                    r.url = value;
                }
                String[] id = ArxivIdFormat.idOf(value);
                if (id != null && r.arxivId == null) {
                    r.arxivId = id[0];
                }
            }
            case "DO" -> r.doi = value;
            default -> {
                if (value.regionMatches(true, 0, "arXiv:", 0, 6) && r.arxivId == null) {
                    String[] id = ArxivIdFormat.idOf(value);
                    r.arxivId = id == null ? null : id[0];
                }
            }
        }
    }

    private static void finish(Record r, List<ParsedPaper> papers, List<Diagnostic> diagnostics) {
        if (r.title == null || r.title.isBlank()) {
            diagnostics.add(new Diagnostic(r.line, "RIS record without a title (TI or T1): skipped"));
            for (int n : r.lines.subList(1, r.lines.size())) {
                diagnostics.add(new Diagnostic(n, "part of the RIS record at line " + r.line + ", which has no title"));
            }
            return;
        }
        String url = r.url != null ? r.url : r.doi != null ? "https://doi.org/" + r.doi
                : r.arxivId != null ? "https://arxiv.org/abs/" + r.arxivId : null;
        papers.add(new ParsedPaper(r.line, null, r.title.strip(), r.abstractText == null ? "" : r.abstractText.toString(),
                r.authors == 0 ? null : r.authors, date(r.date != null ? r.date : r.year), null, r.arxivId, url, 1,
                null));
    }

    /** "2023/11/01", "2023/11//", "2023" (then January 1st: RIS gives no better). */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(Integer.parseInt(m.group(1)), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
