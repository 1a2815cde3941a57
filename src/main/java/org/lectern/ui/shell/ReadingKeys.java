package org.lectern.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.TableView;

import org.lectern.edit.QueueChange;
import org.lectern.edit.SelectionChange;
import org.lectern.library.Family;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.ui.Background;
import org.lectern.ui.Keymap;
import org.lectern.ui.actions.ActionRegistry;
import org.lectern.ui.cheatsheet.CheatSheet;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.palette.CommandPalette;
import org.lectern.ui.picker.FamilyPicker;
import org.lectern.edit.FamilyChange;
import org.lectern.store.Families;
import org.lectern.store.Papers;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.SheetSlot;
import org.lectern.ui.window.StatusBar;

/**
 * What the window's keys do in the reading workflow: moving, triage, the queue, and the cheat sheet and
 * palette over them. Every key is looked up in the bindings by the {@link KeyDispatcher}; every change
 * goes through {@link Changes}.
 */
public final class ReadingKeys {
    private final LibraryView w;
    private final Changes changes;
    private final StatusBar status;
    private final Background background;
    private final PaperActions actions;
    private final KeyDispatcher keys;
    private final ActionRegistry registry;
    private final Triage triage;
    private final org.lectern.store.Library library;
    private final SheetSlot<CheatSheet> cheatSheet;
    private final SheetSlot<CommandPalette> palette;
    private final SheetSlot<FamilyPicker> familyPicker;

    ReadingKeys(LibraryView view, Changes changes, Overlays overlays, StatusBar status, Background background,
                PaperActions actions, KeyDispatcher keys, ActionRegistry registry, Triage triage,
                org.lectern.store.Library library) {
        this.w = view;
        this.triage = triage;
        this.library = library;
        this.changes = changes;
        this.cheatSheet = new SheetSlot<>(overlays, CheatSheet::view);
        this.palette = new SheetSlot<>(overlays, CommandPalette::view);
        this.familyPicker = new SheetSlot<>(overlays, FamilyPicker::view);
        this.status = status;
        this.background = background;
        this.actions = actions;
        this.keys = keys;
        this.registry = registry;
        keys.on(Keymap.NEXT, true, () -> step(1));
        keys.on(Keymap.PREVIOUS, true, () -> step(-1));
        keys.on(Keymap.OPEN_DETAIL, true, this::openDetail);
        keys.on(Keymap.BACK, true, this::back);
        keys.on(Keymap.FOCUS_SEARCH, true, () -> w.search().focus());
        keys.on(Keymap.CHEAT_SHEET, true, this::showCheatSheet);
        keys.on(Keymap.PALETTE, true, this::showPalette);
        keys.on(Keymap.OPEN, true, () -> {
            Paper p = w.detail().paper();
            if (p != null && p.id() == w.selectedRowId()) actions.openPaper(p);
        });
        keys.on(Keymap.FAMILY, true, this::showFamilyPicker);
        keys.on(Keymap.NOTE, true, () -> w.detail().editNote());
        keys.on(Keymap.NOTE_PREVIEW, true, () -> w.detail().toggleNotePreview());
        keys.on(Keymap.SHOW_QUEUE, true, w::showQueue);
        keys.on(Keymap.START_READING, true, () -> status(Status.READING, false));
        keys.on(Keymap.MARK_READ, true, () -> status(Status.READ, true));
        keys.on(Keymap.RETURN_NEW, true, () -> status(Status.NEW, false));
        keys.on(Keymap.SKIP, true, () -> {
            if (inQueue("skipped")) change(id -> QueueChange.skip(papers(), id), true);
        });
        keys.on(Keymap.MOVE_UP, true, () -> {
            if (inQueue("moved")) change(id -> QueueChange.move(papers(), id, -1), false);
        });
        keys.on(Keymap.MOVE_DOWN, true, () -> {
            if (inQueue("moved")) change(id -> QueueChange.move(papers(), id, 1), false);
        });
    }

    private TableView<PaperRow> table() {
        return w.table().view();
    }

    private Papers papers() {
        return w.papers();
    }

    private Families families() {
        return w.families();
    }

    private void step(int by) {
        TableView<PaperRow> t = table();
        int i = t.getSelectionModel().getSelectedIndex();
        int to = i < 0 ? 0 : i + by;
        if (to < 0 || to >= t.getItems().size()) return;
        t.getSelectionModel().clearAndSelect(to);
        if (by > 0) t.scrollTo(Math.max(0, to - 6));
        else t.scrollTo(Math.max(0, Math.min(to, t.getItems().size() - 1) - 1));
        if (!t.isFocused()) t.requestFocus();
    }

