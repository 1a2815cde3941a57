package org.lectern.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.lectern.listing.ListingBatches;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportOutcome;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.PaperBatches;

/**
 * The benchmark's import, streamed as the window and the command line do it: the listing is read a batch
 * at a time three times over, never whole. First only read and parsed (the parser's speed and its exact
 * titles), then previewed (matched against the library, as the window's preview does), then committed
 * (matched and written in one transaction, as {@code lectern import} does). The import's time is the
 * preview's and the commit's; each step's heap peak is kept.
 */
final class StreamedImport {
    private StreamedImport() {
    }

    static void run(Path db, Path listing, List<ParsedPaper> truth, Report report, Consumer<String> step,
                    PrintWriter log) throws IOException {
        int n = truth.size();
        System.gc();
        Memory.resetHeapPeak();
        long rssBefore = Memory.peakRss();
        step.accept("importing: read and parse");
        long t0 = System.nanoTime();
        Map<Integer, String> titles = new HashMap<>(n * 2);
        for (ParsedPaper t : truth) titles.put(t.line(), t.title());
        int read = 0;
        int exact = 0;
        int diagnostics = 0;
        try (ListingBatches batches = ListingBatches.open(listing, false)) {
            for (ParseResult r = batches.next(); r != null; r = batches.next()) {
                read += r.papers().size();
                diagnostics += r.diagnostics().size();
                for (ParsedPaper p : r.papers()) if (p.title().equals(titles.get(p.line()))) exact++;
            }
        }
        titles = null;
        long t1 = System.nanoTime();
        long parseHeap = Memory.peakHeap();
        try (Library library = Library.open(db)) {
            Importer importer = new Importer(library);
            step.accept("importing: preview");
            System.gc();
            Memory.resetHeapPeak();
            long t2 = System.nanoTime();
            try (ListingBatches file = ListingBatches.open(listing, false); PaperBatches batches = PaperBatches.of(file)) {
                importer.preview(listing.toString(), file.format(), batches, (items, counts) -> { });
            }
            long t3 = System.nanoTime();
            long previewHeap = Memory.peakHeap();
            step.accept("importing: commit");
            System.gc();
            Memory.resetHeapPeak();
            long t4 = System.nanoTime();
            ImportOutcome outcome;
            try (ListingBatches file = ListingBatches.open(listing, false); PaperBatches batches = PaperBatches.of(file)) {
                outcome = importer.commit(listing.toString(), file.format(), batches, item -> { }, done -> { });
            }
            long t5 = System.nanoTime();
            long commitHeap = Memory.peakHeap();
            // the papers are there and listed; a large import's search index fills after, in the background
            step.accept("importing: search index");
            Benchmark.awaitSearchIndex(library);
            report.put("import", "index_fill_seconds", (System.nanoTime() - t5) / 1e9);
            // the import is what `lectern import` does: read, split, match and write in one streamed pass;
            // the window's preview is a pass of its own before it, reported beside it
            double total = (t5 - t4) / 1e9;
            report.put("import", "parser", "ListingBatches (streamed)");
            report.put("import", "read_parse_seconds", (t1 - t0) / 1e9);
            report.put("import", "preview_seconds", (t3 - t2) / 1e9);
            report.put("import", "commit_seconds", (t5 - t4) / 1e9);
            report.put("import", "total_seconds", total);
            report.put("import", "papers_per_second", n / total);
            report.put("import", "added", outcome.added());
            report.put("import", "diagnostics", diagnostics);
            report.put("import", "papers_read", read);
            report.put("import", "titles_split_exactly", (double) exact / n);
            report.put("memory", "import_parse_peak_heap_bytes", parseHeap);
            report.put("memory", "import_preview_peak_heap_bytes", previewHeap);
            report.put("memory", "import_commit_peak_heap_bytes", commitHeap);
            report.put("memory", "import_peak_heap_bytes", Math.max(parseHeap, Math.max(previewHeap, commitHeap)));
            report.put("memory", "import_peak_rss_bytes", Math.max(rssBefore, Memory.peakRss()));
            if (outcome.added() != n) log.println("warning: the import added " + outcome.added() + " of " + n + " papers");
        }
    }
}
