package org.lectern.ui.table;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

import org.lectern.library.PaperRow;
import org.lectern.library.Status;

/**
 * The table's status and families cells, made of as few nodes as they can be: every row on screen
 * makes one of each before the first rows show, and a control inside a cell (a label) brings its own
 * skin, listeners and styling pass.
 */
final class RowCells {
    private RowCells() {
    }

    /** The status as a small coloured pill: a text on a rounded background, no control of its own. */
    static final class StatusCell extends TableCell<PaperRow, Status> {
        private static final Map<Status, PseudoClass> STATUS = new EnumMap<>(Status.class);

        static {
            for (Status s : Status.values()) STATUS.put(s, PseudoClass.getPseudoClass(s.key()));
        }

        private final Text text = new Text();
        private final StackPane pill = new StackPane(text);

        StatusCell() {
            // as wide and tall as its text: the cell would otherwise stretch it over the whole column
            pill.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            pill.getStyleClass().add("status-pill");
            text.getStyleClass().add("status-text");
        }

        @Override
        protected void updateItem(Status item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            text.setText(item.label());
            // the pill is a Text, which a screen reader does not read as the cell's text: the cell says it
            setAccessibleText(item.label());
            // pseudo-classes, not style classes: a cell that changes paper while scrolling only switches
            // state instead of having its styles looked up again
            for (Status s : Status.values()) pill.pseudoClassStateChanged(STATUS.get(s), s == item);
            setGraphic(pill);
        }
    }

    /**
     * Each family name after a dot of its colour. One family (most papers' case) is the cell's own text
     * beside its dot; several are a row of labels.
     */
    static final class FamiliesCell extends TableCell<PaperRow, String> {
        private final Supplier<Map<String, String>> colors;
        private HBox box;

        FamiliesCell(Supplier<Map<String, String>> colors) {
            this.colors = colors;
            getStyleClass().add("families-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isBlank()) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            // several families are labels in a box, not the cell's text: the cell says them all
            setAccessibleText(item.contains(", ") ? item : null);
            if (!item.contains(", ")) {
                setText(item);
                setGraphic(dot(item));
                return;
            }
            setText(null);
            if (box == null) {
                box = new HBox(8);
                box.setAlignment(Pos.CENTER_LEFT);
            }
            box.getChildren().clear();
            for (String name : item.split(", ")) {
                Label l = new Label(name);
                l.getStyleClass().add("family-label");
                l.setGraphic(dot(name));
                box.getChildren().add(l);
            }
            setGraphic(box);
        }

        private Circle dot(String family) {
            String color = colors.get().get(family);
            return color == null ? null : new Circle(4, Color.web(color));
        }
    }
}
