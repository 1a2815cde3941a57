package org.lectern.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads BibTeX entries (@article{…}, @misc{…}, …) into papers; @string macros are honoured. */
public final class BibtexFormat {
    static final String NAME = "bibtex";

    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
            "(?i)(?:arxiv[:\\s]*|arxiv\\.org/(?:abs|pdf)/)(\\d{4}\\.\\d{4,5})");

    private String src;
    private int pos;
    private int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>();

    /** Why an entry could not be read. */
    private static final class BadEntry extends Exception {
        BadEntry(String message) {
            super(message, null, false, false);
        }
    }

    ParseResult parse(ListingText text) {
        src = String.join("\n", text.lines);
        lineStarts = new int[text.size() + 1];
        int offset = 0;
        for (int i = 0; i < text.size(); i++) {
            lineStarts[i] = offset;
            offset += text.lines.get(i).length() + 1;
        }
        lineStarts[text.size()] = Integer.MAX_VALUE;
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        pos = 0;
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            int line = lineOf(pos);
            if (c != '@') {
                diagnostics.add(new Diagnostic(line, "text outside any BibTeX entry"));
                pos = nextLine(pos);
                continue;
            }
            int start = pos;
            try {
                ParsedPaper paper = entry(line);
                if (paper != null) {
                    papers.add(paper);
                }
            } catch (BadEntry e) {
                diagnostics.add(new Diagnostic(line, "BibTeX entry could not be read: " + e.getMessage()));
                // resume at the next line that starts an entry; the lines in between belong to the broken one
                pos = nextLine(start);
                while (pos < n && !startsEntry(pos)) {
                    int end = nextLine(pos);
                    if (!src.substring(pos, Math.min(end, n)).isBlank()) {
                        diagnostics.add(new Diagnostic(lineOf(pos), "part of the unreadable entry at line " + line));
                    }
                    pos = end;
                }
            } catch (RuntimeException e) {
                diagnostics.add(new Diagnostic(line, "BibTeX entry could not be read: " + e));
                pos = nextLine(start);
            }
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    private boolean startsEntry(int at) {
        int i = at;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i < src.length() && src.charAt(i) == '@';
    }

    private int nextLine(int at) {
        int nl = src.indexOf('\n', at);
        return nl < 0 ? src.length() : nl + 1;
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** One entry from its "@"; null for @comment, @preamble and @string. */
    private ParsedPaper entry(int line) throws BadEntry {
        pos++;
        String type = identifier().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            throw new BadEntry("no entry type after '@'");
        }
        skipSpace();
        char open = peek();
        if (open != '{' && open != '(') {
            throw new BadEntry("expected '{' after @" + type);
        }
        char close = open == '{' ? '}' : ')';
        pos++;
        if (type.equals("comment") || type.equals("preamble")) {
            pos--;
            balanced(open, close);
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        if (type.equals("string")) {
            skipSpace();
            String name = identifier().toLowerCase(Locale.ROOT);
            skipSpace();
            expect('=');
            macros.put(name, value(close));
            skipSpace();
            expect(close);
            return null;
        }
        skipSpace();
        // the citation key runs to the first comma
        while (pos < src.length() && src.charAt(pos) != ',' && src.charAt(pos) != close) {
            if (src.charAt(pos) == '\n' && peekNonSpaceAfterNewline() == '@') {
                throw new BadEntry("entry not closed");
            }
            pos++;
        }
        while (true) {
            skipSpace();
            if (pos >= src.length()) {
                throw new BadEntry("entry not closed (missing '" + close + "')");
            }
            char c = src.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == close) {
                pos++;
                break;
            }
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new BadEntry("unexpected '" + c + "' where a field name was expected");
            }
            skipSpace();
            expect('=');
            fields.put(name, value(close));
        }
        return paper(line, fields);
    }

    private char peekNonSpaceAfterNewline() {
        int i = pos + 1;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i < src.length() ? src.charAt(i) : 0;
    }

    /** A field value: {…}, "…", a number or a macro, joined with '#'. */
    private String value(char close) throws BadEntry {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            char c = peek();
            if (c == '{') {
                int start = pos + 1;
                balanced('{', '}');
                out.append(src, start, pos - 1);
            } else if (c == '"') {
                int start = ++pos;
                int depth = 0;
                while (pos < src.length() && !(src.charAt(pos) == '"' && depth == 0 && src.charAt(pos - 1) != '\\')) {
                    if (src.charAt(pos) == '{') {
                        depth++;
                    } else if (src.charAt(pos) == '}') {
                        depth--;
                    }
                    pos++;
                }
                if (pos >= src.length()) {
                    throw new BadEntry("a quoted value is not closed");
                }
                out.append(src, start, pos);
                pos++;
            } else if (Character.isLetterOrDigit(c)) {
                String word = identifier();
                String macro = macros.get(word.toLowerCase(Locale.ROOT));
                out.append(macro != null ? macro : word);
            } else {
                throw new BadEntry("a field has no value");
            }
            skipSpace();
            if (peek() == '#') {
                pos++;
            } else {
                return out.toString();
            }
        }
    }

    private void balanced(char open, char close) throws BadEntry {
        int depth = 0;
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                pos++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            } else if (c == '@' && open == '{' && depth <= 2 && src.charAt(start) == '{' && atLineStart(pos - 1)) {
                // an entry starting at a line's beginning means the braces before it were never closed
                throw new BadEntry("unbalanced braces");
            }
        }
        throw new BadEntry("unbalanced braces");
    }

    private boolean atLineStart(int at) {
        int i = at - 1;
        while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || src.charAt(i) == '\n';
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/') {
                pos++;
            } else {
                break;
            }
        }
        return src.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : 0;
    }

    private void expect(char c) throws BadEntry {
        if (peek() != c) {
            throw new BadEntry("expected '" + c + "'" + (pos < src.length() ? " but found '" + peek() + "'"
                    : " before the end of the file"));
        }
        pos++;
    }

    private static ParsedPaper paper(int line, Map<String, String> f) throws BadEntry {
        String title = f.containsKey("title") ? Latex.toText(f.get("title")) : "";
        if (title.isEmpty()) {
            throw new BadEntry("no title");
        }
        String abstractText = f.containsKey("abstract") ? Latex.toText(f.get("abstract")) : "";
        Integer authors = f.containsKey("author") ? Latex.countAuthors(f.get("author")) : null;
        String arxivId = arxivId(f);
        String url = f.containsKey("url") ? f.get("url").strip()
                : f.containsKey("doi") ? "https://doi.org/" + f.get("doi").strip()
                : arxivId != null ? "https://arxiv.org/abs/" + arxivId : null;
        return new ParsedPaper(line, null, title, abstractText, authors, date(f), null, arxivId, url, 1, null);
    }

    private static String arxivId(Map<String, String> f) {
        String eprint = f.get("eprint");
        if (eprint != null) {
            String[] id = ArxivIdFormat.idOf(eprint.strip());
            if (id != null) {
                return id[0];
            }
        }
        for (String key : new String[] {"journal", "note", "url", "howpublished", "archiveprefix"}) {
            String v = f.get(key);
            if (v != null) {
                Matcher m = ARXIV_IN_TEXT.matcher(v);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** "date" first; else year, month, day (the 1st when only the month is known, January 1st for a year). */
    static LocalDate date(Map<String, String> f) {
        try {
            String date = f.get("date");
            if (date != null) {
                Matcher m = DATE.matcher(date.strip());
                if (m.find()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)),
                            m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                            m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
                }
            }
            String year = f.get("year");
            if (year == null || !year.strip().matches("\\d{4}")) {
                return null;
            }
            int month = 1;
            String m = f.get("month");
            if (m != null) {
                String v = Latex.toText(m).strip();
                month = v.matches("\\d{1,2}") ? Integer.parseInt(v) : PaperMeta.month(v.replace(".", ""));
                if (month == 0) {
                    month = 1;
                }
            }
            String d = f.get("day");
            int day = d != null && d.strip().matches("\\d{1,2}") ? Integer.parseInt(d.strip()) : 1;
            return LocalDate.of(Integer.parseInt(year.strip()), month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
