package org.lectern.ui;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.lectern.edit.UndoJournal;
import org.lectern.export.ExportFormat;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.ui.backup.RestoreSheet;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.importing.ImportPreviewSheet;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.lookup.LookupFlow;
import org.lectern.ui.notes.NoteHistorySheet;
import org.lectern.ui.queue.QueueHeader;
import org.lectern.ui.search.SearchField;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.shell.ReadingKeys;
import org.lectern.ui.sidebar.Sidebar;
import org.lectern.ui.theme.Theme;

/**
 * The main window as the tests drive it: one name for each part they look at, whichever class of the
 * window owns it, so the tests read the same as the window's parts move.
 */
public final class TestWindow {
    private final MainWindow window;
    private final MainWindow.Parts parts;

    TestWindow(MainWindow window) {
        this.window = window;
        this.parts = window.parts();
    }

    public MainWindow window() {
        return window;
    }

    public TableView<PaperRow> table() {
        return parts.view().table().view();
    }

    public DetailPane detail() {
        return parts.view().detail();
    }

    public Sidebar sidebar() {
        return parts.view().sidebar();
    }

    public SearchField search() {
        return parts.view().search();
    }

    public QueueHeader queueHeader() {
        return parts.view().queueHeader();
    }

    public PaperFilter filter() {
        return parts.view().filter();
    }

    public long lastLoadMillis() {
        return parts.view().lastLoadMillis();
    }

    public void refreshAll() {
        parts.view().refreshAll();
    }

    public Label message() {
        return parts.status().message();
    }

    public Label showing() {
        return parts.status().showing();
    }

    public UndoJournal journal() {
        return parts.changes().journal();
    }

    public ImportPreviewSheet previewSheet() {
        return parts.imports().sheet();
    }

    public ReadingKeys reading() {
        return parts.reading();
    }

    public FamiliesUi familiesUi() {
        return parts.families();
    }

    public KeyBindings keys() {
        return parts.keys();
    }

    public RestoreSheet restoreSheet() {
        return parts.backups().sheet();
    }

    public void showRestore() {
        parts.backups().showRestore();
    }

    public void backUpNow() {
        parts.backups().backUpNow();
    }

    public NoteHistorySheet noteHistory() {
        return parts.noteHistory().sheet();
    }

    public void exportTo(ExportFormat format, Path file) {
        parts.exports().exportTo(format, file);
    }

    public void addToFamily(String family, long paperId) {
        window.addToFamily(family, paperId);
    }

    /** Shows or hides the "drop to preview" target, as a drag over the window does. */
    public void showDropTarget(boolean on) {
        table().getScene().lookup("#drop-target").setVisible(on);
    }

    public boolean overlayOpen() {
        return parts.overlays().isOpen();
    }

    /** The focused node when it is inside the open sheet, else null. */
    public javafx.scene.Node focusInSheet() {
        return parts.overlays().focusInSheet();
    }

    /** The window's menu bar. */
    public javafx.scene.control.MenuBar menuBar() {
        return (javafx.scene.control.MenuBar) table().getScene().lookup("#menu-bar");
    }

    public void close() {
        window.close();
    }

    public LookupFlow lookups() {
        return parts.lookups();
    }

    public Theme theme() {
        return window.theme();
    }
}
