package org.lectern.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Papers;
import org.lectern.store.SearchIndexing;
import org.lectern.store.SearchQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lectern list}: the papers a filter selects, as a table, JSON, tab-separated values or bare ids.
 * A filter that matches nothing prints nothing, so scripts can pipe the output on.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List papers.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:done, also when the filter matches nothing (then nothing is printed)", ExitCodes.WRONG})
final class ListCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Mixin
    FilterOptions filter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json (the export format), tsv (id, status, upvotes, published, arxiv_id, title, families, tags) or ids.")
    String format;

    @Option(names = "--json", description = "The same as --format json.")
    boolean json;

    @Option(names = "--sort", paramLabel = "KEY",
            description = "added (default), title, status, upvotes, published, queue or relevance (with --search); -KEY reverses, e.g. -upvotes.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N papers.")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        String shape = json ? "json" : format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "tsv", "ids").contains(shape)) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use table, json, tsv or ids)");
        }
        if (limit != null && limit < 0) throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
        boolean descending = sort != null && sort.startsWith("-");
        Papers.Sort order = order(descending ? sort.substring(1) : sort);
        PrintWriter out = lectern.out();
        if (filter.search != null) {
            SearchQuery.check(filter.search); // before waiting for the index: a search it cannot read is said at once
            finishSearchIndex();
        }
        Papers papers = lectern.services().papers();
        Set<Status> statuses = filter.statuses();
        List<PaperRow> rows = new ArrayList<>();
        // several statuses: the other filters in SQL, the statuses here, in the same order
        for (PaperRow r : papers.page(filter.toFilter(), order, descending, 0, Integer.MAX_VALUE)) {
            if (statuses.isEmpty() || statuses.contains(r.status())) rows.add(r);
            if (limit != null && rows.size() >= limit) break;
        }
        if (rows.isEmpty()) return 0;
        switch (shape) {
            case "json" -> {
                List<Paper> all = new ArrayList<>(rows.size());
                for (PaperRow r : rows) papers.get(r.id()).ifPresent(all::add);
                StringWriter text = new StringWriter();
                ExportFormat.JSON.write(all, text);
                out.print(text);
            }
            case "ids" -> rows.forEach(r -> out.println(r.id()));
            case "tsv" -> {
                out.println("id\tstatus\tupvotes\tpublished\tarxiv_id\ttitle\tfamilies\ttags");
                for (PaperRow r : rows) {
                    Paper p = papers.get(r.id()).orElseThrow();
                    out.println(String.join("\t", String.valueOf(r.id()), r.status().key(),
                            r.upvotes() == null ? "" : r.upvotes().toString(), r.published() == null ? "" : r.published().toString(),
                            p.arxivId() == null ? "" : p.arxivId(), tsv(r.title()), tsv(r.families()), tsv(r.tags())));
                }
            }
            default -> {
                out.printf("%6s  %-8s  %7s  %-10s  %s%n", "id", "status", "upvotes", "published", "title");
                for (PaperRow r : rows) {
                    out.printf("%6d  %-8s  %7s  %-10s  %s%n", r.id(), r.status().key(),
                            r.upvotes() == null ? "-" : r.upvotes(), r.published() == null ? "" : r.published(),
                            r.title() + (r.families().isEmpty() ? "" : "  [" + r.families() + "]"));
                }
                out.println(rows.size() + (rows.size() == 1 ? " paper" : " papers"));
            }
        }
        out.flush();
        return 0;
    }

    private Papers.Sort order(String key) {
        if (key == null || key.isBlank()) {
            return filter.search != null ? Papers.Sort.RELEVANCE : filter.queue ? Papers.Sort.QUEUE : Papers.Sort.ADDED;
        }
        try {
            return Papers.Sort.valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort '" + key + "' (use added, title, status, upvotes, published, queue or relevance)");
        }
    }

    /** A tab or line break inside a field would split it: they become spaces. */
    private static String tsv(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /**
     * Papers of a large import still waiting for the search index (a stopped import, or one still
     * filling it in another process) are indexed first, so the search lists every match; a read-only
     * library cannot be filled, and says so.
     */
    private void finishSearchIndex() {
        SearchIndexing index = lectern.services().library().searchIndex();
        if (!index.indexing()) return;
        PrintWriter err = lectern.err();
        err.println("lectern: indexing " + index.remaining() + " papers for search first…");
        err.flush();
        boolean filled;
        try {
            filled = index.awaitFilled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            filled = false;
        }
        if (!filled) err.println("lectern: indexing… papers imported a moment ago are not all searchable yet");
    }
}
