package org.lectern.ui.queue;

import java.time.LocalDate;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.lectern.library.PaperRow;
import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.progress.ReadingChart;

/**
 * The top of the queue view: the paper up next, the queue's keys (from the bindings in force), and
 * the papers read per week.
 */
public final class QueueHeader {
    private final HBox root = new HBox(24);
    private final Label count = new Label();
    private final Label upNext = new Label();
    private final Label keysLine = new Label();
    private final VBox text;
    /** Made when the queue is first shown: the window mostly opens on another view, and a chart's first styling is costly. */
    private ReadingChart chart;

    public QueueHeader(KeyBindings keys) {
        Label heading = new Label("UP NEXT");
        heading.getStyleClass().add("queue-heading");
        count.getStyleClass().add("queue-count");
        HBox top = new HBox(10, heading, count);
        top.setAlignment(Pos.BASELINE_LEFT);
        upNext.setId("up-next");
        upNext.getStyleClass().add("up-next");
        upNext.setWrapText(true);
        upNext.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        keysLine.getStyleClass().add("queue-keys");
        keysLine.setWrapText(true);
        keysLine.setText(keys.display(Keymap.START_READING) + " start reading   ·   "
                + keys.display(Keymap.MARK_READ) + " read, next   ·   "
                + keys.display(Keymap.SKIP) + " skip to the end   ·   "
                + keys.display(Keymap.MOVE_UP) + " / " + keys.display(Keymap.MOVE_DOWN) + " reorder   ·   "
                + keys.display(Keymap.OPEN) + " open   ·   "
                + keys.display(Keymap.RETURN_NEW) + " back to New");
        text = new VBox(6, top, upNext, keysLine);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("queue-header");
        root.setId("queue-header");
        setShown(false);
    }

    /** Shows or hides the header (it belongs to the queue view only). */
    public void setShown(boolean shown) {
        if (shown && root.getChildren().isEmpty()) root.getChildren().addAll(text, chart().view());
        root.setVisible(shown);
        root.setManaged(shown);
    }

    /** The queue's first paper ({@code null}: the queue is empty) and its length. */
    public void show(PaperRow first, int size) {
        count.setText(size + (size == 1 ? " paper in the queue" : " papers in the queue"));
        upNext.setText(first == null ? "The queue is empty: press q on a paper to add it." : first.title());
    }

    /**
     * The queue searched for {@code query}: {@code matching} of its {@code size} papers match, the first
     * of them is {@code first} (null: none), so an empty result is not taken for an empty queue.
     */
    public void showSearched(PaperRow first, int matching, int size, String query) {
        count.setText(matching + " of " + size + (size == 1 ? " paper in the queue" : " papers in the queue")
                + " match “" + query + "”");
        upNext.setText(first != null ? first.title() : size == 0 ? "The queue is empty: press q on a paper to add it."
                : "No paper in the queue matches “" + query + "”: Esc clears the search.");
    }

    public void showReadPerWeek(Map<LocalDate, Integer> perWeek) {
        chart().show(perWeek);
    }

    public ReadingChart chart() {
        if (chart == null) chart = new ReadingChart();
        return chart;
    }

    public Label upNext() {
        return upNext;
    }

    public Node view() {
        return root;
    }
}
