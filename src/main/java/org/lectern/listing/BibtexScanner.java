package org.lectern.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The syntax of a .bib file as BibTeX, biber and the reference managers write it: entries with {…} or (…),
 * fields with {…}, "…", numbers and macros joined by '#', @string macros (the months predefined), and
 * everything else (free text, '%' comment lines inside and between entries, @comment, @preamble) passed
 * over. An entry that cannot be read becomes one {@link Broken} and reading goes on at the next entry.
 */
final class BibtexScanner {
    /** An entry as written: its fields by lower-case name, macros expanded, LaTeX not yet turned into text. */
    record Entry(int line, String type, String key, Map<String, String> fields) {
    }

    /** An entry that could not be read: where it starts, its key when it got that far, and why. */
    record Broken(int line, String type, String key, String cause) {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** Why the entry being read cannot be. */
    private static final class BadEntry extends Exception {
        BadEntry(String message) {
            super(message, null, false, false);
        }
    }

    private final String src;
    private final int[] lineStarts;
    private final Map<String, String> macros = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    final List<Broken> broken = new ArrayList<>();
    private int pos;
    private String type;
    private String key;

    BibtexScanner(ListingText text) {
        src = String.join("\n", text.lines);
        lineStarts = new int[text.size() + 1];
        int offset = 0;
        for (int i = 0; i < text.size(); i++) {
            lineStarts[i] = offset;
            offset += text.lines.get(i).length() + 1;
        }
        lineStarts[text.size()] = Integer.MAX_VALUE;
        String[] short3 = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; m++) {
            macros.put(short3[m], MONTHS[m]);
        }
    }

