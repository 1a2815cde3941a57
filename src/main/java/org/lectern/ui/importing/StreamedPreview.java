package org.lectern.ui.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.PaperBatches;

/**
 * Reads a request for its preview a batch at a time, in the background: each batch is matched against
 * the library and handed on as rows with the counts so far, so the sheet shows the first rows at once.
 * Only the rows stay; the papers themselves are dropped batch by batch (the import reads them again).
 */
final class StreamedPreview {
    private StreamedPreview() {
    }

    /** One batch for the sheet: its rows, the counts so far, its unreadable lines, the format so far. */
    record Batch(List<PreviewRow> rows, Importer.PreviewCounts counts, List<Diagnostic> diagnostics, String format) {
    }

    /**
     * Reads {@code request} to its end, or until {@code cancelled}, handing each batch to {@code each} on
     * the calling thread; the rows' checkboxes count into {@code included}. Returns the papers read.
     */
    static int read(Importer importer, ImportRequest request, IntegerProperty included, BooleanSupplier cancelled,
                    Consumer<Batch> each) throws IOException {
        try (ListingLoad load = ListingLoad.of(request)) {
            List<Diagnostic> pending = new ArrayList<>();
            int[] read = new int[1];
            // where each listing's papers start among the papers handed on: a row's listing is the last one begun
            List<int[]> starts = new ArrayList<>();
            int[] handed = new int[1];
            PaperBatches batches = new PaperBatches() {
                @Override
                public List<ParsedPaper> next() throws IOException {
                    if (cancelled.getAsBoolean()) return null;
                    ParseResult r = load.next();
                    if (r == null) return null;
                    pending.addAll(r.diagnostics());
                    if (starts.isEmpty() || starts.get(starts.size() - 1)[1] != load.listing()) {
                        starts.add(new int[] {handed[0], load.listing()});
                    }
                    handed[0] += r.papers().size();
                    return r.papers();
                }

                @Override
                public int errors() {
                    return load.errors();
                }

                @Override
                public void close() {
                }
            };
            importer.preview(request.source(), load.format(), batches, (items, counts) -> {
                List<PreviewRow> rows = new ArrayList<>(items.size());
                for (ImportPreview.Item item : items) {
                    int at = read[0]++;
                    int s = starts.size() - 1;
                    while (s > 0 && starts.get(s)[0] > at) s--;
                    rows.add(new PreviewRow(at, starts.isEmpty() ? 0 : starts.get(s)[1], item, included));
                }
                List<Diagnostic> said = List.copyOf(pending);
                pending.clear();
                each.accept(new Batch(rows, counts, said, load.format()));
            });
            return read[0];
        }
    }
}
