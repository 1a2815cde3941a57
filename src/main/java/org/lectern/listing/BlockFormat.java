package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

import org.lectern.library.PaperDate;

/**
 * Reads Hugging Face papers written as blocks: an optional upvotes line, a title line, an abstract line and
 * an "N authors · Mon D, YYYY" line, blocks separated by blank lines. A one-line paper among them is read too.
 */
public final class BlockFormat {
    static final String NAME = "huggingface-block";
    static final String INCOMPLETE = "not part of a paper: a block needs a title line, an abstract line and a line '"
            + PaperMeta.EXAMPLE.substring(2) + "' after them";

    private final HuggingFaceLineFormat lineFormat;

    /** A reader that falls back to the given one-line reader for papers written on one line. */
    public BlockFormat(HuggingFaceLineFormat lineFormat) {
        this.lineFormat = lineFormat;
    }

    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        for (int n = 1; n <= text.size(); n++) {
            String line = text.line(n);
            if (ListingText.isBlank(line)) {
                flush(pending, diagnostics);
                continue;
            }
            PaperMeta meta = PaperMeta.parse(line);
            if (meta == null) {
                pending.add(n);
            } else if (line.substring(0, meta.headEnd()).isBlank()) {
                ParsedPaper paper = block(text, pending, meta);
                if (paper == null) {
                    diagnostics.add(new Diagnostic(n, "an author count and date with no title and abstract above"));
                    flush(pending, diagnostics);
                } else {
                    papers.add(paper);
                    pending.clear();
                }
            } else {
                flush(pending, diagnostics);
                ParsedPaper paper = lineFormat.parseLine(line, n, diagnostics);
                if (paper != null) {
                    papers.add(paper);
                }
            }
        }
        flush(pending, diagnostics);
        return new ParseResult(NAME, papers, diagnostics);
    }

    private static void flush(List<Integer> pending, List<Diagnostic> diagnostics) {
        for (int n : pending) {
            diagnostics.add(new Diagnostic(n, INCOMPLETE));
        }
        pending.clear();
    }

    /** The paper made of the pending lines and its meta line, or null when there is no title. */
    private ParsedPaper block(ListingText text, List<Integer> lines, PaperMeta meta) {
        if (lines.isEmpty()) {
            return null;
        }
        int i = 0;
        Integer upvotes = null;
        String first = text.line(lines.get(0)).strip();
        if (lines.size() >= 2 && Upvotes.isUpvotes(first)) {
            upvotes = Upvotes.parse(first);
            i = 1;
        }
        String title = text.line(lines.get(i)).strip();
        StringBuilder abstractText = new StringBuilder();
        for (int j = i + 1; j < lines.size(); j++) {
            if (abstractText.length() > 0) {
                abstractText.append(' ');
            }
            abstractText.append(text.line(lines.get(j)).strip());
        }
        double confidence = 1;
        if (abstractText.length() == 0 && title.split("\\s+").length > 30) {
            // a title line this long is a title and abstract on one line
            TitleSplitter.Split split = lineFormat.splitter().split(title);
            title = split.title();
            abstractText.append(split.abstractText());
            confidence = split.confidence();
        }
        return new ParsedPaper(lines.get(0), upvotes, title, abstractText.toString(), meta.authors(),
                PaperDate.dayOrNull(meta.published()), meta.comments(), null, null, confidence, null);
    }
}
