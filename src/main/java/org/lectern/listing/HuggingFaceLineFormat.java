package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

import org.lectern.library.PaperDate;

/** Reads Hugging Face papers written one per line: "UPVOTES TITLE ABSTRACT N authors · Mon D, YYYY [COMMENTS]". */
public final class HuggingFaceLineFormat {
    static final String NAME = "huggingface-line";
    static final String NO_META = "no author count and date at the end (expected '" + PaperMeta.EXAMPLE + "')";

    private final TitleSplitter splitter;

    /** A reader that splits titles from abstracts with the given splitter. */
    public HuggingFaceLineFormat(TitleSplitter splitter) {
        this.splitter = splitter;
    }

    TitleSplitter splitter() {
        return splitter;
    }

    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        text.eachFilledLine((n, line) -> {
            ParsedPaper paper = parseLine(line, n, diagnostics);
            if (paper != null) {
                papers.add(paper);
            }
        });
        return new ParseResult(NAME, papers, diagnostics);
    }

    /** One line as a paper, or null with a diagnostic saying why it is not one. */
    ParsedPaper parseLine(String line, int number, List<Diagnostic> diagnostics) {
        PaperMeta meta = PaperMeta.parse(line);
        if (meta == null) {
            diagnostics.add(new Diagnostic(number, NO_META));
            return null;
        }
        String head = line.substring(0, meta.headEnd()).strip();
        Integer upvotes = null;
        int space = head.indexOf(' ');
        String first = space < 0 ? head : head.substring(0, space);
        if (Upvotes.isUpvotes(first)) {
            upvotes = Upvotes.parse(first);
            head = space < 0 ? "" : head.substring(space + 1).strip();
        }
        if (head.isEmpty()) {
            diagnostics.add(new Diagnostic(number, "no title and abstract before the author count"));
            return null;
        }
        TitleSplitter.Split split = splitter.split(head);
        return new ParsedPaper(number, upvotes, split.title(), split.abstractText(), meta.authors(),
                PaperDate.dayOrNull(meta.published()), meta.comments(), null, null, split.confidence(), null);
    }
}
