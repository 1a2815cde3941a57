package org.lectern.edit;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.PaperBatches;
import org.lectern.store.StoreException;

/**
 * Imports papers in one transaction; undo takes the whole import back. A cancelled import throws
 * {@link CancellationException} from {@link #apply()} and leaves the library as it was. The papers are
 * a list held in memory, or a listing read in batches (opened again by a redo), so that a large file
 * is imported without holding it.
 */
public final class ImportChange implements Change {
    /** Opens the listing of a streamed import, once for each apply. */
    @FunctionalInterface
    public interface Listing {
        PaperBatches open() throws IOException;
    }

    private final Importer importer;
    private final String source;
    private final String format;
    private final List<ParsedPaper> papers;
    private final Listing listing;
    private final Consumer<ImportPreview.Item> items;
    private final int errors;
    private final DoubleConsumer progress;
    private final IntConsumer handled;
    private final BooleanSupplier cancelled;
    private volatile ImportOutcome outcome;

    public ImportChange(Importer importer, String source, String format, List<ParsedPaper> papers, int errors,
                        DoubleConsumer progress, BooleanSupplier cancelled) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.papers = List.copyOf(papers);
        this.listing = null;
        this.items = item -> { };
        this.errors = errors;
        this.progress = progress;
        this.handled = done -> { };
        this.cancelled = cancelled;
    }

    /**
     * An import of the papers {@code listing} gives, a batch at a time; {@code items} hears what became of
     * each paper and {@code handled} how many were handled so far.
     */
    public ImportChange(Importer importer, String source, String format, Listing listing,
                        Consumer<ImportPreview.Item> items, IntConsumer handled, BooleanSupplier cancelled) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.papers = null;
        this.listing = listing;
        this.items = items;
        this.errors = 0;
        this.progress = fraction -> { };
        this.handled = handled;
        this.cancelled = cancelled;
    }

    @Override
    public String description() {
        return "Import of " + source;
    }

    @Override
    public void apply() {
        if (papers != null) {
            outcome = importer.commit(source, format, papers, errors, fraction -> {
                // Throwing inside the transaction rolls it back: nothing of a cancelled import is written.
                if (cancelled.getAsBoolean()) throw new CancellationException("import cancelled");
                progress.accept(fraction);
            });
            return;
        }
        try (PaperBatches batches = listing.open()) {
            outcome = importer.commit(source, format, batches, items, done -> {
                if (cancelled.getAsBoolean()) throw new CancellationException("import cancelled");
                handled.accept(done);
            });
        } catch (IOException e) {
            throw new StoreException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void undo() {
        ImportOutcome o = outcome;
        if (o != null) importer.undo(o.importId());
    }

    /** The latest apply added no paper and updated none. */
    @Override
    public boolean changedNothing() {
        ImportOutcome o = outcome;
        return o != null && o.added() + o.updated() == 0;
    }

    /** What the latest apply did; null before the first one. */
    public ImportOutcome outcome() {
        return outcome;
    }
}
