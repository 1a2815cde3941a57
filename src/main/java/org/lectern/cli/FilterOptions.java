package org.lectern.cli;

import org.lectern.library.PaperFilter;
import org.lectern.library.Status;

import picocli.CommandLine.Option;

/** The options that choose papers, shared by {@code list} and {@code export}. */
final class FilterOptions {
    @Option(names = "--status", paramLabel = "S", description = "new, queued, reading, read or dropped.")
    String status;

    @Option(names = "--family", paramLabel = "F", description = "Only papers in this family.")
    String family;

    @Option(names = "--tag", paramLabel = "T", description = "Only papers with this tag.")
    String tag;

    @Option(names = "--search", paramLabel = "QUERY", description = "Full-text search over title, abstract, note and tags.")
    String search;

    @Option(names = "--queue", description = "Only the reading queue, in its order.")
    boolean queue;

    PaperFilter toFilter() {
        return new PaperFilter(queue ? PaperFilter.View.QUEUE : PaperFilter.View.ALL,
                status == null ? null : Status.parse(status), family, tag, search);
    }
}