    BibtexScanner scan() {
        int n = src.length();
        pos = 0;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '%' && atLineStart(pos)) {
                pos = nextLine(pos);
            } else if (c == '@' && entryStartsAt(pos)) {
                int start = pos;
                type = null;
                key = null;
                try {
                    entry();
                } catch (BadEntry e) {
                    broken.add(new Broken(lineOf(start), type, key, e.getMessage()));
                    pos = nextEntryLine(nextLine(start));
                }
            } else {
                pos++;
            }
        }
        return this;
    }

    /** "@", optional spaces, a type, optional spaces, then '{' or '(': anything else is free text. */
    private boolean entryStartsAt(int at) {
        int i = at + 1;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        int name = i;
        while (i < src.length() && Character.isLetter(src.charAt(i))) {
            i++;
        }
        if (i == name) {
            return false;
        }
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        return i < src.length() && (src.charAt(i) == '{' || src.charAt(i) == '(');
    }

    /** The first line at or after {@code from} that begins an entry; the lines before it are the broken one's. */
    private int nextEntryLine(int from) {
        int at = from;
        while (at < src.length()) {
            int i = at;
            while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
                i++;
            }
            if (i < src.length() && src.charAt(i) == '@' && entryStartsAt(i)) {
                return i;
            }
            at = nextLine(at);
        }
        return src.length();
    }

    private void entry() throws BadEntry {
        int start = pos++;
        skipSpace();
        type = identifier().toLowerCase(Locale.ROOT);
        skipSpace();
        char open = peek();
        if (open != '{' && open != '(') {
            throw new BadEntry("expected '{' after @" + type);
        }
        char close = open == '{' ? '}' : ')';
        if (type.equals("comment") || type.equals("preamble")) {
            skipGroup(open, close);
            return;
        }
        pos++;
        if (type.equals("string")) {
            strings(close);
            return;
        }
        skipSpaceAndComments();
        int keyStart = pos;
        while (pos < src.length() && ",{}()=\"#%".indexOf(src.charAt(pos)) < 0 && !Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        String written = src.substring(keyStart, pos);
        skipSpaceAndComments();
        Map<String, String> fields = new LinkedHashMap<>();
        if (peek() == '=') {
            // no key at all: what was read is the first field's name
            pos++;
            putField(fields, written.toLowerCase(Locale.ROOT), value(written, close));
        } else {
            key = written.isEmpty() ? null : written;
        }
        fields(fields, close);
        entries.add(new Entry(lineOf(start), type, key, fields));
    }

    private void fields(Map<String, String> fields, char close) throws BadEntry {
        while (true) {
            skipSpaceAndComments();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == close) {
                pos++;
                return;
            } else if (pos >= src.length() || entryAt(pos, c)) {
                // the file ends or the next entry begins: this one lacks its closing brace, which is harmless
                // unless a '{' left open earlier made one value swallow the fields after it
                swallowed(fields);
                return;
            } else {
                String name = identifier().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw new BadEntry("unexpected '" + c + "' at line " + lineOf(pos) + " where a field name was expected");
                }
                skipSpaceAndComments();
                if (peek() != '=') {
                    throw new BadEntry("the field '" + name + "' at line " + lineOf(pos) + " has no '='");
                }
                pos++;
                putField(fields, name, value(name, close));
            }
        }
    }

    /** A field assignment at the start of a line inside a value: the value's '{' was never closed. */
    private static final java.util.regex.Pattern FIELD_LINE = java.util.regex.Pattern.compile(
            "\\n\\s*[A-Za-z][\\w-]*\\s*=\\s*[{\"0-9]");

    private static void swallowed(Map<String, String> fields) throws BadEntry {
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (FIELD_LINE.matcher(f.getValue()).find()) {
                throw new BadEntry("a '{' in the field '" + f.getKey() + "' is never closed, so the fields after "
                        + "it were read into it");
            }
        }
    }

    /** The first value of a field wins, as in BibTeX, unless it was empty. */
    private static void putField(Map<String, String> fields, String name, String value) {
        String old = fields.get(name);
        if (old == null || old.isBlank()) {
            fields.put(name, value);
        }
    }

    /** @string{name = value} (biber also allows several, separated by commas). */
    private void strings(char close) throws BadEntry {
        while (true) {
            skipSpaceAndComments();
            char c = peek();
            if (c == close) {
                pos++;
                return;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new BadEntry(pos >= src.length() ? "the @string is not closed"
                        : "unexpected '" + c + "' in an @string where a macro name was expected");
            }
            skipSpaceAndComments();
            if (peek() != '=') {
                throw new BadEntry("the @string macro '" + name + "' has no '='");
            }
            pos++;
            macros.put(name, value(name, close));
        }
    }

    /** A field value: {…}, "…", a number or a macro, joined with '#'. */
    private String value(String field, char close) throws BadEntry {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpaceAndComments();
            char c = peek();
            if (c == '{') {
                int start = pos + 1;
                pos = closingBrace(pos, field);
                out.append(src, start, pos);
                pos++;
            } else if (c == '"') {
                int start = ++pos;
                pos = closingQuote(pos, field);
                out.append(src, start, pos);
                pos++;
            } else if (Character.isLetterOrDigit(c)) {
                String word = identifier();
                String macro = macros.get(word.toLowerCase(Locale.ROOT));
                out.append(macro != null ? macro : word);
            } else {
                throw new BadEntry("the field '" + field + "' has no value"
                        + (pos < src.length() ? " (found '" + c + "')" : ""));
            }
            skipSpaceAndComments();
            if (peek() != '#') {
                return out.toString();
            }
            pos++;
        }
    }

    /** The '}' closing the '{' at {@code open}; an entry beginning on a line inside means it never closes. */
    private int closingBrace(int open, String field) throws BadEntry {
        int end = Braces.find(src, open, src.length(), (i, c, depth) -> c == '}' && depth == 0 || entryAt(i, c));
        if (end >= 0 && src.charAt(end) == '}') {
            return end;
        }
        throw new BadEntry("the '{' of the field '" + field + "' at line " + lineOf(open) + " is never closed");
    }

    /** The '"' ending a quoted value: outside braces, and not an accent (\"u). */
    private int closingQuote(int from, String field) throws BadEntry {
        int end = Braces.find(src, from, src.length(), (i, c, depth) -> c == '"' && depth <= 0 || entryAt(i, c));
        if (end >= 0 && src.charAt(end) == '"') {
            return end;
        }
        throw new BadEntry("the quoted value of the field '" + field + "' at line " + lineOf(from) + " is never closed");
    }

    /** @comment and @preamble: their group is passed over; a broken one only up to the end of its line. */
    private void skipGroup(char open, char close) {
        int depth = 0;
        for (int i = pos; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                pos = i + 1;
                return;
            } else if (entryAt(i, c)) {
                break;
            }
        }
        pos = nextLine(pos);
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            // what BibTeX allows in a name: anything printable but these
            if (!Character.isWhitespace(c) && "\"#%'(),={}@".indexOf(c) < 0) {
                pos++;
            } else {
                break;
            }
        }
        return src.substring(start, pos);
    }

    /** Spaces, and '%' comments to the end of their line (biber's reading; a field commented out is skipped). */
    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                pos = nextLine(pos);
            } else {
                return;
            }
        }
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : 0;
    }

    /** Whether the next entry begins at {@code i}, where {@code c} stands: an '@' first on its line, then a type. */
    private boolean entryAt(int i, char c) {
        return c == '@' && atLineStart(i) && entryStartsAt(i);
    }

    private boolean atLineStart(int at) {
        int i = at - 1;
        while (i >= 0 && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || src.charAt(i) == '\n';
    }

    private int nextLine(int at) {
        int nl = src.indexOf('\n', at);
        return nl < 0 ? src.length() : nl + 1;
    }

    int lineOf(int offset) {
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
}
