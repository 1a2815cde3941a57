package org.lectern.listing;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Counts, over a sample of a listing, the lines that only a copied web page of one shape has: an arXiv entry
 * header, a Hugging Face card's "Paper • ID • Published …" line, a Scholar byline, a DBLP name list.
 * Each shape has one such line per paper, so the counts compare as numbers of papers.
 */
final class Shapes {
    private int arxiv;
    private int cards;
    private int scholar;
    private int dblp;

    /** Looks at line {@code index} (0-based) of {@code lines}, which is not blank. */
    void count(List<String> lines, int index) {
        String line = ShapeText.clean(lines.get(index));
        if (line.length() > 2000) {
            return;
        }
        Matcher header = ArxivListFormat.HEADER.matcher(line);
        if (line.contains("arXiv") && header.matches()) {
            // a bare "arXiv:2401.01234" is an id list unless a title follows it
            String next = nextNonBlank(lines, index + 1);
            if (header.group(2).contains("[") || next.startsWith("Title:")) {
                arxiv++;
            }
        } else if (HuggingFaceCardFormat.isMeta(line)) {
            cards++;
        } else if (line.contains(" - ") && ScholarFormat.byline(line) != null) {
            scholar++;
        } else if (line.indexOf(':') > 0) {
            Matcher names = DblpFormat.NAMES.matcher(line);
            if (DblpFormat.isNameLine(line, names)) {
                String entry = names.group(2).isBlank() ? nextNonBlank(lines, index + 1) : names.group(2);
                if (DblpFormat.titleAndVenue(new PaperDraft(index + 1), entry)) {
                    dblp++;
                }
            }
        }
    }

    /** The shape with the most papers, or null when the sample has none of them. */
    String best() {
        int max = max();
        if (max == 0) {
            return null;
        }
        if (arxiv == max) {
            return ArxivListFormat.NAME;
        }
        if (cards == max) {
            return HuggingFaceCardFormat.NAME;
        }
        return scholar == max ? ScholarFormat.NAME : DblpFormat.NAME;
    }

    int max() {
        return Math.max(Math.max(arxiv, cards), Math.max(scholar, dblp));
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 5; i++) {
            String l = ShapeText.clean(lines.get(i));
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }
}
