package org.lectern.ui.window;

import java.util.function.Function;

import javafx.scene.Node;

/**
 * Where a flow keeps the one sheet of its kind while it is shown over the window: it is shown through
 * {@link Overlays} (or not at all, when another sheet is open) and closed once.
 */
public final class SheetSlot<S> {
    private final Overlays overlays;
    private final Function<S, Node> view;
    private S sheet;

    public SheetSlot(Overlays overlays, Function<S, Node> view) {
        this.overlays = overlays;
        this.view = view;
    }

    /** Shows {@code shown}, Esc running {@code close}; false, and nothing kept, when another sheet is open. */
    public boolean show(S shown, Runnable close) {
        if (!overlays.show(view.apply(shown), close)) return false;
        sheet = shown;
        return true;
    }

    /** Takes the sheet away, when one is shown, and gives the window the focus back. */
    public void close() {
        if (sheet == null) return;
        overlays.hide(view.apply(sheet));
        sheet = null;
    }

    /** The sheet shown, or null. */
    public S get() {
        return sheet;
    }

    public boolean isOpen() {
        return sheet != null;
    }
}
