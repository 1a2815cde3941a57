package org.lectern.ui.shell;

import java.nio.file.Path;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.lectern.ui.WindowState;
import org.lectern.ui.theme.Theme;

/**
 * The window's frame: its title, size and place as last left. At start-up the frame is shown empty,
 * in the theme's background colour, before the window's parts are built and styled, so the window is
 * on screen while that work runs instead of after it; {@link MainWindow#install} then puts the real
 * scene into the same frame.
 */
public final class WindowFrame {
    private WindowFrame() {
    }

    /** Shows {@code stage} empty, placed as the window on {@code library} was last left. */
    public static void showEmpty(Stage stage, Path library) {
        WindowState state = WindowState.forLibrary(library);
        Scene empty = new Scene(new Region(), width(state), height(state));
        // no stylesheet yet: the scene's fill is what the theme's background will be, so nothing flashes
        empty.setFill(theme(state) == Theme.DARK ? Color.web("#0d1117") : Color.WHITE);
        stage.setScene(empty);
        place(stage, state, library);
        EarlyInput.on(stage); // keys and clicks on the empty frame wait for the window
        stage.show();
    }

    /**
     * Makes the theme the window on {@code library} was left in the application's stylesheet: call before
     * the window's first control is made (see {@link Theme#useAsBase}).
     */
    public static void useSavedTheme(Path library) {
        theme(WindowState.forLibrary(library)).useAsBase();
    }

    static Theme theme(WindowState state) {
        return Theme.parse(state.get("theme", "light"));
    }

    /** Title, least size, place on screen and maximized as {@code state} says. */
    static void place(Stage stage, WindowState state, Path library) {
        stage.setTitle("Lectern — " + library.getFileName());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        if (state.has("x") && onSomeScreen(state.get("x", 0), state.get("y", 0))) {
            stage.setX(state.get("x", 0));
            stage.setY(state.get("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(state.get("maximized", "false")));
    }

    // never larger than the screen: a layout saved on a bigger monitor must still fit
    static double width(WindowState state) {
        return Math.min(state.get("width", 1320), Screen.getPrimary().getVisualBounds().getWidth());
    }

    /**
     * The sidebar's share of a window {@code width} wide when none was saved: a sixth, and never under
     * 190 px, so its entries and headings are named whole on a laptop's 1024 px.
     */
    public static double sidebarShare(double width) {
        return Math.max(0.165, 190 / width);
    }

    static double height(WindowState state) {
        return Math.min(state.get("height", 820), Screen.getPrimary().getVisualBounds().getHeight());
    }

    private static boolean onSomeScreen(double x, double y) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x + 20, y + 20, 40, 40)).isEmpty();
    }
}
