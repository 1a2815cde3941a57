package org.lectern.listing;

import java.io.IOException;

/** A listing read a batch at a time: each batch's papers and the diagnostics of its lines. */
public interface ListingSource extends AutoCloseable {
    /** The next batch, or null when the listing is done. */
    ParseResult next() throws IOException;

    /** Lines that could not be read as papers, so far. */
    int errors();

    @Override
    void close() throws IOException;
}
