package org.lectern.listing;

import java.util.regex.Pattern;

/** Names the format of a listing from a sample of its lines. */
public final class FormatDetector {
    /** Lines looked at: enough to see the format, few enough that a 117 MB listing costs nothing extra. */
    static final int SAMPLE_LINES = 400;

    static final String BINARY = "binary";
    static final String EMPTY = "empty";
    static final String UNKNOWN = "unknown";

    private static final Pattern BIBTEX_ENTRY = Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*[{(].*");
    private static final Pattern RIS_TAG = Pattern.compile("^[A-Z][A-Z0-9]\\s{1,2}-(\\s.*)?$");

    private FormatDetector() {
    }

    /**
     * One of the format names of {@link ParseResult#format()}, or "binary" / "empty"; text in no listing
     * format is "links", to be searched for the papers it names.
     */
    public static String detect(String rawText, ListingText text) {
        if (isBinary(rawText)) {
            return BINARY;
        }
        int metaOnly = 0;
        int oneLine = 0;
        int bibtex = 0;
        int ris = 0;
        int arxiv = 0;
        int nonBlank = 0;
        String firstNonBlank = null;
        Shapes shapes = new Shapes();
        for (int index = 0; index < text.lines.size(); index++) {
            String line = text.lines.get(index);
            if (ListingText.isBlank(line)) {
                continue;
            }
            if (firstNonBlank == null) {
                firstNonBlank = line.strip();
            }
            if (++nonBlank > SAMPLE_LINES) {
                break;
            }
            shapes.count(text.lines, index);
            PaperMeta meta = PaperMeta.parse(line);
            if (meta != null) {
                if (line.substring(0, meta.headEnd()).isBlank()) {
                    metaOnly++;
                } else {
                    oneLine++;
                }
            } else if (line.indexOf('@') >= 0 && BIBTEX_ENTRY.matcher(line).matches()) {
                bibtex++;
            } else if (line.length() > 2 && RIS_TAG.matcher(line).matches()) {
                if (line.startsWith("TY")) {
                    ris += 10;
                }
                ris++;
            } else if (ArxivIdFormat.idOf(line) != null) {
                arxiv++;
            }
        }
        if (firstNonBlank == null) {
            return EMPTY;
        }
        // "[PDF] host" and "[1] arXiv:…" open copied pages; a JSON export opens with "[" then "{" or "]"
        if (firstNonBlank.startsWith("{") || firstNonBlank.matches("^\\[\\s*(?:[{\\]].*)?$")) {
            return LecternJsonFormat.NAME;
        }
        String shape = shapes.best();
        if (shape != null && shapes.max() >= metaOnly + oneLine && shapes.max() >= bibtex && shapes.max() * 4 >= ris) {
            return shape;
        }
        if (metaOnly + oneLine > 0 && metaOnly + oneLine >= bibtex && metaOnly + oneLine >= arxiv) {
            return metaOnly > oneLine ? BlockFormat.NAME : HuggingFaceLineFormat.NAME;
        }
        if (bibtex > 0 && bibtex >= arxiv) {
            return BibtexFormat.NAME;
        }
        if (ris > 10) {
            return RisFormat.NAME;
        }
        if (arxiv > 0 && arxiv * 2 >= Math.min(nonBlank, SAMPLE_LINES)) {
            return ArxivIdFormat.NAME;
        }
        return LinkScanFormat.NAME;
    }

    /**
     * The start of a known binary format, or many control characters or undecodable bytes (U+FFFD),
     * mean this is not text. One NUL or one bad byte does not: that line alone is reported.
     */
    static boolean isBinary(String text) {
        if (signature(text) != null) {
            return true;
        }
        return controlCount(text) > 8 && controlCount(text) * 50 > Math.min(text.length(), 65536);
    }

    /** What kind of file starts like {@code text} (decoded as UTF-8 or Latin-1), or null. */
    static String signature(String text) {
        String[][] known = {{"\u0089PNG", "a PNG image"}, {"\uFFFDPNG", "a PNG image"}, {"PK\u0003\u0004", "a ZIP archive"},
            {"%PDF-", "a PDF document"}, {"SQLite format 3\u0000", "an SQLite database"}, {"\u001F\u008B", "a gzip archive"},
            {"\u00FF\u00D8\u00FF", "a JPEG image"}};
        for (String[] k : known) {
            if (text.startsWith(k[0])) {
                return k[1];
            }
        }
        return null;
    }

    /** How many characters of the start of the text are control characters, for the diagnostic. */
    static int controlCount(String text) {
        int n = Math.min(text.length(), 65536);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad;
    }
}
