package org.lectern.ui.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.value.ObservableBooleanValue;

import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyDispatcher;

/**
 * The window's actions, in one list: the menu bar is built from it, the command palette offers its
 * runnable actions and the cheat sheet lists its keys, each with the key in force. Actions added here
 * come first, in menu order; every other keymap action the window's keys run follows by itself (so an
 * action added to the keymap and the dispatcher is in the palette and the cheat sheet without more),
 * then the sheets' own keys, which only the cheat sheet shows.
 */
public final class ActionRegistry {
    private final KeyDispatcher dispatcher;
    private final ObservableBooleanValue sheetOpen;
    private final List<Action> added = new ArrayList<>();

    /** {@code sheetOpen} holds while a sheet is over the window (the menus are off then). */
    public ActionRegistry(KeyDispatcher dispatcher, ObservableBooleanValue sheetOpen) {
        this.dispatcher = dispatcher;
        this.sheetOpen = sheetOpen;
    }

    /** Adds {@code action}; an action with a key must be one the dispatcher runs (its handler is the dispatcher's). */
    public Action add(Action action) {
        if (added.stream().anyMatch(a -> a.id().equals(action.id()))) {
            throw new IllegalArgumentException("Two actions are called " + action.id());
        }
        added.add(action);
        return action;
    }

    /** The keymap action {@code key}, run as its key runs it, placed at {@code where}. */
    public Action addKey(Keymap key, Action.Place where) {
        return add(Action.of(key, () -> dispatcher.run(key)).in(where));
    }

    /** Every action: those added, then the other keymap actions the window runs, then the sheets' keys. */
    public List<Action> all() {
        List<Action> out = new ArrayList<>(added);
        Set<Keymap> covered = EnumSet.noneOf(Keymap.class);
        for (Action a : added) if (a.key() != null) covered.add(a.key());
        for (Keymap k : Keymap.values()) {
            if (covered.contains(k)) continue;
            if (k.group().inSheet()) out.add(Action.of(k, null)); // acts inside its sheet, not from the window
            else if (dispatcher.has(k)) out.add(Action.of(k, () -> dispatcher.run(k)));
        }
        return out;
    }

    public Optional<Action> byId(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The actions in the menu bar, in menu order. */
    public List<Action> inMenus() {
        return added.stream().filter(a -> a.place() != null).toList();
    }

    /** Runs {@code action} when it can run now; false when it cannot. */
    public boolean run(Action action) {
        if (!action.runnable()) return false;
        action.handler().run();
        return true;
    }

    /** The key in force for {@code action}, as menus, palette and cheat sheet show it; "" when it has none. */
    public String keyText(Action action) {
        return action.key() == null ? "" : bindings().display(action.key());
    }

    public KeyBindings bindings() {
        return dispatcher.bindings();
    }

    /** Whether a sheet is open over the window, which turns the menus off. */
    public ObservableBooleanValue sheetOpen() {
        return sheetOpen;
    }

    /** One line of the palette: the action, its words, its heading (its menu, or its key's group) and its key. */
    public record Entry(Action action, String label, String heading, String key) {
    }

    /** What the palette offers: every action the window runs, enabled or not (it runs only enabled ones). */
    public List<Entry> paletteEntries() {
        List<Entry> out = new ArrayList<>();
        for (Action a : all()) {
            if (a.handler() == null) continue;
            String heading = a.place() != null ? a.place().menu().replace("_", "")
                    : a.key() != null ? a.key().group().title() : "";
            out.add(new Entry(a, a.label().get(), heading, keyText(a)));
        }
        return out;
    }

    /** What the cheat sheet lists: every action with a key, by group, in keymap order within a group. */
    public List<KeyBindings.Entry> keyEntries() {
        return all().stream().filter(a -> a.key() != null)
                .sorted(Comparator.comparing((Action a) -> a.key().group()).thenComparing(Action::key))
                .map(a -> new KeyBindings.Entry(a.key(), a.key().group(), a.key().description(), keyText(a)))
                .toList();
    }
}
