package org.lectern.ui.duplicates;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lectern.store.Duplicates;
import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * The pairs of papers that look like one, each with why; the merge key makes the chosen pair one paper.
 * Up and Down choose (the list's own keys); Esc closes (through the window's overlays).
 */
public final class DuplicatesSheet {
    private final StackPane root = new StackPane();
    private final ListView<Duplicates.Pair> list = new ListView<>();
    private final Label summary = new Label();

    /** {@code keys} tell the merge and Back keys; {@code merge} receives the chosen pair. */
    public DuplicatesSheet(KeyBindings keys, Consumer<Duplicates.Pair> merge, Runnable onClose) {
        list.setId("duplicates-list");
        list.setPrefHeight(360);
        list.setCellFactory(v -> new PairCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.matches(Keymap.BACK, e)) { // before the list, which would take Esc to cancel an edit
                e.consume();
                onClose.run();
                return;
            }
            if (!keys.matches(Keymap.MERGE, e)) return;
            e.consume();
            Duplicates.Pair p = list.getSelectionModel().getSelectedItem();
            if (p != null) merge.accept(p);
        });
        Label title = new Label("Likely duplicates");
        title.getStyleClass().add("picker-title");
        summary.setId("duplicates-summary");
        summary.getStyleClass().add("muted");
        Label hint = new Label(keys.display(Keymap.MERGE) + " merges the chosen pair into one paper (undoable)  ·  Esc closes");
        hint.getStyleClass().add("muted");
        SheetCard.placeList(root, 720, title, summary, list, hint);
        SheetCard.backdrop(root, "duplicates-sheet", onClose);
    }

    /** Shows {@code pairs}, keeping the chosen place in the list as near as it can. */
    public void show(List<Duplicates.Pair> pairs) {
        int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
        list.getItems().setAll(pairs);
        summary.setText(pairs.isEmpty() ? "No two papers look like one." : pairs.size() == 1 ? "1 pair" : pairs.size() + " pairs");
        if (!pairs.isEmpty()) list.getSelectionModel().select(Math.min(at, pairs.size() - 1));
    }

    public Node view() {
        return root;
    }

    public void focus() {
        list.requestFocus();
    }

    public ListView<Duplicates.Pair> list() {
        return list;
    }

    public Label summary() {
        return summary;
    }

    private static final class PairCell extends ListCell<Duplicates.Pair> {
        @Override
        protected void updateItem(Duplicates.Pair item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label first = new Label(item.first() + "  " + item.firstTitle());
            Label second = new Label(item.second() + "  " + item.secondTitle());
            Label reason = new Label(item.reason().words());
            reason.getStyleClass().add("muted");
            setGraphic(new VBox(2, first, second, reason));
            setText(null);
        }
    }
}
