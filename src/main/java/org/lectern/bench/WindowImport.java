package org.lectern.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lectern.listing.ListingBatches;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportPreview;
import org.lectern.store.LibraryServices;
import org.lectern.store.Organizer;
import org.lectern.store.PaperBatches;

/**
 * The window's import without its screen, for measuring its memory under a heap cap: the listing is
 * previewed a batch at a time into rows holding what the preview sheet's rows keep (title, the first 200
 * characters of the abstract, authors, the match), then imported and placed in families by the library's
 * own organizer, the two transactions the window's change makes when the reader confirms. Also writes the
 * benchmark's synthetic listings, so a script can build the library it imports into.
 *
 * <pre>
 * WindowImport listing N SEED FILE      writes N synthetic papers (vocabulary of seed 7, papers of SEED)
 * WindowImport import LIBRARY LISTING   previews, imports and places LISTING into LIBRARY
 * </pre>
 */
public final class WindowImport {
    private WindowImport() {
    }

    // what a row of the preview sheet keeps of its paper (the sheet itself is the window's, not the benchmark's)
    private record Row(String title, String abstractStart, Integer authors, ImportPreview.Match match, String change) {
        static Row of(ImportPreview.Item item) {
            String a = item.paper().abstractText() == null ? "" : item.paper().abstractText();
            return new Row(item.paper().title(), a.length() <= 200 ? a : a.substring(0, 200), item.paper().authors(),
                    item.match(), item.change());
        }
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
            List<Row> rows = new ArrayList<>();
            String format;
            try (ListingBatches file = ListingBatches.open(listing, false); PaperBatches batches = PaperBatches.of(file)) {
                format = file.format();
                services.importer().preview(listing.toString(), format, batches, (items, counts) -> {
                    for (ImportPreview.Item item : items) rows.add(Row.of(item));
                });
            }
            long t1 = System.nanoTime();
            // what the window's PlacedImport does on confirm: the import's transaction, then the placing's,
            // by the organizer the window keeps
            ImportOutcome outcome;
            try (ListingBatches file = ListingBatches.open(listing, false); PaperBatches batches = PaperBatches.of(file)) {
                outcome = services.importer().commit(listing.toString(), format, batches, item -> { }, done -> { });
            }
            Organizer.Placed placed = services.organizer().placeNew(outcome.importId());
            long t2 = System.nanoTime();
            // the sheet keeps its rows until the import is done
            Reference.reachabilityFence(rows);
            System.out.printf(Locale.ROOT, "previewed %d papers in %.1f s; imported %d, placed %d memberships and "
                            + "%d suggestions in %.1f s; resident peak %.1f MB%n",
                    rows.size(), (t1 - t0) / 1e9, outcome.added(), placed.placed(), placed.suggested(), (t2 - t1) / 1e9,
                    Memory.peakRss() / 1e6);
            return 0;
        }
    }
}
