package org.lectern.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Node;

import org.lectern.ui.window.StatusBar;
import org.lectern.ui.window.WindowParts;

/**
 * A flow that shows one sheet of its kind over the window: what the sheet lists is read in the
 * background, the sheet is shown (unless another one is open) with the focus in it, and closed once.
 */
abstract class SheetFlow<S> {
    protected final WindowParts window;
    private final Function<S, Node> view;
    private final Consumer<S> focus;
    private S sheet;

    SheetFlow(WindowParts window, Function<S, Node> view, Consumer<S> focus) {
        this.window = window;
        this.view = view;
        this.focus = focus;
    }

    /**
     * Reads {@code read} in the background ({@code what} in the status bar), then shows the sheet
     * {@code make} builds from it; a failure is said after {@code failed}. Nothing when one is open.
     */
    protected final <T> void open(String what, Callable<T> read, Function<T, S> make, String failed) {
        if (sheet != null) return;
        window.background().run(what, read, data -> {
            if (sheet != null) return;
            S shown = make.apply(data);
            if (!window.overlays().show(view.apply(shown), this::close)) return;
            sheet = shown;
            focus.accept(shown);
        }, e -> window.status().fail(failed + StatusBar.reason(e)));
    }

    /** Takes the sheet away, when one is shown; the focus goes where {@link #focusAfterClose} says. */
    protected final void close() {
        if (sheet == null) return;
        Node shown = view.apply(sheet);
        sheet = null;
        Runnable then = focusAfterClose();
        if (then == null) window.overlays().hide(shown);
        else window.overlays().hide(shown, then);
    }

    /** Where the focus goes once the sheet is gone; null: back to the window's list. */
    protected Runnable focusAfterClose() {
        return null;
    }

    /** The open sheet, or null. */
    public final S sheet() {
        return sheet;
    }
}
