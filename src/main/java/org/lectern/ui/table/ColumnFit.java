package org.lectern.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

import org.lectern.library.PaperRow;

/**
 * Fits the table's columns to its pane, never wider (so no column is ever off-screen): the title takes
 * the spare width, the other columns shrink from their width to their least, then hide, lowest priority
 * first. The priority is the order {@link #add} was called in (Status, Families, Date, Upvotes, Tags:
 * Tags hide first). A column shows only when the reader has it chosen and the title keeps
 * {@link #TITLE_ROOM} beside it. No column is narrower than its header's text.
 *
 * <p>It is a constrained policy (a subclass of {@link ConstrainedColumnResizeBase}), so the table shows
 * no horizontal scroll bar; dragging a column's border sets that column's width, and the title gives
 * or takes the difference.
 */
public final class ColumnFit extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {
    /** The title never gets narrower than this while another column could hide instead. */
    static final double TITLE_ROOM = 300;
    /** The title grows to this before the other columns grow past their least. */
    static final double TITLE_WANT = 520;
    /** The title's width when even the top column leaves it no more. */
    private static final double TITLE_LEAST = 120;
    /** Room around a header's text: the cell's padding and the sort arrow. */
    private static final double HEADER_ROOM = 30;

    /**
     * A column other than the title: its least width and the width it has when there is room. A class, not a record: specs are told
     * apart by identity, and a record's generated equals cost the first layout a dozen spun method handles.
     */
    private static final class Spec {
        private final TableColumn<PaperRow, ?> column;
        private final double least;
        private final double width;

        Spec(TableColumn<PaperRow, ?> column, double least, double width) {
            this.column = column;
            this.least = least;
            this.width = width;
        }

        TableColumn<PaperRow, ?> column() {
            return column;
        }

        double least() {
            return least;
        }

        double width() {
            return width;
        }
    }

    private final TableView<PaperRow> table;
    private final TableColumn<PaperRow, ?> title;
    private final List<Spec> byPriority = new ArrayList<>();
    private final Set<TableColumn<PaperRow, ?>> chosen = new LinkedHashSet<>();
    /** The widths the reader dragged columns to, by column. */
    private final Map<TableColumn<PaperRow, ?>, Double> dragged = new LinkedHashMap<>();
    private double contentWidth = -1;
    private boolean fitting;

    ColumnFit(TableView<PaperRow> table, TableColumn<PaperRow, ?> title) {
        this.table = table;
        this.title = title;
    }

    /** Adds the next column in priority order, shown by default. */
    void add(TableColumn<PaperRow, ?> column, double least, double width) {
        byPriority.add(new Spec(column, least, width));
        chosen.add(column);
    }

    /** The columns other than the title, highest priority first. */
    List<TableColumn<PaperRow, ?>> columns() {
        return byPriority.stream().<TableColumn<PaperRow, ?>>map(Spec::column).toList();
    }

    boolean chosen(TableColumn<PaperRow, ?> column) {
        return chosen.contains(column);
    }

    /** Shows or leaves out {@code column} (when it fits), as the header's menu asks. */
    void choose(TableColumn<PaperRow, ?> column, boolean shown) {
        boolean changed = shown ? chosen.add(column) : chosen.remove(column);
        if (changed) refit();
    }

    /** The width the reader dragged {@code column} to, or -1. */
    double dragged(TableColumn<PaperRow, ?> column) {
        return dragged.getOrDefault(column, -1.0);
    }

    /** Gives {@code column} the width the reader once dragged it to (a remembered layout). */
    void setDragged(TableColumn<PaperRow, ?> column, double width) {
        if (width > 0) dragged.put(column, width);
        else dragged.remove(column);
        refit();
    }

    /** Fits again at the last width the table had (after a choice, or a font change). */
    void refit() {
        if (contentWidth > 0) fit(contentWidth);
    }

    @Override
    public Boolean call(TableView.ResizeFeatures features) {
        TableColumn<?, ?> column = features.getColumn();
        double width = features.getContentWidth();
        if (column == null || features.getDelta() == null) {
            if (width > 0) fit(width);
            return true;
        }
        // a dragged border: the title's right border belongs to the column after it
        TableColumn<?, ?> resized = column == title ? nextVisible() : column;
        double delta = column == title ? -features.getDelta() : features.getDelta();
        Spec spec = spec(resized);
        if (spec == null) return false;
        // never below its header, never so wide that the title would lose its room
        double most = resized.getWidth() + Math.max(0, title.getWidth() - TITLE_ROOM);
        double now = Math.max(headerLeast(spec), Math.min(most, resized.getWidth() + delta));
        dragged.put(spec.column(), now);
        fit(width > 0 ? width : contentWidth);
        return true;
    }

    private TableColumn<?, ?> nextVisible() {
        List<TableColumn<PaperRow, ?>> visible = table.getVisibleLeafColumns();
        int i = visible.indexOf(title);
        return i >= 0 && i + 1 < visible.size() ? visible.get(i + 1) : null;
    }

    private Spec spec(TableColumn<?, ?> column) {
        for (Spec s : byPriority) {
            if (s.column() == column) return s;
        }
        return null;
    }

    /** Shows the columns that fit in {@code width} and shares it out: the title gets what is left. */
    void fit(double width) {
        contentWidth = width;
        if (fitting) return; // showing or hiding a column lays the table out again: the loop below fits that
        fitting = true;
        try {
            double fitted;
            do {
                fitted = contentWidth;
                share(fitted);
            } while (fitted != contentWidth);
        } finally {
            fitting = false;
        }
    }

    private void share(double width) {
        List<Spec> shown = new ArrayList<>();
        double least = 0;
        for (Spec s : byPriority) {
            if (!chosen.contains(s.column())) continue;
            double l = leastOf(s);
            if (TITLE_ROOM + least + l > width) break; // this one and every lower one hide
            shown.add(s);
            least += l;
        }
        for (Spec s : byPriority) s.column().setVisible(shown.contains(s));
        // what is left over the least widths: first the title's room and more, then each column
        // towards its width, and the rest to the title again
        double spare = width - least - TITLE_ROOM;
        spare -= Math.min(Math.max(0, spare), TITLE_WANT - TITLE_ROOM);
        double want = 0;
        for (Spec s : shown) want += Math.max(0, widthOf(s) - leastOf(s));
        double share = want <= 0 ? 0 : Math.min(1, Math.max(0, spare) / want);
        double used = 0;
        for (Spec s : shown) {
            double w = Math.floor(leastOf(s) + Math.max(0, widthOf(s) - leastOf(s)) * share);
            set(s.column(), w);
            used += w;
        }
        set(title, Math.max(TITLE_LEAST, Math.floor(width - used)));
    }

    private static void set(TableColumn<PaperRow, ?> column, double width) {
        column.setMinWidth(Math.min(column.getMinWidth(), width));
        column.setPrefWidth(width);
    }

    private double widthOf(Spec s) {
        return Math.max(leastOf(s), s.width());
    }

    /** The column's least width: the width the reader dragged it to, else its header's. */
    private double leastOf(Spec s) {
        return Math.max(headerLeast(s), dragged.getOrDefault(s.column(), 0.0));
    }

    /** Never narrower than the header's text, in the header's font. */
    private double headerLeast(Spec s) {
        Text text = new Text(s.column().getText());
        text.setFont(headerFont());
        return Math.max(s.least(), Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_ROOM);
    }

    private Font headerFont() {
        Node label = table.lookup(".column-header .label");
        return label instanceof Labeled l ? l.getFont() : Font.getDefault();
    }
}
