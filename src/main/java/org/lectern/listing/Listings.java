package org.lectern.listing;

/** Reads any listing Lectern knows, choosing the format from the text itself. */
public final class Listings {
    private Listings() {
    }

    /** Parses a whole listing; never throws on bad input, every unread line becomes a diagnostic. */
    public static ParseResult parse(String text) {
        throw new UnsupportedOperationException("listing parser not written yet");
    }
}
