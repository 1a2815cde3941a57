package org.lectern.ui.importing;

import java.util.Locale;

import javafx.application.Platform;

import org.lectern.listing.ListingReader;
import org.lectern.ui.window.StatusBar;

/**
 * How far the reading of a listing has come, said in the status bar while it runs ("Reading big.txt:
 * line 12,000 of 20,000 (60%)", then the matching against the library), so a big file is not a silence.
 * Reports arrive on the background thread; at most one at a time waits for the FX thread.
 */
final class ReadingProgress implements ListingReader.Progress {
    private final String source;
    private final StatusBar status;
    private final java.util.concurrent.atomic.AtomicReference<String> pending = new java.util.concurrent.atomic.AtomicReference<>();
    private volatile boolean done;
    /** What the status bar said when the reading started, then the latest report shown (FX thread only). */
    private String shown;
    private boolean reported;

    /** Call on the FX thread, as the reading starts. */
    ReadingProgress(String source, StatusBar status) {
        this.source = source;
        this.status = status;
        this.shown = status.message().getText();
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

    /**
     * The preview is ready (or the reading failed): no later report is shown, and the latest one is
     * taken down unless something else has been said since (call on the FX thread).
     */
    void finish() {
        done = true;
        if (reported && shown.equals(status.message().getText())) status.say("");
    }

    private void show(String text) {
        // the latest report wins; a report already waiting for the FX thread is replaced, not queued
        if (pending.getAndSet(text) == null) {
            Platform.runLater(() -> {
                String latest = pending.getAndSet(null);
                // a message said meanwhile (a second drop told to wait, say) is not overwritten
                if (latest != null && !done && status.message().getText().equals(shown)) {
                    shown = latest;
                    reported = true;
                    status.say(latest);
                }
            });
        }
    }
}
