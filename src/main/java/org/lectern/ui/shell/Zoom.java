package org.lectern.ui.shell;

import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.scene.transform.Scale;

import org.lectern.ui.Keymap;
import org.lectern.ui.WindowState;
import org.lectern.ui.keys.KeyDispatcher;

/**
 * The window's zoom: everything in it drawn larger or smaller, as a browser zooms a page, and laid out
 * for the size it then has. The level is remembered with the window's layout.
 */
final class Zoom {
    static final double MIN = 0.7;
    static final double MAX = 2.0;
    private static final double STEP = 0.1;

    /**
     * The window's root (the scene's): drawn at the zoom level, and laid out for the scene's size at that
     * level, so a zoomed window still fills its stage exactly.
     */
    static final class Root extends StackPane {
        private final Scale scale = new Scale(1, 1, 0, 0);
        private double level = 1;
        private double givenWidth = -1;
        private double givenHeight = -1;

        Root() {
            getTransforms().add(scale);
        }

        @Override
        public void resize(double width, double height) {
            givenWidth = width;
            givenHeight = height;
            super.resize(width / level, height / level);
        }

        private void setLevel(double z) {
            level = z;
            scale.setX(z);
            scale.setY(z);
            if (givenWidth >= 0) resize(givenWidth, givenHeight);
        }
    }

    private final Root root;

    /** How many rows {@code rowHeight} high the tallest screen holds at the smallest zoom, and one more. */
    static int rowsThatFit(double rowHeight) {
        double tallest = Screen.getScreens().stream().mapToDouble(s -> s.getVisualBounds().getHeight()).max().orElse(1080);
        return (int) Math.ceil(tallest / (rowHeight * MIN)) + 1;
    }

    Zoom(Root root, KeyDispatcher keys) {
        this.root = root;
        keys.on(Keymap.ZOOM_IN, true, () -> set(root.level + STEP));
        keys.on(Keymap.ZOOM_OUT, true, () -> set(root.level - STEP));
        keys.on(Keymap.ZOOM_RESET, true, () -> set(1));
    }

    double level() {
        return root.level;
    }

    /** Sets the level (kept within {@link #MIN}–{@link #MAX}, in steps of a tenth). */
    void set(double z) {
        root.setLevel(Math.max(MIN, Math.min(MAX, Math.round(z * 10) / 10.0)));
    }

    void restore(WindowState state) {
        set(state.get("zoom", 1.0));
    }

    void save(WindowState state) {
        state.put("zoom", level());
    }
}
