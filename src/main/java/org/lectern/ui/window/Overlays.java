package org.lectern.ui.window;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyBindings;

/**
 * The sheets shown over the window (import preview, restore list, note history, cheat sheet, palette,
 * pickers, family proposals): one at a time, and an open sheet owns the keyboard. The focus stays inside
 * it (a click or a shortcut cannot take it behind), no key reaches the window behind it, and its Close
 * key (Esc) closes it at once wherever the focus is in it, unless the sheet used the key itself (a
 * confirmation going back a step).
 */
public final class Overlays {
    private static final class Sheet {
        final Node view;
        final Runnable close;
        final EventHandler<KeyEvent> esc;
        Node lastFocus;

        Sheet(Node view, Runnable close, EventHandler<KeyEvent> esc) {
            this.view = view;
            this.close = close;
            this.esc = esc;
        }
    }

    private final StackPane root;
    private final Runnable afterClose;
    private final KeyBindings keys;
    private final Deque<Sheet> open = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper isOpen = new ReadOnlyBooleanWrapper();
    private final ChangeListener<Node> focusGuard = (o, was, now) -> keepFocusIn(now);
    private boolean guarding;

    /** Sheets go over what {@code root} holds; {@code afterClose} gives the focus back to the window. */
    public Overlays(StackPane root, KeyBindings keys, Runnable afterClose) {
        this.root = root;
        this.keys = keys;
        this.afterClose = afterClose;
        // a key meant for something outside the sheet (no focus inside it yet) goes nowhere; Esc still closes
        root.addEventFilter(KeyEvent.ANY, e -> {
            if (open.isEmpty() || inside(e.getTarget() instanceof Node n ? n : null, open.peek().view)) return;
            e.consume();
            if (e.getEventType() == KeyEvent.KEY_PRESSED && keys.matches(Keymap.CLOSE_SHEET, e)) open.peek().close.run();
        });
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.focusOwnerProperty().removeListener(focusGuard);
            if (now != null) now.focusOwnerProperty().addListener(focusGuard);
        });
        if (root.getScene() != null) root.getScene().focusOwnerProperty().addListener(focusGuard);
    }

    /**
     * Shows {@code view} over the window; {@code close} is what Esc does when the sheet does not handle
     * it (it must end by calling {@link #hide}). False, and nothing shown, when another sheet is open.
     * The caller then puts the focus on the sheet's selection; until it does, the sheet itself has it.
     */
    public boolean show(Node view, Runnable close) {
        if (!open.isEmpty()) return false;
        // on the sheet itself, after the sheet's own filters: a key the sheet used is not a close
        EventHandler<KeyEvent> esc = e -> {
            if (!e.isConsumed() && keys.matches(Keymap.CLOSE_SHEET, e) && !open.isEmpty() && open.peek().view == view) {
                e.consume();
                close.run();
            }
        };
        Sheet sheet = new Sheet(view, close, esc);
        view.addEventFilter(KeyEvent.KEY_PRESSED, esc);
        open.push(sheet);
        isOpen.set(true);
        root.getChildren().add(view);
        keepFocusIn(root.getScene() == null ? null : root.getScene().getFocusOwner());
        return true;
    }

    private void keepFocusIn(Node focus) {
        if (open.isEmpty() || guarding) return;
        Sheet top = open.peek();
        if (focus != null && inside(focus, top.view)) {
            top.lastFocus = focus;
            return;
        }
        if (top.view.getScene() == null) return;
        guarding = true;
        try {
            Node back = top.lastFocus != null && top.lastFocus.getScene() != null && inside(top.lastFocus, top.view)
                    ? top.lastFocus : top.view;
            back.requestFocus();
        } finally {
            guarding = false;
        }
    }

    private static boolean inside(Node node, Node sheet) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == sheet) return true;
        }
        return false;
    }

    /** Takes {@code view} away and gives the window the focus back. */
    public void hide(Node view) {
        hide(view, afterClose);
    }

    /** Takes {@code view} away, then runs {@code then} (to put the focus somewhere else than the list). */
    public void hide(Node view, Runnable then) {
        Sheet sheet = open.stream().filter(s -> s.view == view).findFirst().orElse(null);
        if (sheet == null) return;
        open.remove(sheet);
        view.removeEventFilter(KeyEvent.KEY_PRESSED, sheet.esc);
        isOpen.set(!open.isEmpty());
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

    /** Whether a sheet is open over the window, to follow (the menus are off while one is). */
    public ReadOnlyBooleanProperty openProperty() {
        return isOpen.getReadOnlyProperty();
    }

    /** The scene's focus owner when it is inside the open sheet, else null (for tests). */
    public Node focusInSheet() {
        Scene scene = root.getScene();
        if (open.isEmpty() || scene == null) return null;
        Node f = scene.getFocusOwner();
        return inside(f, open.peek().view) ? f : null;
    }
}
