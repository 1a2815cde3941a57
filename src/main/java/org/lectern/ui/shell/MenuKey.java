package org.lectern.ui.shell;

import java.util.function.Supplier;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;

import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyDispatcher;

/**
 * Shift+F10 and the menu key open the menu of what is selected in the focused list (a sidebar family, a
 * paper's row). Windows turns those keys into a context-menu request by itself; GTK and the headless
 * platform do not, so the keymap asks for the menu, at the selected cell, as a keyboard request.
 */
final class MenuKey {
    private MenuKey() {
    }

    static void install(KeyDispatcher keys, Supplier<Scene> scene) {
        keys.on(Keymap.CONTEXT_MENU, true, () -> open(scene.get()));
        keys.on(Keymap.MENU_KEY, true, () -> open(scene.get()));
    }

    static void open(Scene scene) {
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus == null) return;
        int selected = focus instanceof ListView<?> l ? l.getSelectionModel().getSelectedIndex()
                : focus instanceof TableView<?> t ? t.getSelectionModel().getSelectedIndex() : -1;
        Node target = focus;
        if (selected >= 0) {
            for (Node n : focus.lookupAll(".indexed-cell")) {
                if (n instanceof IndexedCell<?> c && c.getIndex() == selected && c.getParent() != null
                        && (focus instanceof ListView<?> || c.getStyleClass().contains("table-row-cell"))) target = c;
            }
        }
        Bounds b = target.localToScreen(target.getBoundsInLocal());
        if (b == null) return;
        double x = b.getMinX() + Math.min(24, b.getWidth() / 2);
        double y = b.getMaxY() - 1;
        Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x - b.getMinX(), y - b.getMinY(),
                x, y, true, new PickResult(target, x, y)));
    }
}
