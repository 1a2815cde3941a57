package org.lectern.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.ui.Background;
import org.lectern.ui.Keymap;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.lookup.LookupFlow;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.LibraryView;

/**
 * The menu bar and the table's row menus. Every item with a key is the keymap's action: its accelerator
 * comes from the reader's bindings and the palette lists it.
 */
final class Menus {
    /** What the menus act on, beyond the view and the changes. */
    record Parts(ListingDrops drops, ExportFlow exports, BackupFlow backups, PaperActions actions,
                 FamiliesUi families, ReadingKeys reading, Background background, PaperKeys paperKeys,
                 LookupFlow lookups) {
    }

    private final KeyBindings keys;
    private final KeyDispatcher dispatcher;
    private final LibraryView view;
    private final Changes changes;
    private final Parts parts;
    private final CheckMenuItem darkItem = new CheckMenuItem(Keymap.TOGGLE_THEME.description());

    Menus(KeyBindings keys, KeyDispatcher dispatcher, LibraryView view, Changes changes, Parts parts) {
        this.keys = keys;
        this.dispatcher = dispatcher;
        this.view = view;
        this.changes = changes;
        this.parts = parts;
    }

    /** The menu bar; {@code owner} owns the file choosers, {@code quit} closes the window. */
    MenuBar bar(Supplier<Window> owner, Runnable quit, Consumer<Boolean> setDark, Supplier<Boolean> dark) {
        Menu exportMenu = new Menu("Export the current view");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem m = new MenuItem(switch (f) {
                case JSON -> "JSON…";
                case BIBTEX -> "BibTeX…";
                case MARKDOWN -> "Markdown…";
            });
            m.setOnAction(e -> parts.exports().export(f, owner.get()));
            exportMenu.getItems().add(m);
        }
        MenuItem backUp = new MenuItem("Back up now");
        backUp.setOnAction(e -> parts.backups().backUpNow());
        MenuItem restore = new MenuItem("Restore from backup…");
        restore.setOnAction(e -> parts.backups().showRestore());
        Menu file = new Menu("_File", null, item(Keymap.IMPORT_FILE, () -> parts.drops().openFile(owner.get())),
                item(Keymap.PASTE_LISTING, parts.drops()::paste), new SeparatorMenuItem(), exportMenu,
                new SeparatorMenuItem(), backUp, restore, new SeparatorMenuItem(), item(Keymap.QUIT, quit));

        MenuItem undo = item(Keymap.UNDO, changes::undo);
        undo.textProperty().bind(changes.undoText());
        undo.disableProperty().bind(changes.canUndo().not());
        MenuItem redo = item(Keymap.REDO, changes::redo);
        redo.textProperty().bind(changes.redoText());
        redo.disableProperty().bind(changes.canRedo().not());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), item(Keymap.FIND, view.search()::focus));

        darkItem.setSelected(dark.get());
        darkItem.setAccelerator(keys.key(Keymap.TOGGLE_THEME));
        dispatcher.on(Keymap.TOGGLE_THEME, false, () -> setDark.accept(!dark.get()));
        darkItem.setOnAction(e -> setDark.accept(darkItem.isSelected()));
        Menu viewMenu = new Menu("_View", null, darkItem, new SeparatorMenuItem(),
                item(Keymap.FOCUS_SIDEBAR, () -> view.sidebar().view().requestFocus()),
                item(Keymap.FOCUS_LIST, view::focusTable),
                item(Keymap.FOCUS_DETAIL, () -> view.detail().noteEditor().requestFocus()));

        Menu paper = new Menu("_Paper");
        for (Status s : Status.values()) {
            MenuItem m = new MenuItem("Mark " + s.label());
            m.setOnAction(e -> withShown(p -> parts.actions().setStatus(p.id(), s)));
            paper.getItems().add(m);
        }
        MenuItem open = new MenuItem("Open on arXiv");
        open.setOnAction(e -> withShown(parts.actions()::openPaper));
        MenuItem suggestFamilies = new MenuItem("Suggest families…");
        suggestFamilies.setOnAction(e -> parts.families().suggest());
        paper.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), suggestFamilies, new SeparatorMenuItem());
        paper.getItems().addAll(parts.paperKeys().menuItems());
        paper.getItems().add(new SeparatorMenuItem());
        paper.getItems().addAll(parts.lookups().menuItems());

        MenuItem cheat = new MenuItem("Keyboard shortcuts  (" + keys.display(Keymap.CHEAT_SHEET) + ")");
        cheat.setOnAction(e -> parts.reading().showCheatSheet());
        MenuItem palette = new MenuItem(Keymap.PALETTE.description());
        palette.setAccelerator(keys.key(Keymap.PALETTE));
        palette.setOnAction(e -> parts.reading().showPalette());
        Menu help = new Menu("_Help", null, cheat, palette);

        MenuBar bar = new MenuBar(file, edit, viewMenu, paper, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Shows the theme the window has now. */
    void showDark(boolean dark) {
        darkItem.setSelected(dark);
    }

    private MenuItem item(Keymap key, Runnable action) {
        MenuItem m = new MenuItem(key.description());
        m.setAccelerator(keys.key(key));
        m.setOnAction(e -> action.run());
        dispatcher.on(key, false, action); // the accelerator fires it; the palette lists it
        return m;
    }

    private void withShown(Consumer<Paper> action) {
        Paper p = view.detail().paper();
        if (p != null) action.accept(p);
    }

    /** The menu of the row {@code row} gives (the row right-clicked). */
    ContextMenu rowMenu(Supplier<PaperRow> row) {
        ContextMenu menu = new ContextMenu();
        Menu status = new Menu("Status");
        for (Status s : Status.values()) {
            MenuItem m = new MenuItem(s.label());
            m.setOnAction(e -> withRow(row, id -> parts.actions().setStatus(id, s)));
            status.getItems().add(m);
        }
        MenuItem queue = new MenuItem("Add to the reading queue");
        queue.setOnAction(e -> withRow(row, id -> parts.actions().setStatus(id, Status.QUEUED)));
        MenuItem tag = new MenuItem("Add a tag…");
        tag.setOnAction(e -> view.detail().tagField().requestFocus());
        MenuItem open = new MenuItem("Open on arXiv");
        // the row clicked, which the detail pane may not show yet
        open.setOnAction(e -> withRow(row, id -> parts.background().run(null, () -> view.papers().get(id),
                p -> p.ifPresent(parts.actions()::openPaper))));
        menu.getItems().addAll(queue, status, tag, new SeparatorMenuItem(), open);
        return menu;
    }

    private static void withRow(Supplier<PaperRow> row, java.util.function.LongConsumer action) {
        PaperRow r = row.get();
        if (r != null && r.id() >= 0) action.accept(r.id());
    }
}