    private void status(Status status, boolean thenNext) {
        change(id -> QueueChange.status(papers(), id, status), thenNext);
    }

    /** Applies the change to the selected paper; {@code thenNext} moves on to the paper below first. */
    private void change(java.util.function.LongFunction<QueueChange> make, boolean thenNext) {
        long id = w.selectedRowId();
        if (id < 0) return;
        if (thenNext) {
            TableView<PaperRow> t = table();
            int i = t.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i + 1 < t.getItems().size()) t.getSelectionModel().clearAndSelect(i + 1);
        }
        changes.perform(make.apply(id), Keep.SELECTION);
    }

    private boolean inQueue(String verb) {
        PaperRow row = table().getSelectionModel().getSelectedItem();
        if (row == null || row.id() < 0) return false;
        if (row.status() != null && row.status().inQueue()) return true;
        status.say("Only a paper in the reading queue can be " + verb + " (q adds it)");
        return false;
    }

    private void openDetail() {
        Paper p = w.detail().paper();
        if (p == null) return;
        Node button = w.detail().view().lookup("#status-" + p.status().key());
        if (button != null) button.requestFocus();
    }

    private void back() {
        Node focus = table().getScene() == null ? null : table().getScene().getFocusOwner();
        if (focus == table() && !w.search().query().isBlank()) {
            w.search().view().clear(); // the list already has the focus: Esc leaves the search
            return;
        }
        w.focusTable();
    }

    /** Opens the cheat sheet, or closes it when open. */
    public void showCheatSheet() {
        if (cheatSheet.isOpen()) {
            cheatSheet.close();
            return;
        }
        CheatSheet shown = new CheatSheet(keys.bindings(), registry.keyEntries(), cheatSheet::close);
        if (cheatSheet.show(shown, cheatSheet::close)) shown.view().requestFocus();
    }

    /** Opens the command palette on the registry's actions. */
    public void showPalette() {
        if (palette.isOpen()) return;
        cheatSheet.close();
        CommandPalette shown = new CommandPalette(keys.bindings(), registry.paletteEntries(), action -> {
            palette.close();
            registry.run(action);
        }, palette::close);
        if (palette.show(shown, palette::close)) shown.focus();
    }

    /** Opens the family picker for the selected papers (the paper shown, when it is the only one). */
    public void showFamilyPicker() {
        if (familyPicker.isOpen()) return;
        w.selection().read(rows -> {
            Paper p = w.detail().paper();
            boolean one = rows.size() == 1;
            if (one && (p == null || p.id() != rows.get(0).id())) return; // its detail is still on its way
            List<Long> ids = rows.stream().map(PaperRow::id).toList();
            Set<String> members = one ? Set.copyOf(p.families()) : sharedFamilies(rows);
            String title = one ? p.title() : rows.size() + " selected papers";
            background.run(null, () -> families().list(), list -> {
                if (familyPicker.isOpen() || palette.isOpen()) return;
                FamilyPicker shown = new FamilyPicker(keys.bindings(), title, list, members, choice -> {
                    familyPicker.close();
                    Family f = choice.family();
                    triage.perform(f == null ? FamilyChange.create(families(), ids, choice.create())
                            : SelectionChange.of(library, (choice.member() ? "Take out of " : "Add to ") + f.name(), ids.stream()
                                    .map(id -> choice.member() ? FamilyChange.remove(families(), id, f.id(), f.name())
                                            : FamilyChange.add(families(), id, f.id(), f.name())).toList()), one ? title : null);
                }, familyPicker::close);
                if (familyPicker.show(shown, familyPicker::close)) shown.focus();
            });
        });
    }

    /** The families every one of {@code rows} is in: choosing one of them takes them all out. */
    private static Set<String> sharedFamilies(List<PaperRow> rows) {
        Set<String> shared = null;
        for (PaperRow r : rows) {
            Set<String> in = r.families() == null || r.families().isBlank() ? Set.of() : Set.of(r.families().split(", "));
            if (shared == null) shared = new HashSet<>(in);
            else shared.retainAll(in);
        }
        return shared == null ? Set.of() : shared;
    }

    /** The open family picker, or null. */
    public FamilyPicker familyPicker() {
        return familyPicker.get();
    }

    /** The open cheat sheet, or null. */
    public CheatSheet cheatSheet() {
        return cheatSheet.get();
    }

    /** The open palette, or null. */
    public CommandPalette palette() {
        return palette.get();
    }
}
