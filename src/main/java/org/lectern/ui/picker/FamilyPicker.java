package org.lectern.ui.picker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.lectern.library.Family;
import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * Puts the paper in families or takes it out: type to narrow the families, Enter toggles the chosen
 * one, a name no family has offers to create it. Esc closes.
 */
public final class FamilyPicker {
    /** One line of the picker: a family (with whether the paper is in it), or a family to create. */
    public record Choice(Family family, boolean member, String create) {
        public String label() {
            return family == null ? "Create the family “" + create + "”" : family.name();
        }
    }

    private final StackPane root = new StackPane();
    private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
    private final ListView<Choice> list = new ListView<>();
    private final List<Family> families;
    private final Set<String> memberOf;

    /** A picker for a paper in {@code memberOf} (family names); {@code chosen} receives the Enter'd line. */
    public FamilyPicker(KeyBindings keys, String paperTitle, List<Family> families, Set<String> memberOf, Consumer<Choice> chosen, Runnable onClose) {
        this.families = families;
        this.memberOf = memberOf;
        list.setId("family-list");
        list.setFocusTraversable(false);
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ChoiceCell());
        field.setId("family-field");
        field.setPromptText("A family, or a new name…");
        field.textProperty().addListener((o, old, now) -> refill(now));
        refill("");
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (keys.matches(Keymap.CHOOSE_DOWN, e)) {
                if (i + 1 < list.getItems().size()) list.getSelectionModel().select(i + 1);
                e.consume();
            } else if (keys.matches(Keymap.CHOOSE_UP, e)) {
                if (i > 0) list.getSelectionModel().select(i - 1);
                e.consume();
            } else if (keys.matches(Keymap.CONFIRM, e)) {
                e.consume();
                Choice c = list.getSelectionModel().getSelectedItem();
                if (c != null) chosen.accept(c);
            } else if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                e.consume();
                onClose.run();
            }
        });
        Label title = new Label("Families of “" + paperTitle + "”");
        title.getStyleClass().add("picker-title");
        title.setMaxWidth(520);
        Label hint = new Label(keys.hint(Keymap.CONFIRM, "puts the paper in the family, or takes it out",
                Keymap.CLOSE_SHEET, "closes"));
        hint.getStyleClass().add("muted");
        SheetCard.placeList(root, 560, title, field, list, hint);
        SheetCard.backdrop(root, "family-picker", onClose);
    }

    private void refill(String typed) {
        String q = typed.strip().toLowerCase(Locale.ROOT);
        List<Choice> out = new ArrayList<>();
        boolean exact = false;
        for (Family f : families) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (!q.isEmpty() && !name.contains(q)) continue;
            exact |= name.equals(q);
            out.add(new Choice(f, memberOf.contains(f.name()), null));
        }
        if (!q.isEmpty() && !exact) out.add(out.isEmpty() ? 0 : out.size(), new Choice(null, false, typed.strip()));
        list.getItems().setAll(out);
        list.getSelectionModel().selectFirst();
    }

    public Node view() {
        return root;
    }

    public void focus() {
        field.requestFocus();
    }

    public CustomTextField field() {
        return field;
    }

    public ListView<Choice> list() {
        return list;
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.label());
            Node dot = item.family() == null ? new Label("+") : new Circle(5, Color.web(item.family().color()));
            Label state = new Label(item.member() ? "✓ in it" : "");
            state.getStyleClass().add("muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox box = new HBox(8, dot, name, gap, state);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }
}
