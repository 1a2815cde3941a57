package org.lectern.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.control.TableView.TableViewSelectionModel;

import org.lectern.library.PaperRow;
import org.lectern.ui.table.PagedRows;

/**
 * The papers selected in the table, as the triage keys use them: how many, which (read from the library
 * for rows not loaded yet), extending by a row, the whole view, and moving on to the paper after them.
 */
public final class Selection {
    private final TableView<PaperRow> table;
    /** Where a keyboard extension started: the end of the selection that stays put. */
    private int anchor = -1;

    Selection(TableView<PaperRow> table, StatusBar status) {
        this.table = table;
        model().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> {
            int n = model().getSelectedIndices().size();
            if (n <= 1) anchor = model().getSelectedIndex();
            status.selection().setText(n > 1 ? n + " selected" : "");
        });
    }

    private TableViewSelectionModel<PaperRow> model() {
        return table.getSelectionModel();
    }

    /** How many papers are selected. */
    public int count() {
        return model().getSelectedIndices().size();
    }

    /** The selected rows in view order, handed over on the FX thread once known; nothing when none is. */
    public void read(Consumer<List<PaperRow>> then) {
        List<Integer> indices = sortedIndices();
        if (indices.isEmpty() || !(table.getItems() instanceof PagedRows rows)) return;
        rows.read(indices, read -> {
            List<PaperRow> papers = read.stream().filter(r -> r != null && r != PagedRows.LOADING && r.id() >= 0).toList();
            if (!papers.isEmpty()) then.accept(papers);
        });
    }

    private List<Integer> sortedIndices() {
        List<Integer> indices = new ArrayList<>(model().getSelectedIndices());
        indices.removeIf(i -> i == null || i < 0);
        indices.sort(null);
        return indices;
    }

    /**
     * Selects the paper after the selection, alone (a triage key's last step); at the end of the view, the
     * selection's last paper.
     */
    public void advance() {
        List<Integer> indices = sortedIndices();
        if (indices.isEmpty()) return;
        int last = indices.get(indices.size() - 1);
        int to = last + 1 < table.getItems().size() ? last + 1 : last;
        model().clearAndSelect(to);
        table.getFocusModel().focus(to);
        table.scrollTo(Math.max(0, to - 6));
    }

    /** Grows or shrinks the selection by {@code by} rows from its moving end (Shift+↓, Shift+K). */
    public void extend(int by) {
        int lead = model().getSelectedIndex();
        int size = table.getItems().size();
        if (size == 0) return;
        if (lead < 0) {
            model().clearAndSelect(0);
            return;
        }
        if (anchor < 0 || !model().isSelected(anchor)) anchor = lead;
        int to = Math.max(0, Math.min(size - 1, lead + by));
        int from = anchor;
        quietly(() -> {
            model().clearSelection();
            model().selectRange(Math.min(from, to), Math.max(from, to) + 1);
            model().select(to); // the moving end is the one the detail shows
        });
        anchor = from;
        table.getFocusModel().focus(to);
        table.scrollTo(Math.max(0, by > 0 ? to - 6 : to - 1));
    }

    /** Selects every paper of the view (Ctrl+A); the paper shown stays the one shown. */
    public void selectAll() {
        int lead = model().getSelectedIndex();
        quietly(() -> {
            model().selectAll();
            if (lead >= 0) model().select(lead);
        });
        if (lead >= 0) anchor = lead;
    }

    /**
     * The ids of the selected rows already read, but {@code except}: what a reload (another process wrote
     * the library, say) selects again. Rows not read yet are not read for it.
     */
    List<Long> loadedIdsBut(long except) {
        List<Long> ids = new ArrayList<>();
        if (!(table.getItems() instanceof PagedRows rows)) return ids;
        for (int i : model().getSelectedIndices()) {
            if (rows.isLoaded(i) && rows.get(i).id() != except) ids.add(rows.get(i).id());
        }
        return ids;
    }

    /** Selects {@code ids} in the new {@code rows} where they are read, then {@code shown}, the one the detail shows. */
    void reselect(PagedRows rows, List<Long> ids, int shown) {
        int[] found = ids.stream().mapToInt(id -> rows.indexOf(id.longValue())).filter(i -> i >= 0 && i != shown).toArray();
        rows.quietly(() -> {
            if (found.length > 0) model().selectIndices(found[0], java.util.Arrays.copyOfRange(found, 1, found.length));
            model().select(shown);
        });
    }

    private void quietly(Runnable work) {
        if (table.getItems() instanceof PagedRows rows) rows.quietly(work);
        else work.run();
    }
}
