package org.lectern.lookup;

import java.util.List;

/** An answer of arXiv's query API: its OpenSearch counts and the entries on this page. */
public record ArxivFeed(int totalResults, int startIndex, int itemsPerPage, List<ArxivEntry> entries) {
    public ArxivFeed {
        entries = List.copyOf(entries);
    }
}
