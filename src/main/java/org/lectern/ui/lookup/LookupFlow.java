package org.lectern.ui.lookup;

import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.lectern.edit.LookupChange;
import org.lectern.library.PaperRow;
import org.lectern.lookup.ArxivSettings;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportedPapers;
import org.lectern.store.LibraryServices;
import org.lectern.ui.Background;
import org.lectern.ui.Keymap;
import org.lectern.ui.WindowState;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Notices;
import org.lectern.ui.window.StatusBar;

/**
 * Paper → Look up on arXiv in the window: looks the selected papers up (or, when the reader has opted in,
 * each import's new papers), shows the progress in the status bar with a way to stop, stores each match
 * as an undoable change and ends with a notice naming the papers that were ambiguous or not found.
 * Nothing is sent anywhere unless the reader asks: the import setting is off until they turn it on.
 */
public final class LookupFlow {
    /** The window setting (in {@link WindowState}) that looks new imports up; absent means off. */
    static final String LOOK_UP_IMPORTS = "arxiv.lookUpImports";

    private final LookupWorker worker;
    private final ImportedPapers imported;
    private final Background background;
    private final Changes changes;
    private final LibraryView view;
    private final StatusBar status;
    private final Notices notices;
    private final KeyDispatcher keys;
    private final WindowState state;
    private final LookupProgress progress;
    private final BooleanProperty importsOn = new SimpleBooleanProperty();

    /** {@code settings} says where and how often to ask (the environment's, or a test server's). */
    public LookupFlow(LibraryServices services, Background background, Changes changes, LibraryView view, StatusBar status,
                      Notices notices, KeyDispatcher keys, WindowState state, Supplier<ArxivSettings> settings) {
        this.imported = new ImportedPapers(services.library());
        this.background = background;
        this.changes = changes;
        this.view = view;
        this.status = status;
        this.notices = notices;
        this.keys = keys;
        this.state = state;
        this.worker = new LookupWorker(services.library(), services.papers(), changes, settings, new OnFx());
        this.progress = new LookupProgress(this::stop, keys.bindings().display(Keymap.STOP_LOOKUP));
        keys.on(Keymap.LOOK_UP, true, this::lookUpSelection);
        keys.on(Keymap.STOP_LOOKUP, true, this::stop);
        importsOn.set(lookUpImports());
    }

    /** Looks the selected papers up; more asked for while a lookup runs join it. */
    public void lookUpSelection() {
        List<Long> ids = view.table().view().getSelectionModel().getSelectedItems().stream()
                .filter(r -> r != null && r.id() >= 0).map(PaperRow::id).toList();
        if (ids.isEmpty()) {
            status.say("Select the papers to look up on arXiv first");
            return;
        }
        if (worker.add(ids) == 0) status.say("Those papers are being looked up already");
    }

    /** After an import: looks its new papers up when the reader has turned that on, else does nothing at all. */
    public void afterImport(ImportOutcome outcome) {
        if (!lookUpImports() || outcome.added() == 0) return;
        background.run(null, () -> imported.added(outcome.importId()), ids -> {
            if (!ids.isEmpty() && lookUpImports()) worker.add(ids);
        });
    }

    /** Stops the lookup running; what it stored stays (and can be undone). */
    public void stop() {
        if (!worker.running()) {
            status.say("No arXiv lookup is running");
            return;
        }
        worker.stop();
        status.say("Stopping the arXiv lookup…");
    }

    /** True when each import's new papers are looked up on arXiv. */
    public boolean lookUpImports() {
        return Boolean.parseBoolean(state.get(LOOK_UP_IMPORTS, "false"));
    }

    /** Turns looking up new imports on or off, and keeps the choice with the window's settings. */
    public void setLookUpImports(boolean on) {
        state.put(LOOK_UP_IMPORTS, Boolean.toString(on));
        background.run(null, state::save); // a file write: never on the JavaFX thread
        importsOn.set(on);
        status.say(on ? "New imports will be looked up on arXiv: their titles are sent there"
                : "New imports are no longer looked up: nothing is sent to arXiv unless you ask");
    }

    /** True while a lookup runs. */
    public boolean running() {
        return worker.running() || progress.shown();
    }

    /** What the status bar says of the lookup running ("Looking up 3 of 12 on arXiv…"), or empty. */
    public String progressText() {
        return progress.shown() ? progress.text() : "";
    }

    /** The status bar's part: shown while a lookup runs. */
    public Node progressView() {
        return progress.view();
    }

    /** On while new imports are looked up in the background (the Paper menu's check item). */
    public ObservableBooleanValue importsOn() {
        return importsOn;
    }

    /** True while the progress of a lookup shows (Stop is on only then). */
    public ObservableBooleanValue showing() {
        return progress.view().visibleProperty();
    }

    /** Stops the lookup and waits a moment for it, so nothing is written after the library closes. */
    public void close() {
        worker.close(3000);
    }

    /** The worker's news, shown on the JavaFX thread. */
    private final class OnFx implements LookupWorker.Events {
        @Override
        public void progress(int number, int total) {
            Platform.runLater(() -> progress.show(number, total));
        }

        @Override
        public void stored(long paperId) {
            Platform.runLater(() -> view.afterChange(Keep.SELECTION));
        }

        @Override
        public void finished(LookupReport report, LookupChange change) {
            String headline = report.headline();
            boolean failed = report.failed();
            String text = report.text();
            Platform.runLater(() -> {
                if (!worker.running()) progress.hide(); // else the next run shows its own progress
                if (failed) status.fail(headline);
                else status.say(headline);
                if (change != null) {
                    notices.showUndo(text, changes, change, "lookup");
                } else {
                    notices.show(text, "OK", () -> { });
                }
            });
        }
    }
}
