package org.lectern.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Papers;
import org.lectern.ui.PublishedDate;

/**
 * The library table: title, families, status, upvotes, date and tags of the papers in view. Sorting is
 * done by the library (a column click asks for a new view), never by the table over its rows.
 */
public final class PaperTable {
    /** Every row's height, in pixels at the window's own zoom. */
    public static final double ROW_HEIGHT = 30;
    private final TableView<PaperRow> table = new TableView<>();
    private final TableColumn<PaperRow, String> title = column("Title", PaperRow::title, Papers.Sort.TITLE);
    private final TableColumn<PaperRow, String> families = column("Families", PaperRow::families, null);
    private final TableColumn<PaperRow, Status> status = column("Status", PaperRow::status, Papers.Sort.STATUS);
    private final TableColumn<PaperRow, Integer> upvotes = column("Upvotes", PaperRow::upvotes, Papers.Sort.UPVOTES);
    private final TableColumn<PaperRow, String> date = column("Date",
            r -> PublishedDate.BRIEF.of(r.published()), Papers.Sort.PUBLISHED);
    private final TableColumn<PaperRow, String> tags = column("Tags", PaperRow::tags, null);
    private final ColumnFit fit = new ColumnFit(table, title);
    private Map<String, String> familyColors = Map.of();
    private boolean quiet;
    /** The reader's sort column while a search ranks the rows instead; null when none is held. */
    private TableColumn<PaperRow, ?> held;
    /** Each row's menu, for its paper; null until the window's menus are made. */
    private Function<Supplier<PaperRow>, ContextMenu> rowMenus;

    /** {@code onSort} hears the order the reader asked for (null: the view's own order) and its direction. */
    public PaperTable(BiConsumer<Papers.Sort, Boolean> onSort) {
        table.getStyleClass().add("paper-table");
        table.setId("paper-table");
        table.getColumns().setAll(List.of(title, families, status, upvotes, date, tags));
        // priority: the order they are added in; the last hides first when the pane is narrow
        fit.add(status, 78, 92);
        fit.add(families, 96, 170);
        fit.add(date, 110, 112); // "31 Dec 2024" whole
        fit.add(upvotes, 72, 84);
        fit.add(tags, 64, 130);
        // the header's menu is made when first asked for (a press comes first), not before the first rows
        table.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> columnMenus());
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        upvotes.getStyleClass().add("upvotes-column"); // right-aligned in lectern.css: no inline style to parse at start
        table.setColumnResizePolicy(fit);
        table.setFixedCellSize(ROW_HEIGHT);
        rowFactory();
        status.setCellFactory(c -> new RowCells.StatusCell());
        families.setCellFactory(c -> new RowCells.FamiliesCell(() -> familyColors));
        table.setSortPolicy(t -> {
            if (quiet) return true;
            if (!t.getSortOrder().isEmpty()) held = null; // a column picked during a search is the reader's sort now
            if (t.getSortOrder().isEmpty()) {
                onSort.accept(null, true);
            } else {
                TableColumn<PaperRow, ?> first = t.getSortOrder().get(0);
                onSort.accept((Papers.Sort) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
    }

    private static <T> TableColumn<PaperRow, T> column(String name, Function<PaperRow, T> value, Papers.Sort sort) {
        TableColumn<PaperRow, T> c = new TableColumn<>(name);
        c.setId(name.toLowerCase(Locale.ROOT));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == PagedRows.LOADING ? null : value.apply(f.getValue())));
        c.setUserData(sort);
        c.setSortable(sort != null);
        c.setReorderable(false);
        return c;
    }

    public TableView<PaperRow> view() {
        return table;
    }

    /** Puts back the columns, widths and sort kept in {@code state} (before the first rows load). */
    public void restoreLayout(org.lectern.ui.WindowState state) {
        ColumnMemory.restore(table, fit, state);
    }

    /** Keeps the columns, widths and sort in {@code state}: the reader's sort, also while a search ranks the rows. */
    public void saveLayout(org.lectern.ui.WindowState state) {
        ColumnMemory.save(held != null ? List.of(held) : table.getSortOrder(), fit, state);
    }

    /**
     * A search starts ({@code on}) or ends: while one is on the rows are ranked by it, the reader's sort
     * held aside; when it ends the held sort is back. {@code sortNow} hears the order the view sorts by now
     * (null: its own), without the sort policy asking the library to sort again.
     */
    public void searching(boolean on, BiConsumer<Papers.Sort, Boolean> sortNow) {
        quiet = true;
        try {
            if (on && !table.getSortOrder().isEmpty()) {
                held = table.getSortOrder().get(0);
                table.getSortOrder().clear();
                sortNow.accept(null, false);
            } else if (!on && held != null) {
                table.getSortOrder().setAll(held);
                sortNow.accept((Papers.Sort) held.getUserData(), held.getSortType() == TableColumn.SortType.DESCENDING);
                held = null;
            }
        } finally {
            quiet = false;
        }
    }

    /** The view's own order (the queue's), the reader's sort, held or not, forgotten. */
    public void clearSort() {
        held = null;
        table.getSortOrder().clear();
    }

    /**
     * Shows another view's rows. TableView clears its sort order whenever its list is replaced; the
     * order the reader chose is put back without asking the library to sort again.
     */
    public void setRows(ObservableList<PaperRow> rows) {
        List<TableColumn<PaperRow, ?>> order = new ArrayList<>(table.getSortOrder());
        quiet = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(order);
        } finally {
            quiet = false;
        }
    }

    /** What a row dragged out of the table carries: its paper's id (never text, so it is no listing). */
    public static final javafx.scene.input.DataFormat PAPER_ID = new javafx.scene.input.DataFormat("application/x-lectern-paper-id");

    /** Gives every row a context menu built for its paper, and lets it be dragged onto a family. */
    public void setContextMenus(Function<Supplier<PaperRow>, ContextMenu> menuFor) {
        rowMenus = menuFor;
    }

    /** The column menu on every header, made on the first request for a menu in the table. */
    private void columnMenus() {
        if (table.getColumns().get(0).getContextMenu() != null) return;
        ContextMenu columnMenu = ColumnMenu.of(fit);
        for (TableColumn<PaperRow, ?> c : table.getColumns()) c.setContextMenu(columnMenu);
    }

    // set before the first rows are made, so they are not made again when the row menus arrive after them
    private void rowFactory() {
        table.setRowFactory(t -> {
            TableRow<PaperRow> row = new TableRow<>();
            // made when first asked for: a menu per row costs a little, and rows are made while scrolling
            row.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (row.getContextMenu() == null && rowMenus != null) row.setContextMenu(rowMenus.apply(row::getItem));
            });
            row.setOnDragDetected(e -> {
                PaperRow item = row.getItem();
                if (item == null || item.id() < 0) return;
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.put(PAPER_ID, item.id());
                row.startDragAndDrop(javafx.scene.input.TransferMode.LINK).setContent(content);
                e.consume();
            });
            return row;
        });
    }

    /** Family name to #rrggbb colour, for the dots in the Families column. */
    public void setFamilyColors(Map<String, String> colors) {
        familyColors = Map.copyOf(colors);
        table.refresh();
    }
}
