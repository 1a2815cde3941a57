package org.lectern.ui.keys;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.lectern.ui.Keymap;

/**
 * Runs the action bound to a pressed key, asking {@link KeyBindings} which one it is, so a rebinding
 * changes what every key does. A typing key (no Ctrl/Alt/Meta) never fires while a text field has the
 * focus, and Space or Enter are left to a focused button.
 */
public final class KeyDispatcher {
    private final KeyBindings bindings;
    private final Predicate<Node> active;
    private final Map<Keymap, Runnable> actions = new EnumMap<>(Keymap.class);
    private final Set<Keymap> byKey = EnumSet.noneOf(Keymap.class);
    private final Set<Keymap> afterFocused = EnumSet.noneOf(Keymap.class);
    private boolean swallowTyped;

    /** {@code active} says, given the focused node, whether the window's keys apply now (no dialog open). */
    public KeyDispatcher(KeyBindings bindings, Predicate<Node> active) {
        this.bindings = bindings;
        this.active = active;
    }

    /** What {@code action} does, fired by its key here (or, with {@code byKey} false, by a menu accelerator). */
    public void on(Keymap action, boolean byKey, Runnable run) {
        actions.put(action, run);
        if (byKey) byKey(action);
    }

    /**
     * What {@code action} does, fired by its key once the focused control has left the key alone, as a
     * menu accelerator would be (Ctrl+Z in a note is the note's own undo first).
     */
    public void onShortcut(Keymap action, Runnable run) {
        actions.put(action, run);
        afterFocused.add(action);
    }

    private void byKey(Keymap action) {
        byKey.add(action);
    }

    /** Runs {@code action} as if its key was pressed (the palette); false when it does nothing here. */
    public boolean run(Keymap action) {
        Runnable r = actions.get(action);
        if (r == null) return false;
        r.run();
        return true;
    }

    /** True when {@code action} has something to do in this window. */
    public boolean has(Keymap action) {
        return actions.containsKey(action);
    }

    public KeyBindings bindings() {
        return bindings;
    }

    /** Listens for keys on {@code root}, before its children see them. */
    public void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        // the key that moved the focus to a field (t, n, /) must not be typed into it
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) e.consume();
        });
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::handleAfterFocused);
    }

    private void handleAfterFocused(KeyEvent e) {
        if (e.isConsumed()) return;
        Optional<Keymap> found = bindings.actionFor(e);
        if (found.isEmpty() || !afterFocused.contains(found.get())) return;
        Node focus = e.getTarget() instanceof Node n && n.getScene() != null ? n.getScene().getFocusOwner() : null;
        if (!bindings.isShortcut(found.get()) && focus instanceof TextInputControl) return; // rebound to a typing key
        if (!active.test(focus)) return;
        e.consume();
        actions.get(found.get()).run();
    }

    void handle(KeyEvent e) {
        swallowTyped = false;
        if (e.isConsumed()) return;
        Optional<Keymap> found = bindings.actionFor(e);
        if (found.isEmpty() || !byKey.contains(found.get())) return;
        Keymap action = found.get();
        Node focus = e.getTarget() instanceof Node n && n.getScene() != null ? n.getScene().getFocusOwner() : null;
        if (!bindings.isShortcut(action)) {
            if (focus instanceof TextInputControl) return;
            if (focus instanceof ButtonBase && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) return;
        }
        if (!active.test(focus)) return;
        e.consume();
        swallowTyped = true;
        actions.get(action).run();
    }
}
