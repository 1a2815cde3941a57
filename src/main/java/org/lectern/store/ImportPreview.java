package org.lectern.store;

import java.util.List;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParsedPaper;

/** What an import would do, worked out against the library without writing anything. */
public record ImportPreview(String source, String format, List<Item> items, List<Diagnostic> diagnostics) {

    /** How a parsed paper relates to the library. */
    public enum Match {
        /** not in the library yet */
        NEW,
        /** in the library, and the listing brings other upvotes or comments */
        UPDATED,
        /** in the library exactly as listed */
        UNCHANGED,
        /** the same paper appears earlier in this import */
        REPEATED
    }

    /** One parsed paper and what importing it would do; {@code existingId} is null for new papers. */
    public record Item(ParsedPaper paper, Match match, Long existingId) {
    }

    public long count(Match m) {
        return items.stream().filter(i -> i.match() == m).count();
    }
}
