package org.lectern.ui.importing;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Node;

import org.lectern.edit.ImportChange;
import org.lectern.edit.UndoJournal;
import org.lectern.store.ImportOutcome;
import org.lectern.store.PaperFiles;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.Organizer;
import org.lectern.ui.Background;

/**
 * From a request to an import: read and match it in the background, show the preview, commit the
 * papers the reader kept through the undo journal (with progress, cancellable), report the outcome.
 */
public final class ImportFlow {
    /** What the flow needs from the window around it. */
    public interface Host {
        void showOverlay(Node overlay);

        /** Removes the overlay and gives the focus back to the list. */
        void hideOverlay(Node overlay);

        void say(String message);

        /** The import is in the library (and the journal). */
        void imported(ImportChange change, ImportOutcome outcome);
    }

    private final Importer importer;
    /** Puts newly imported papers in the families they belong to, or suggests them. */
    private final Organizer organizer;
    private final Background background;
    private final UndoJournal journal;
    private final Host host;
    private ImportPreviewSheet sheet;
    /** A listing is being read for a preview (the sheet is not there yet). */
    private boolean reading;

    public ImportFlow(Importer importer, Organizer organizer, Background background, UndoJournal journal, Host host) {
        this.importer = importer;
        this.organizer = organizer;
        this.background = background;
        this.journal = journal;
        this.host = host;
    }

    /** Acts on a drop or paste: a request starts the preview, a rejection is said in the status bar. */
    public void handle(DroppedListing.Outcome outcome) {
        if (outcome instanceof DroppedListing.Rejected r) {
            host.say(r.reason());
        } else if (outcome instanceof DroppedListing.Accepted a) {
            start(a.request(), a.skipped());
        }
    }

    /** Reads, parses and matches {@code request} in the background, then shows the preview. */
    public void start(ImportRequest request, List<String> skipped) {
        if (sheet != null || reading) {
            host.say(sheet != null ? "Finish or cancel the import preview first" : "A listing is being read: its preview comes first");
            return;
        }
        reading = true;
        background.run("Reading " + request.source(),
                () -> ImportPreviewSheet.Rows.of(ListingLoad.preview(importer, request)),
                rows -> {
                    reading = false;
                    show(rows, skipped);
                },
                e -> {
                    reading = false;
                    host.say("Could not read " + request.source() + ": " + reason(e));
                });
    }

    /** The open preview, or null. */
    public ImportPreviewSheet sheet() {
        return sheet;
    }

    private void show(ImportPreviewSheet.Rows rows, List<String> skipped) {
        ImportPreview preview = rows.preview();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean();
        ImportPreviewSheet[] shown = new ImportPreviewSheet[1];
        Runnable cancel = () -> {
            if (running.get()) {
                cancelled.set(true); // the import stops at its next progress report and rolls back
            } else {
                close();
                host.say("Import cancelled");
            }
        };
        sheet = new ImportPreviewSheet(rows, skipped,
                chosen -> commit(preview, chosen, shown[0], running, cancelled), cancel);
        shown[0] = sheet;
        host.showOverlay(sheet.view());
        sheet.focus();
        org.lectern.ui.AfterFrame.run(shown[0]::fill);
    }

    private void commit(ImportPreview preview, ImportPreviewSheet.Chosen chosen, ImportPreviewSheet view,
                        AtomicBoolean running, AtomicBoolean cancelled) {
        if (chosen.count() == 0) {
            host.say("No paper is selected for import");
            return;
        }
        running.set(true);
        view.setImporting(true);
        background.run("Importing " + preview.source(), () -> {
            ImportChange change = new ImportChange(importer, preview.source(), preview.format(), chosen.papers(),
                    preview.diagnostics().size(), fraction -> Platform.runLater(() -> view.setProgress(fraction)),
                    cancelled::get);
            journal.perform(change);
            // PDFs are copied beside the library (store.PaperFiles says why copying is the default)
            try {
                new PaperFiles(importer.library()).keep(chosen.papers(), PaperFiles.Mode.COPY);
            } catch (java.io.IOException e) {
                Platform.runLater(() -> host.say("The papers are imported, but their PDFs could not be kept: " + reason(e)));
            }
            ImportOutcome outcome = change.outcome();
            if (outcome.added() > 0) organizer.placeNew(outcome.importId());
            return change;
        }, change -> {
            close();
            host.imported(change, change.outcome());
        }, e -> {
            running.set(false);
            if (e instanceof CancellationException) {
                close();
                host.say("Import cancelled: nothing was added");
            } else {
                view.setImporting(false);
                host.say("The import failed, nothing was added: " + reason(e));
            }
        });
    }

    private void close() {
        if (sheet == null) return;
        Node view = sheet.view();
        sheet = null;
        host.hideOverlay(view);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
