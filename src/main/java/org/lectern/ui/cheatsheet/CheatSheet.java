package org.lectern.ui.cheatsheet;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
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

    /** How wide a group's descriptions are before they wrap: a column's width, whatever the window's. */
    static final double DESCRIPTION_WIDTH = 230;
    private final ScrollPane scroll = new ScrollPane();

    /** A sheet of {@code lines}; {@code onClose} runs on Esc, on its own key ({@code bindings}'), or on a click outside. */
    public CheatSheet(KeyBindings bindings, List<KeyBindings.Entry> lines, Runnable onClose) {
        shown = List.copyOf(lines);
        // the columns flow into as many as the window's width holds; what is left scrolls
        FlowPane columns = new FlowPane(36, 18);
        columns.setId("cheat-columns");
        VBox column = null;
        for (KeyGroup g : KeyGroup.values()) {
            List<KeyBindings.Entry> entries = shown.stream().filter(e -> e.group() == g).toList();
            if (entries.isEmpty()) continue;
            // the two short groups share a column, so the card is wider than high
            if (column == null || g == KeyGroup.TRIAGE || g == KeyGroup.WINDOW || g == KeyGroup.SHEET) {
                column = new VBox(8);
                columns.getChildren().add(column);
            }
            if (!column.getChildren().isEmpty()) {
                Region gap = new Region();
                gap.setMinHeight(10);
                column.getChildren().add(gap);
            }
            column.getChildren().addAll(heading(g), grid(entries));
            if (g == KeyGroup.TRIAGE) column.getChildren().add(triageRule(bindings));
        }
        columns.setPrefWrapLength(columns.getChildren().size() * (86 + 12 + DESCRIPTION_WIDTH + 36));
        scroll.setContent(columns);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("cheat-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label title = new Label("Keys");
        title.getStyleClass().add("cheat-title");
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label("Rebind any of them in " + KeyBindings.FILE_NAME + " beside the library (action=key).  "
                + bindings.hint(org.lectern.ui.Keymap.CLOSE_SHEET, "closes;") + " the arrows and Page Up/Down scroll.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(14, title, scroll, hint);
        card.getStyleClass().add("cheat-sheet");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMinSize(0, 0);
        HBox.setHgrow(card, Priority.NEVER);
        StackPane.setMargin(card, new Insets(0, 24, 0, 24));
        root.getChildren().add(card);
        SheetCard.backdrop(root, "cheat-sheet", onClose);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (bindings.matches(org.lectern.ui.Keymap.CLOSE_SHEET, e)
                    || bindings.matches(org.lectern.ui.Keymap.CHEAT_SHEET, e)) {
                e.consume();
                onClose.run();
            } else if (scroll(e.getCode())) {
                e.consume();
            }
        });
        root.setFocusTraversable(true);
    }

    private static Label heading(KeyGroup g) {
        Label heading = new Label(g.title());
        heading.getStyleClass().add("cheat-heading");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    private static GridPane grid(List<KeyBindings.Entry> entries) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        int row = 0;
        for (KeyBindings.Entry e : entries) {
            Label key = new Label(e.key());
            key.getStyleClass().add("key-cap");
            key.setMinWidth(Region.USE_PREF_SIZE);
            HBox keyBox = new HBox(key);
            keyBox.setAlignment(Pos.TOP_RIGHT);
            keyBox.setMinWidth(86);
            Label what = new Label(e.description());
            what.getStyleClass().add("cheat-description");
            // a long description wraps onto a second line: never cut to "A…"
            what.setWrapText(true);
            what.setPrefWidth(DESCRIPTION_WIDTH);
            what.setMinWidth(DESCRIPTION_WIDTH);
            what.setMinHeight(Region.USE_PREF_SIZE);
            keyBox.setUserData(e.action());
            what.setUserData(e.action());
            grid.addRow(row++, keyBox, what);
        }
        return grid;
    }

    /** Scrolls the groups for an arrow, Page Up/Down, Home or End; false for any other key. */
    private boolean scroll(KeyCode code) {
        double view = scroll.getViewportBounds().getHeight();
        double extra = scroll.getContent().getLayoutBounds().getHeight() - view;
        if (extra <= 0) return false;
        double step = switch (code) {
            case UP -> -40;
            case DOWN -> 40;
            case PAGE_UP -> -view * 0.9;
            case PAGE_DOWN -> view * 0.9;
            case HOME -> -extra;
            case END -> extra;
            default -> 0;
        };
        if (step == 0) return false;
        scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + step / extra)));
        return true;
    }

    /** The scrolling part: the groups. */
    public ScrollPane scrollPane() {
        return scroll;
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
