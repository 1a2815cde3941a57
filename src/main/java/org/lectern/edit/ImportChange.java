package org.lectern.edit;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportOutcome;
import org.lectern.store.Importer;

/**
 * Imports papers in one transaction; undo takes the whole import back. A cancelled import throws
 * {@link CancellationException} from {@link #apply()} and leaves the library as it was.
 */
public final class ImportChange implements Change {
    private final Importer importer;
    private final String source;
    private final String format;
    private final List<ParsedPaper> papers;
    private final int errors;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private volatile ImportOutcome outcome;

    public ImportChange(Importer importer, String source, String format, List<ParsedPaper> papers, int errors,
                        DoubleConsumer progress, BooleanSupplier cancelled) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.papers = List.copyOf(papers);
        this.errors = errors;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public String description() {
        return "Import of " + source;
    }

    @Override
    public void apply() {
        outcome = importer.commit(source, format, papers, errors, fraction -> {
            // Throwing inside the transaction rolls it back: nothing of a cancelled import is written.
            if (cancelled.getAsBoolean()) throw new CancellationException("import cancelled");
            progress.accept(fraction);
        });
    }

    @Override
    public void undo() {
        ImportOutcome o = outcome;
        if (o != null) importer.undo(o.importId());
    }

    /** What the latest apply did; null before the first one. */
    public ImportOutcome outcome() {
        return outcome;
    }
}
