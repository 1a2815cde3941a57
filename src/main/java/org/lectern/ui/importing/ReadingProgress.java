package org.lectern.ui.importing;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.lectern.listing.ListingReader;

/**
 * How far the reading of a listing has come, said in the status bar while it runs ("Reading big.txt:
 * line 12,000 of 20,000 (60%)", then the matching against the library), so a big file is not a silence.
 * Reports arrive on the background thread; at most one at a time waits for the FX thread.
 */
final class ReadingProgress implements ListingReader.Progress {
    private final String source;
    private final Consumer<String> say;
    private final java.util.concurrent.atomic.AtomicReference<String> pending = new java.util.concurrent.atomic.AtomicReference<>();
    private volatile boolean done;

    ReadingProgress(String source, Consumer<String> say) {
        this.source = source;
        this.say = say;
    }

    @Override
    public void read(int lines, int of) {
        show(String.format(Locale.ROOT, "Reading %s: line %,d of %,d (%d%%)", source, lines, of,
                of == 0 ? 100 : Math.round(100.0 * lines / of)));
    }

    /** The listing is read: its {@code papers} are being matched against the library. */
    void matching(int papers) {
        show(String.format(Locale.ROOT, "Read %,d %s from %s; matching them against the library…",
                papers, papers == 1 ? "paper" : "papers", source));
    }

    /** The preview is ready (or the reading failed): no later report is shown. */
    void finish() {
        done = true;
    }

    private void show(String text) {
        // the latest report wins; a report already waiting for the FX thread is replaced, not queued
        if (pending.getAndSet(text) == null) {
            Platform.runLater(() -> {
                String latest = pending.getAndSet(null);
                if (latest != null && !done) say.accept(latest);
            });
        }
    }
}
