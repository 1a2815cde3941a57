package org.lectern.listing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paper read offline from its PDF's first page: the arXiv id from the identifier stamped in the margin
 * (or written in the text), the title (the largest text on the page), the authors' names (the lines between
 * the title and the abstract) and the abstract (after "Abstract", up to the introduction).
 */
public final class PdfPaper {
    private static final Pattern ABSTRACT = Pattern.compile("(?i)^\\s*abstract\\s*[.:—–-]?\\s*(.*)$");
    private static final Pattern END_OF_ABSTRACT = Pattern.compile(
            "(?i)^\\s*(?:(?:1|I)\\.?\\s+)?(?:introduction|keywords|index terms|ccs concepts|key words)\\b.*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*(@|universit|institut|laborator|\\blab\\b|department|school|college|research|inc\\.|corp|"
                    + "google|microsoft|meta|deepmind|academy|center|centre|\\bequal contribution|correspond).*");

    private PdfPaper() {
    }

    /** One line of the page as drawn: its text and the size of its largest letters. */
    record Line(String text, float size) {
    }

    /** Reads the PDF; a file that is not a readable PDF throws with PDFBox's reason. */
    public static ParsedPaper read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            FirstPage page = new FirstPage();
            page.setStartPage(1);
            page.setEndPage(1);
            page.setSortByPosition(true);
            String text = page.getText(doc);
            PaperDraft d = fromLines(page.lines, text + "\n" + page.rotated);
            PDDocumentInformation info = doc.getDocumentInformation();
            if ((d.title == null || d.title.isBlank()) && info != null && info.getTitle() != null
                    && !info.getTitle().isBlank()) {
                d.title = ShapeText.clean(info.getTitle());
            }
            if (d.title == null || d.title.isBlank()) {
                d.title = d.arxivId != null ? null : String.valueOf(pdf.getFileName());
            }
            // the file itself until the library keeps it (store.PaperFiles), which then links the paper's page
            d.url = pdf.toAbsolutePath().toUri().toString();
            return d.toPaper();
        }
    }

    /** The paper on a first page, given its lines (in reading order) and all of its text. */
    static PaperDraft fromLines(List<Line> lines, String allText) {
        PaperDraft d = new PaperDraft(1);
        d.arxivId = Identifiers.firstArxivId(allText.replaceAll("\\s+", " "));
        float max = 0;
        for (Line l : lines) {
            if (!l.text().isBlank() && Identifiers.firstArxivId(l.text()) == null) {
                max = Math.max(max, l.size());
            }
        }
        int i = 0;
        while (i < lines.size() && !(lines.get(i).size() >= max - 0.5f && !lines.get(i).text().isBlank())) {
            i++;
        }
        List<String> title = new ArrayList<>();
        while (i < lines.size() && lines.get(i).size() >= max - 0.5f) {
            title.add(lines.get(i).text());
            i++;
        }
        d.title = ShapeText.join(title);
        List<String> names = new ArrayList<>();
        int abs = i;
        while (abs < lines.size() && !ABSTRACT.matcher(lines.get(abs).text()).matches()) {
            abs++;
        }
        // the names: the lines under the title before the abstract, leaving out affiliations and mail
        for (int k = i; k < abs && k < i + 8; k++) {
            String l = lines.get(k).text();
            if (l.isBlank() || NOT_A_NAME.matcher(l).matches()) {
                continue;
            }
            for (String n : ShapeText.names(l.replaceAll("[*†‡§¶∗]|\\d+", " "), null)) {
                if (n.split("\\s+").length <= 5 && Character.isUpperCase(n.charAt(0))) {
                    names.add(n.replaceAll("\\s+", " ").strip());
                }
            }
        }
        d.names = names.isEmpty() ? null : names;
        if (abs < lines.size()) {
            List<String> body = new ArrayList<>();
            var first = ABSTRACT.matcher(lines.get(abs).text());
            if (first.matches() && !first.group(1).isBlank()) {
                body.add(first.group(1));
            }
            for (int k = abs + 1; k < lines.size() && !END_OF_ABSTRACT.matcher(lines.get(k).text()).matches(); k++) {
                body.add(lines.get(k).text());
            }
            d.abstractText = dehyphenate(body);
        }
        return d;
    }

    /** Lines joined with spaces; a word broken at a line's end ("continu-" "ous") is joined again. */
    private static String dehyphenate(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '-' && Character.isLowerCase(l.charAt(0))
                    && Character.isLetter(sb.charAt(sb.length() - 2))) {
                sb.setLength(sb.length() - 1);
            } else if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l);
        }
        return ShapeText.clean(sb.toString());
    }

    /** Collects the first page's lines with their letter sizes, and the margin's rotated text apart. */
    private static final class FirstPage extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        final StringBuilder rotated = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private float size;

        FirstPage() {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                if (p.getDir() != 0f) {
                    rotated.append(p.getUnicode());
                } else {
                    line.append(p.getUnicode());
                    size = Math.max(size, p.getFontSizeInPt());
                }
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            line.append(' ');
            super.writeWordSeparator();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            flush();
            super.writeLineSeparator();
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            String text = ShapeText.clean(line.toString());
            if (!text.isEmpty()) {
                lines.add(new Line(text, size));
            }
            line.setLength(0);
            size = 0;
        }
    }
}
