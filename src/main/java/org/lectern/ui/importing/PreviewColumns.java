package org.lectern.ui.importing;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

import org.lectern.store.ImportPreview;
import org.lectern.ui.Counted;

/** The import preview's columns and words: how a parsed paper and the whole preview read in the sheet. */
final class PreviewColumns {
    private PreviewColumns() {
    }

    /**
     * "28 papers read (one-line): 20 new, 5 unchanged, 3 updated · 1 unreadable line"; while the listing is
     * read, "Reading… 12,000 papers so far (one-line): …". {@code counts} are by {@link ImportPreview.Match}.
     */
    static String summary(int total, String format, int[] counts, int unreadable, boolean reading) {
        StringBuilder s = new StringBuilder();
        if (reading) s.append("Reading… ").append(String.format(java.util.Locale.ROOT, "%,d", total)).append(" so far");
        else s.append(total).append(total == 1 ? " paper read" : " papers read");
        s.append(" (").append(format).append("): ");
        s.append(counts[ImportPreview.Match.NEW.ordinal()]).append(" new, ");
        s.append(counts[ImportPreview.Match.UNCHANGED.ordinal()]).append(" unchanged, ");
        s.append(counts[ImportPreview.Match.UPDATED.ordinal()]).append(" updated");
        int repeated = counts[ImportPreview.Match.REPEATED.ordinal()];
        if (repeated > 0) s.append(", ").append(repeated).append(" repeated");
        if (unreadable > 0) s.append(" · ").append(unreadable).append(unreadable == 1 ? " unreadable line" : " unreadable lines");
        return s.toString();
    }

    /**
     * What a finished import says: "Imported 3 new papers, 0 updated, 1 unchanged; 2 unreadable lines, the
     * first Line 4: no title". The first unreadable line stays named once the preview is closed.
     */
    static String outcome(org.lectern.store.ImportOutcome o, String firstProblem) {
        String text = o.added() + o.updated() > 0
                ? "Imported " + Counted.of(o.added(), "new paper", "new papers") + ", " + o.updated() + " updated, "
                        + o.unchanged() + " unchanged"
                : o.unchanged() == 0 ? "Nothing was imported"
                // no count: a paper the listing repeats is counted as often as it appears
                : "Nothing changed: every paper of the listing is already in the library";
        if (o.errors() == 0) return text;
        text += "; " + Counted.of(o.errors(), "unreadable line", "unreadable lines");
        if (firstProblem == null) return text;
        return text + (o.errors() == 1 ? ": " : ", the first ") + firstProblem;
    }

    /** What the legend says for {@code uncertain} splits left to check. */
    static String legend(long uncertain) {
        return uncertain == 0 ? "Every title/abstract split looks certain."
                : uncertain + " uncertain " + (uncertain == 1 ? "split is" : "splits are") + " highlighted: check them.";
    }

    /** The first 160 characters of {@code text}, for a cell. */
    static String start(String text) {
        if (text == null) return "";
        return text.length() <= 160 ? text : text.substring(0, 160).strip() + "…";
    }

    static TableColumn<PreviewRow, String> text(String name, double width,
                                                Function<PreviewRow, ObservableValue<String>> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    /** A short column, never narrower than {@code width}: the title and the abstract give way first. */
    static TableColumn<PreviewRow, String> plain(String name, double width, Function<PreviewRow, String> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setEditable(false);
        return c;
    }

    /**
     * How the library sees each row ("New", "Updated", ...); a row with something to say of the library's
     * paper ("upvotes 36 → 43", the title it keeps, why a new one is flagged) says it in its cell's tooltip
     * and accessible text, as the line under the table does.
     */
    static TableColumn<PreviewRow, String> library(double width) {
        TableColumn<PreviewRow, String> c = plain("Library", width, PreviewRow::matchLabel);
        c.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String change = row == null ? null : row.change();
                setText(empty ? null : item);
                tip.setText(change);
                setTooltip(change == null ? null : tip);
                setAccessibleText(change == null ? null : item + ": " + change);
            }
        });
        return c;
    }
}
