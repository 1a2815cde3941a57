package org.lectern.ui.cheatsheet;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyGroup;
import org.lectern.ui.SheetCard;

/**
 * Every key of the window on one card, from the window's actions with their keys in force (see
 * {@code ActionRegistry#keyEntries}), so it shows what the keys do.
 */
public final class CheatSheet {
    private final StackPane root = new StackPane();
    private final List<KeyBindings.Entry> shown;

    /** A sheet of {@code lines}; {@code onClose} runs on Esc, on its own key ({@code bindings}'), or on a click outside. */
    public CheatSheet(KeyBindings bindings, List<KeyBindings.Entry> lines, Runnable onClose) {
        shown = List.copyOf(lines);
        HBox columns = new HBox(36);
        VBox column = null;
        for (KeyGroup g : KeyGroup.values()) {
            List<KeyBindings.Entry> entries = shown.stream().filter(e -> e.group() == g).toList();
            if (entries.isEmpty()) continue;
            // the two short groups share a column, so the card is wider than high
            if (column == null || g == KeyGroup.TRIAGE || g == KeyGroup.WINDOW || g == KeyGroup.SHEET) {
                column = new VBox(8);
                columns.getChildren().add(column);
            }
            Label heading = new Label(g.title());
            heading.getStyleClass().add("cheat-heading");
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(5);
            int row = 0;
            for (KeyBindings.Entry e : entries) {
                Label key = new Label(e.key());
                key.getStyleClass().add("key-cap");
                key.setMinWidth(Region.USE_PREF_SIZE);
                HBox keyBox = new HBox(key);
                keyBox.setAlignment(Pos.CENTER_RIGHT);
                keyBox.setMinWidth(86);
                Label what = new Label(e.description());
                what.getStyleClass().add("cheat-description");
                keyBox.setUserData(e.action());
                what.setUserData(e.action());
                grid.addRow(row++, keyBox, what);
            }
            if (!column.getChildren().isEmpty()) {
                Region gap = new Region();
                gap.setMinHeight(10);
                column.getChildren().add(gap);
            }
            column.getChildren().addAll(heading, grid);
            if (g == KeyGroup.TRIAGE) column.getChildren().add(triageRule(bindings));
        }
        Label title = new Label("Keys");
        title.getStyleClass().add("cheat-title");
        Label hint = new Label("Rebind any of them in " + KeyBindings.FILE_NAME + " beside the library (action=key).  "
                + bindings.hint(org.lectern.ui.Keymap.CLOSE_SHEET, "closes."));
        hint.getStyleClass().add("muted");
        VBox card = new VBox(14, title, columns, hint);
        card.getStyleClass().add("cheat-sheet");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox.setHgrow(card, Priority.NEVER);
        root.getChildren().add(card);
        SheetCard.backdrop(root, "cheat-sheet", onClose);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (bindings.matches(org.lectern.ui.Keymap.CLOSE_SHEET, e)
                    || bindings.matches(org.lectern.ui.Keymap.CHEAT_SHEET, e)) {
                e.consume();
                onClose.run();
            }
        });
        root.setFocusTraversable(true);
    }

    private static Label triageRule(KeyBindings bindings) {
        Label rule = new Label(org.lectern.ui.keys.TriageKeys.rule(bindings));
        rule.setId("triage-rule");
        rule.getStyleClass().add("muted");
        rule.setWrapText(true);
        rule.setMaxWidth(320);
        return rule;
    }

    public Node view() {
        return root;
    }

    /** The lines shown, in order: what a test compares with the bindings. */
    public List<KeyBindings.Entry> entries() {
        return new ArrayList<>(shown);
    }

    /** The (action, key) pairs as they appear on the card, read back from its labels. */
    public List<String> rendered() {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".key-cap")) {
            Label key = (Label) n;
            out.add(key.getParent().getUserData() + "=" + key.getText());
        }
        return out;
    }
}
