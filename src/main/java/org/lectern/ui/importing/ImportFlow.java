package org.lectern.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;

import org.lectern.edit.ImportChange;
import org.lectern.edit.PlacedImport;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportOutcome;
import org.lectern.store.FamilyPlacements;
import org.lectern.store.PaperFiles;
import org.lectern.store.Importer;
import org.lectern.store.LibraryFiles;
import org.lectern.store.LibraryServices;
import org.lectern.store.Organizer;
import org.lectern.ui.Background;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Notices;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.StatusBar;

/**
 * From a request to an import: show the preview at once while the listing is read and matched in the
 * background a batch at a time, commit the papers the reader kept through the undo journal (the listing
 * read again in batches, with progress, cancellable), report the outcome.
 */
public final class ImportFlow {
    private final Importer importer;
    /** Puts newly imported papers in the families they belong to, or suggests them. */
    private final Organizer organizer;
    private final FamilyPlacements placements;
    private final PaperFiles files;
    private final Background background;
    private final Changes changes;
    private final LibraryView view;
    private final Overlays overlays;
    private final StatusBar status;
    private final Notices notices;
    private ImportPreviewSheet sheet;
    /** The library's own file: never read as a listing (see {@link LibraryFiles}). */
    private final Path libraryFile;
    /** Hears each committed import (the arXiv lookup of new papers, when the reader wants it). */
    private java.util.function.Consumer<ImportOutcome> afterImport = o -> { };

    public ImportFlow(LibraryServices services, Background background, Changes changes, LibraryView view,
                      Overlays overlays, StatusBar status, Notices notices) {
        this.libraryFile = services.library().file();
        this.importer = services.importer();
        this.organizer = services.organizer();
        this.placements = services.placements();
        this.files = services.files();
        this.background = background;
        this.changes = changes;
        this.view = view;
        this.overlays = overlays;
        this.status = status;
        this.notices = notices;
    }

    /** Acts on a drop or paste: a request starts the preview, a rejection is said in the status bar. */
    public void handle(DroppedListing.Outcome outcome) {
        if (outcome instanceof DroppedListing.Rejected r) {
            status.fail(r.reason());
        } else if (outcome instanceof DroppedListing.Accepted a) {
            start(a.request(), a.skipped());
        }
    }

    /**
     * Shows the preview at once and reads, parses and matches {@code request} in the background a batch
     * at a time: each batch's rows join the sheet as they are read, on the FX thread.
     */
    public void start(ImportRequest request, List<String> skipped) {
        if (sheet != null) {
            status.say(sheet.reading() ? "A listing is being read: finish or cancel its preview first"
                    : "Finish or cancel the import preview first");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean();
        ImportPreviewSheet[] shown = new ImportPreviewSheet[1];
        Runnable cancel = () -> {
            if (running.get()) {
                cancelled.set(true); // the import stops at its next progress report and rolls back
            } else {
                cancelled.set(true); // a reading still going stops at its next batch
                close();
                status.say("Import cancelled");
            }
        };
        SimpleIntegerProperty included = new SimpleIntegerProperty();
        sheet = new ImportPreviewSheet(overlays.keys(), request.source(), skipped, included,
                chosen -> commit(request, chosen, shown[0], running, cancelled), cancel);
        shown[0] = sheet;
        overlays.show(sheet.view(), cancel);
        sheet.focus();
        // its own thread, not the window's background queue: the first rows do not wait behind page loads,
        // and the pages of the table do not wait behind a long listing (the library is shared batch by batch)
        Thread reader = new Thread(() -> {
            try {
                for (Path file : request.files()) LibraryFiles.refuse(libraryFile, file);
                // one hand-over per batch; a sheet closed meanwhile takes no more rows
                StreamedPreview.read(importer, request, included, cancelled::get,
                        batch -> Platform.runLater(() -> {
                            if (sheet == shown[0]) shown[0].append(batch);
                        }));
                Platform.runLater(() -> {
                    if (sheet == shown[0]) shown[0].finishReading();
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    if (sheet == shown[0]) close();
                    status.fail("Could not read " + request.source() + ": " + StatusBar.reason(e));
                });
            }
        }, "lectern-preview");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code then} hears each import committed from now on, on the JavaFX thread. */
    public void onImported(java.util.function.Consumer<ImportOutcome> then) {
        afterImport = then;
    }

    /** The open preview, or null. */
    public ImportPreviewSheet sheet() {
        return sheet;
    }

    private void commit(ImportRequest request, ImportPreviewSheet.Chosen chosen, ImportPreviewSheet view,
                        AtomicBoolean running, AtomicBoolean cancelled) {
        if (chosen.count() == 0) {
            status.say("No paper is selected for import");
            return;
        }
        running.set(true);
        cancelled.set(false);
        view.setImporting(true);
        String format = view.format();
        String firstProblem = view.firstProblem();
        int total = Math.max(1, chosen.count());
        List<ParsedPaper> pdfs = new ArrayList<>();
        background.run("Importing " + request.source(), () -> {
            // the listing is read again, a batch at a time: the preview kept its rows, not its papers
            ImportChange importing = new ImportChange(importer, request.source(), format, () -> {
                pdfs.clear();
                return ChosenListing.of(request, chosen.rows(), chosen.included(), pdfs);
            }, item -> { }, done -> Platform.runLater(() -> view.setProgress(Math.min(1.0, (double) done / total))),
                    cancelled::get);
            // placing is part of the change, so a redo brings the memberships back with the papers
            PlacedImport change = PlacedImport.of(importing, organizer, placements);
            changes.performHere(change);
            // PDFs are copied beside the library (store.PaperFiles says why copying is the default)
            try {
                files.keep(List.copyOf(pdfs), PaperFiles.Mode.COPY);
            } catch (java.io.IOException e) {
                Platform.runLater(() -> status.fail("The papers are imported, but their PDFs could not be kept: " + StatusBar.reason(e)));
            }
            return change;
        }, change -> {
            close();
            imported(change, firstProblem);
        }, e -> {
            running.set(false);
            if (e instanceof CancellationException) {
                close();
                status.say("Import cancelled: nothing was added");
            } else {
                view.setImporting(false);
                status.fail("The import failed, nothing was added: " + StatusBar.reason(e));
            }
        });
    }

    private void imported(PlacedImport change, String firstProblem) {
        ImportOutcome o = change.outcome();
        String text = PreviewColumns.outcome(o, firstProblem);
        status.say(text);
        // an import that added and changed nothing has nothing to undo
        if (o.added() + o.updated() > 0) notices.showUndo(text, changes, change, "import");
        else notices.tell(text);
        // the new papers are the "Recently added" view; an import that only updated papers leaves the view
        // as it was, on the papers it updated (the earlier import's "Recently added" holds none of them)
        if (o.added() > 0) view.showRecent();
        else view.refreshAll();
        afterImport.accept(o);
    }

    private void close() {
        if (sheet == null) return;
        Node shown = sheet.view();
        sheet = null;
        overlays.hide(shown);
    }
}
