package org.lectern.ui.shell;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

import org.lectern.ui.Keymap;
import org.lectern.ui.WindowState;
import org.lectern.ui.keys.KeyDispatcher;

/**
 * The window's zoom: everything in it drawn larger or smaller, as a browser zooms a page, laid out for
 * the size it then has. The level is remembered with the window's layout.
 */
final class Zoom {
    static final double MIN = 0.7;
    static final double MAX = 2.0;
    private static final double STEP = 0.1;

    private final Region content;
    private final Pane frame = new Pane() {
        @Override
        protected void layoutChildren() {
            double z = level;
            content.resizeRelocate(0, 0, getWidth() / z, getHeight() / z);
        }
    };
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double level = 1;

    /** Zooms {@code content}; {@link #view()} is what the scene shows in its place. */
    Zoom(Region content, KeyDispatcher keys) {
        this.content = content;
        content.getTransforms().add(scale);
        frame.getChildren().add(content);
        frame.getStyleClass().add("zoom-frame");
        keys.on(Keymap.ZOOM_IN, true, () -> set(level + STEP));
        keys.on(Keymap.ZOOM_OUT, true, () -> set(level - STEP));
        keys.on(Keymap.ZOOM_RESET, true, () -> set(1));
    }

    Pane view() {
        return frame;
    }

    double level() {
        return level;
    }

    /** Sets the level (kept within {@link #MIN}–{@link #MAX}, in steps of a tenth). */
    void set(double z) {
        level = Math.max(MIN, Math.min(MAX, Math.round(z * 10) / 10.0));
        scale.setX(level);
        scale.setY(level);
        frame.requestLayout();
    }

    void restore(WindowState state) {
        set(state.get("zoom", 1.0));
    }

    void save(WindowState state) {
        state.put("zoom", level);
    }
}
