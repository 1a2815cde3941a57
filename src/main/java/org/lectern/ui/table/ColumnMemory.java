package org.lectern.ui.table;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.lectern.library.PaperRow;
import org.lectern.store.Papers;
import org.lectern.ui.WindowState;

/**
 * Keeps the table's layout with the window's: which columns the reader chose, the widths they dragged
 * columns to, and the column the list is sorted by ({@code column.ID.shown}, {@code column.ID.width},
 * {@code sort} = column id and "asc"/"desc", or "none").
 */
final class ColumnMemory {
    private ColumnMemory() {
    }

    /** Keeps the columns of {@code fit} and the first of {@code sortOrder} as the sort. */
    static void save(List<TableColumn<PaperRow, ?>> sortOrder, ColumnFit fit, WindowState state) {
        for (TableColumn<PaperRow, ?> c : fit.columns()) {
            state.put("column." + c.getId() + ".shown", Boolean.toString(fit.chosen(c)));
            state.put("column." + c.getId() + ".width", fit.dragged(c));
        }
        if (sortOrder.isEmpty()) {
            state.put("sort", "none");
        } else {
            TableColumn<PaperRow, ?> first = sortOrder.get(0);
            state.put("sort", first.getId() + " " + (first.getSortType() == TableColumn.SortType.DESCENDING ? "desc" : "asc"));
        }
    }

    /** Puts back what {@link #save} kept; a value it cannot read leaves that part as it is. */
    static void restore(TableView<PaperRow> table, ColumnFit fit, WindowState state) {
        for (TableColumn<PaperRow, ?> c : fit.columns()) {
            String shown = state.get("column." + c.getId() + ".shown", "true");
            fit.choose(c, !shown.equalsIgnoreCase("false"));
            fit.setDragged(c, state.get("column." + c.getId() + ".width", -1));
        }
        String[] sort = state.get("sort", "none").strip().split("\\s+");
        for (TableColumn<PaperRow, ?> c : table.getColumns()) {
            if (sort.length == 2 && c.getId().equals(sort[0]) && c.getUserData() instanceof Papers.Sort) {
                c.setSortType(sort[1].toLowerCase(Locale.ROOT).equals("desc")
                        ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(c); // the table's sort policy tells the view
            }
        }
    }
}
