package org.lectern.store;

import java.io.IOException;
import java.util.List;

import org.lectern.listing.ListingSource;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * The papers an import takes from a listing read a batch at a time: {@link Choice} says which of each
 * batch's papers go in (and may say what it reads, or refuse a listing changed since its preview);
 * batches that give none are passed over, and unreadable lines are counted as errors.
 */
public final class ListingPapers implements PaperBatches {
    /** What an import takes from each batch as it is read. */
    public interface Choice {
        /** The papers of {@code batch} to import, in listing order. */
        List<ParsedPaper> papers(ParseResult batch) throws IOException;

        /** Told once the listing is done; may refuse it then. */
        default void end() throws IOException {
        }
    }

    private final ListingSource source;
    private final Choice choice;
    private List<ParsedPaper> peeked;

    public ListingPapers(ListingSource source, Choice choice) {
        this.source = source;
        this.choice = choice;
    }

    /** Whether a paper is left, reading on to the next batch that gives one (it is then the next handed out). */
    public boolean hasPapers() throws IOException {
        if (peeked == null) peeked = read();
        return peeked != null;
    }

    @Override
    public List<ParsedPaper> next() throws IOException {
        if (!hasPapers()) return null;
        List<ParsedPaper> out = peeked;
        peeked = null;
        return out;
    }

    private List<ParsedPaper> read() throws IOException {
        for (ParseResult r = source.next(); r != null; r = source.next()) {
            List<ParsedPaper> taken = choice.papers(r);
            if (!taken.isEmpty()) return taken;
        }
        choice.end();
        return null;
    }

    @Override
    public int errors() {
        return source.errors();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
