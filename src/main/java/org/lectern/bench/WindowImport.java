package org.lectern.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleIntegerProperty;
import org.lectern.edit.ImportChange;
import org.lectern.edit.PlacedImport;
import org.lectern.listing.ListingBatches;
import org.lectern.store.ImportPreview;
import org.lectern.store.LibraryServices;
import org.lectern.store.PaperBatches;
import org.lectern.ui.importing.PreviewRow;

/**
 * The window's import without its screen, for measuring its memory under a heap cap: the listing is
 * previewed a batch at a time into the rows the preview sheet keeps, then imported and placed in families
 * as one change by the library's own organizer, as the window does when the reader confirms. Also writes
 * the benchmark's synthetic listings, so a script can build the library it imports into.
 *
 * <pre>
 * WindowImport listing N SEED FILE      writes N synthetic papers (vocabulary of seed 7, papers of SEED)
 * WindowImport import LIBRARY LISTING   previews, imports and places LISTING into LIBRARY
 * </pre>
 */
public final class WindowImport {
    private WindowImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("listing")) {
            List<org.lectern.listing.ParsedPaper> papers =
                    new SyntheticPapers(7).papers(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            Files.writeString(Path.of(args[3]), SyntheticPapers.listing(papers), StandardCharsets.UTF_8);
        } else if (args.length == 3 && args[0].equals("import")) {
            System.exit(importInto(Path.of(args[1]), Path.of(args[2])));
        } else {
            System.err.println("usage: WindowImport listing N SEED FILE | WindowImport import LIBRARY LISTING");
            System.exit(2);
        }
    }

    private static int importInto(Path library, Path listing) throws IOException {
        try (LibraryServices services = LibraryServices.open(library)) {
            long t0 = System.nanoTime();
            SimpleIntegerProperty included = new SimpleIntegerProperty();
            List<PreviewRow> rows = new ArrayList<>();
            String format;
            try (ListingBatches file = ListingBatches.open(listing, false); PaperBatches batches = PaperBatches.of(file)) {
                format = file.format();
                services.importer().preview(listing.toString(), format, batches, (items, counts) -> {
                    for (ImportPreview.Item item : items) rows.add(new PreviewRow(rows.size(), item, included));
                });
            }
            long t1 = System.nanoTime();
            ImportChange importing = new ImportChange(services.importer(), listing.toString(), format,
                    () -> PaperBatches.of(ListingBatches.open(listing, false)), item -> { }, done -> { }, () -> false);
            PlacedImport change = PlacedImport.of(importing, services.organizer(), services.placements());
            change.apply();
            long t2 = System.nanoTime();
            // the sheet keeps its rows until the import is done
            Reference.reachabilityFence(rows);
            System.out.printf(Locale.ROOT, "previewed %d papers in %.1f s; imported %d, placed %d memberships and "
                            + "%d suggestions in %.1f s; peak heap %.1f MB, resident peak %.1f MB%n",
                    rows.size(), (t1 - t0) / 1e9, change.outcome().added(), change.placed().placed(),
                    change.placed().suggested(), (t2 - t1) / 1e9, Memory.peakHeap() / 1e6, Memory.peakRss() / 1e6);
            if (change.placingFailure() != null) {
                System.err.println("placing failed: " + change.placingFailure().getMessage());
                return 1;
            }
            return 0;
        }
    }
}
