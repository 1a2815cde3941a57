package org.lectern.listing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes first pages laid out like a paper's: an arXiv stamp in the margin, a large title, names, an abstract. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** A one-page paper; {@code stamp} (e.g. "arXiv:2501.01234v1 [cs.CL] 3 Jan 2025") may be null. */
    public static Path write(Path file, String stamp, String title, List<String> authors, String affiliation,
                             String abstractText) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        PDType1Font roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (stamp != null) {
                    cs.beginText();
                    cs.setFont(roman, 20);
                    cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 30, 220));
                    cs.showText(stamp);
                    cs.endText();
                }
                float y = 700;
                for (String line : wrap(title, 45)) {
                    y = text(cs, bold, 17, line, y, 22);
                }
                y = text(cs, roman, 11, String.join(", ", authors), y - 8, 14);
                if (affiliation != null) {
                    y = text(cs, roman, 10, affiliation, y, 14);
                }
                y = text(cs, bold, 11, "Abstract", y - 14, 14);
                for (String line : wrap(abstractText, 90)) {
                    y = text(cs, roman, 10, line, y, 12);
                }
                text(cs, bold, 11, "1 Introduction", y - 14, 14);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float text(PDPageContentStream cs, PDType1Font font, float size, String s, float y, float step)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(72, y);
        cs.showText(s);
        cs.endText();
        return y - step;
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + w.length() + 1 > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
