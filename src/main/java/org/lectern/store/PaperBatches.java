package org.lectern.store;

import java.io.IOException;
import java.util.List;

import org.lectern.listing.ListingBatches;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * The papers of one listing, a batch at a time, as an import reads them: from a listing read whole, or
 * from a large file read piece by piece, so that the import's memory does not grow with the listing.
 */
public interface PaperBatches extends AutoCloseable {
    /** The next papers in listing order, or null when there are none left. */
    List<ParsedPaper> next() throws IOException;

    /** How many lines could not be read as papers so far; the import records the final count. */
    int errors();

    @Override
    void close() throws IOException;

    /** {@code papers} in batches, with {@code errors} lines that could not be read. */
    static PaperBatches of(List<ParsedPaper> papers, int errors) {
        return new PaperBatches() {
            private static final int SIZE = 2000;
            private int at;

            @Override
            public List<ParsedPaper> next() {
                if (at >= papers.size()) return null;
                int end = Math.min(papers.size(), at + SIZE);
                List<ParsedPaper> out = papers.subList(at, end);
                at = end;
                return out;
            }

            @Override
            public int errors() {
                return errors;
            }

            @Override
            public void close() {
            }
        };
    }

    /** The papers of a listing file read piece by piece; its unreadable lines are counted as errors. */
    static PaperBatches of(ListingBatches batches) {
        return new ListingPapers(batches, ParseResult::papers);
    }
}
