package org.lectern.ui.shell;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import org.lectern.export.ExportFormat;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.ui.Background;
import org.lectern.ui.Keymap;
import org.lectern.ui.actions.Action;
import org.lectern.ui.actions.ActionMenus;
import org.lectern.ui.actions.ActionRegistry;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.lookup.LookupFlow;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.LibraryView;

/**
 * The window's menu actions, added to the {@link ActionRegistry} the menu bar, the palette and the cheat
 * sheet are made from, and the table's row menus. A menu action with a key is the keymap's action, run
 * by its key through the dispatcher.
 */
final class Menus {
    /** What the menus act on, beyond the view and the changes. */
    record Parts(ListingDrops drops, ExportFlow exports, BackupFlow backups, PaperActions actions,
                 FamiliesUi families, ReadingKeys reading, Background background, PaperKeys paperKeys,
                 LookupFlow lookups) {
    }

    private final KeyDispatcher dispatcher;
    private final ActionRegistry registry;
    private final LibraryView view;
    private final Changes changes;
    private final Parts parts;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    Menus(ActionRegistry registry, KeyDispatcher dispatcher, LibraryView view, Changes changes, Parts parts) {
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.view = view;
        this.changes = changes;
        this.parts = parts;
    }

    /**
     * Adds the menus' actions to the registry, in menu order, and builds the menu bar from it;
     * {@code owner} owns the file choosers, {@code quit} closes the window.
     */
    MenuBar bar(Supplier<Window> owner, Runnable quit, Consumer<Boolean> setDark, Supplier<Boolean> isDark) {
        ObservableBooleanValue paper = Bindings.createBooleanBinding(() -> view.selectedRowId() >= 0,
                view.table().view().getSelectionModel().selectedItemProperty());

        item(Keymap.IMPORT_FILE, FILE, 0, () -> parts.drops().openFile(owner.get()));
        item(Keymap.PASTE_LISTING, FILE, 0, parts.drops()::paste);
        for (ExportFormat f : ExportFormat.values()) {
            String words = switch (f) {
                case JSON -> "JSON…";
                case BIBTEX -> "BibTeX…";
                case MARKDOWN -> "Markdown…";
            };
            registry.add(Action.of("EXPORT_" + f.name(), "Export the current view as " + words,
                    () -> parts.exports().export(f, owner.get())).menuText(words).in(Action.Place.of(FILE, "Export the current view", 1)));
        }
        registry.add(Action.of("BACK_UP", "Back up now", parts.backups()::backUpNow).in(Action.Place.of(FILE, 2)));
        registry.add(Action.of("RESTORE", "Restore from backup…", parts.backups()::showRestore).in(Action.Place.of(FILE, 2)));
        item(Keymap.QUIT, FILE, 3, quit);

        registry.add(Action.of(Keymap.UNDO, shortcut(Keymap.UNDO, changes::undo)).labelled(changes.undoText())
                .when(changes.canUndo()).in(Action.Place.of(EDIT, 0)));
        registry.add(Action.of(Keymap.REDO, shortcut(Keymap.REDO, changes::redo)).labelled(changes.redoText())
                .when(changes.canRedo()).in(Action.Place.of(EDIT, 0)));
        item(Keymap.FIND, EDIT, 1, view.search()::focus);

        dark.set(isDark.get());
        registry.add(Action.of(Keymap.TOGGLE_THEME, shortcut(Keymap.TOGGLE_THEME, () -> setDark.accept(!isDark.get())))
                .checked(dark).in(Action.Place.of(VIEW, 0)));
        item(Keymap.FOCUS_SIDEBAR, VIEW, 1, () -> view.sidebar().view().requestFocus());
        item(Keymap.FOCUS_LIST, VIEW, 1, view::focusTable);
        item(Keymap.FOCUS_DETAIL, VIEW, 1, () -> view.detail().noteEditor().requestFocus());

        for (Keymap k : new Keymap[] {Keymap.STATUS_NEW, Keymap.STATUS_QUEUED, Keymap.STATUS_READING, Keymap.STATUS_READ,
                Keymap.STATUS_DROPPED}) {
            registry.add(Action.of(k, () -> dispatcher.run(k)).when(paper).in(Action.Place.of(PAPER, 0)));
        }
        registry.add(Action.of(Keymap.OPEN, () -> dispatcher.run(Keymap.OPEN)).when(paper).in(Action.Place.of(PAPER, 1)));
        registry.add(Action.of("SUGGEST_FAMILIES", "Suggest families…", parts.families()::suggest).in(Action.Place.of(PAPER, 2)));
        registry.add(Action.of(Keymap.EDIT_PAPER, () -> dispatcher.run(Keymap.EDIT_PAPER)).when(paper).in(Action.Place.of(PAPER, 3)));
        registry.add(Action.of(Keymap.DELETE, () -> dispatcher.run(Keymap.DELETE)).when(paper).in(Action.Place.of(PAPER, 3)));
        registry.addKey(Keymap.DUPLICATES, Action.Place.of(PAPER, 3));
        registry.addKey(Keymap.LOOK_UP, Action.Place.of(PAPER, 4));
        registry.add(Action.of("LOOK_UP_IMPORTS", "Look up new imports on arXiv",
                () -> parts.lookups().setLookUpImports(!parts.lookups().lookUpImports()))
                .checked(parts.lookups().importsOn()).in(Action.Place.of(PAPER, 4)));
        registry.add(Action.of(Keymap.STOP_LOOKUP, () -> dispatcher.run(Keymap.STOP_LOOKUP))
                .when(parts.lookups().showing()).in(Action.Place.of(PAPER, 4)));

        registry.addKey(Keymap.CHEAT_SHEET, Action.Place.of(HELP, 0));
        registry.addKey(Keymap.PALETTE, Action.Place.of(HELP, 0));
        return ActionMenus.bar(registry);
    }

    private static final String FILE = "_File";
    private static final String EDIT = "_Edit";
    private static final String VIEW = "_View";
    private static final String PAPER = "_Paper";
    private static final String HELP = "_Help";

    /** Shows the theme the window has now. */
    void showDark(boolean on) {
        dark.set(on);
    }

    /** A keymap action the menus bring: its key fires it once the focused control has left the key alone. */
    private Runnable shortcut(Keymap key, Runnable action) {
        dispatcher.onShortcut(key, action);
        return action;
    }

    private void item(Keymap key, String menu, int section, Runnable action) {
        registry.add(Action.of(key, shortcut(key, action)).in(Action.Place.of(menu, section)));
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
