package org.lectern.ui.window;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyBindings;

/**
 * The sheets shown over the window (import preview, restore list, note history, cheat sheet, palette,
 * pickers): one at a time, the sheet's Close key (Esc) closes the top one when the sheet itself did not, and the
 * window's keys do not act behind a sheet.
 */
public final class Overlays {
    private record Sheet(Node view, Runnable close) {
    }

    private final StackPane root;
    private final Runnable afterClose;
    private final KeyBindings keys;
    private final Deque<Sheet> open = new ArrayDeque<>();

    /** Sheets go over what {@code root} holds; {@code afterClose} gives the focus back to the window. */
    public Overlays(StackPane root, KeyBindings keys, Runnable afterClose) {
        this.root = root;
        this.keys = keys;
        this.afterClose = afterClose;
        // the sheet's Close that the sheet left alone closes it; the window's own keys are off while one is open
        // (the dispatcher asks isOpen), and Tab still moves the focus within the sheet
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (open.isEmpty() || e.isConsumed()) return;
            if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                open.peek().close().run();
                e.consume();
            }
        });
    }

    /**
     * Shows {@code view} over the window; {@code close} is what Esc does when the sheet does not handle
     * it (it must end by calling {@link #hide}). False, and nothing shown, when another sheet is open.
     */
    public boolean show(Node view, Runnable close) {
        if (!open.isEmpty()) return false;
        open.push(new Sheet(view, close));
        root.getChildren().add(view);
        return true;
    }

    /** Takes {@code view} away and gives the window the focus back. */
    public void hide(Node view) {
        hide(view, afterClose);
    }

    /** Takes {@code view} away, then runs {@code then} (to put the focus somewhere else than the list). */
    public void hide(Node view, Runnable then) {
        if (!open.removeIf(s -> s.view() == view)) return;
        root.getChildren().remove(view);
        then.run();
    }

    /** The keys in force, which a sheet shown here reads its own keys and hints from. */
    public KeyBindings keys() {
        return keys;
    }

    /** Whether a sheet is open over the window. */
    public boolean isOpen() {
        return !open.isEmpty();
    }
}
