package org.lectern.ui.duplicates;

import org.lectern.edit.MergePapers;
import org.lectern.store.Duplicates;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.Background;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.SheetSlot;
import org.lectern.ui.window.StatusBar;

/**
 * Finding likely duplicates in the background and showing them over the window; merging a pair is one
 * undoable {@link MergePapers} through {@link Changes}, after which the list is looked for again.
 */
public final class DuplicatesFlow {
    private final Library library;
    private final Duplicates duplicates;
    private final Background background;
    private final Changes changes;
    private final Overlays overlays;
    private final StatusBar status;
    private final KeyBindings keys;
    private final SheetSlot<DuplicatesSheet> slot;

    public DuplicatesFlow(LibraryServices services, Background background, Changes changes, Overlays overlays,
                          StatusBar status, KeyBindings keys) {
        this.library = services.library();
        this.duplicates = services.duplicates();
        this.background = background;
        this.changes = changes;
        this.overlays = overlays;
        this.status = status;
        this.keys = keys;
        this.slot = new SheetSlot<>(overlays, DuplicatesSheet::view);
    }

    /** Looks for duplicates and shows them (nothing when another sheet is open). */
    public void show() {
        if (slot.isOpen() || overlays.isOpen()) return;
        DuplicatesSheet opened = new DuplicatesSheet(keys, this::merge, this::close);
        if (!slot.show(opened, this::close)) return;
        opened.summary().setText("Looking for duplicates…");
        opened.focus();
        find();
    }

    private void find() {
        background.run("Looking for duplicates", duplicates::find, pairs -> {
            if (slot.isOpen()) slot.get().show(pairs);
        }, e -> {
            if (slot.isOpen()) slot.get().summary().setText("Could not look for duplicates: " + StatusBar.reason(e));
        });
    }

    private void merge(Duplicates.Pair pair) {
        // the older paper stays; the merge gives it the richer fields of both
        MergePapers change = new MergePapers(library, pair.first(), pair.second());
        changes.perform(change, Keep.paper(pair.first()), () -> {
            status.say("Merged “" + pair.secondTitle() + "” into “" + pair.firstTitle() + "” (Ctrl+Z undoes it)");
            if (slot.isOpen()) find();
        }, e -> status.fail("Could not merge the two papers: " + StatusBar.reason(e)));
    }

    private void close() {
        slot.close();
    }

    /** The open sheet, or null. */
    public DuplicatesSheet sheet() {
        return slot.get();
    }
}
