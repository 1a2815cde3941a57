package org.lectern.cli;

import java.util.EnumSet;
import java.util.Set;

import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.store.LibraryServices;
import org.lectern.store.SearchQuery;

import picocli.CommandLine.Option;

/** The options that choose papers, shared by {@code list} and {@code export}. */
final class FilterOptions {
    @Option(names = "--status", paramLabel = "S[,S…]", description = "new, queued, reading, read or dropped; several with commas.")
    String status;

    @Option(names = "--family", paramLabel = "F", description = "Only papers in this family.")
    String family;

    @Option(names = "--tag", paramLabel = "T", description = "Only papers with this tag.")
    String tag;

    @Option(names = "--search", paramLabel = "QUERY", description = "Full-text search over title, abstract, note and tags.")
    String search;

    @Option(names = "--queue", description = "Only the reading queue, in its order.")
    boolean queue;

    /** A family or tag the library does not have is a typo to report, not an empty list to print; so is a search it cannot read. */
    void check(LibraryServices services) {
        SearchQuery.check(search);
        if (family != null && services.families().byName(family).isEmpty()) {
            throw new IllegalArgumentException("there is no family named '" + family + "' (see: lectern families)");
        }
        if (tag != null && services.papers().tags().stream().noneMatch(t -> t.name().equalsIgnoreCase(tag.strip()))) {
            throw new IllegalArgumentException("no paper has the tag '" + tag + "'");
        }
    }

    /** The statuses asked for; empty for any. An unknown one is refused with the valid names. */
    Set<Status> statuses() {
        Set<Status> out = EnumSet.noneOf(Status.class);
        if (status == null) return out;
        for (String s : status.split(",")) {
            if (!s.isBlank()) out.add(Status.parse(s));
        }
        return out;
    }

    /** The filter in SQL terms: one status goes into it; several are applied by the caller. */
    PaperFilter toFilter() {
        Set<Status> s = statuses();
        return new PaperFilter(queue ? PaperFilter.View.QUEUE : PaperFilter.View.ALL,
                s.size() == 1 ? s.iterator().next() : null, family, tag, search);
    }
}
