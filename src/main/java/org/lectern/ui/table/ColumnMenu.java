package org.lectern.ui.table;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;

import org.lectern.library.PaperRow;

/**
 * The table header's context menu: a check for each column but the title (which always shows), saying
 * when a chosen column is hidden for want of room, and a way back to the columns' own widths.
 */
final class ColumnMenu {
    private ColumnMenu() {
    }

    /** One menu, shared by every column's header, filled afresh each time it opens. */
    static ContextMenu of(ColumnFit fit) {
        ContextMenu menu = new ContextMenu();
        menu.setId("column-menu");
        menu.setOnShowing(e -> fill(menu, fit));
        fill(menu, fit);
        return menu;
    }

    private static void fill(ContextMenu menu, ColumnFit fit) {
        menu.getItems().clear();
        for (TableColumn<PaperRow, ?> c : fit.columns()) {
            boolean chosen = fit.chosen(c);
            CheckMenuItem item = new CheckMenuItem(chosen && !c.isVisible() ? c.getText() + " (no room at this width)" : c.getText());
            item.setId("column-menu-" + c.getId());
            item.setSelected(chosen);
            item.setOnAction(e -> fit.choose(c, item.isSelected()));
            menu.getItems().add(item);
        }
        MenuItem reset = new MenuItem("Reset the column widths");
        reset.setId("column-menu-reset");
        reset.setOnAction(e -> fit.columns().forEach(c -> fit.setDragged(c, -1)));
        menu.getItems().addAll(new SeparatorMenuItem(), reset);
    }
}
