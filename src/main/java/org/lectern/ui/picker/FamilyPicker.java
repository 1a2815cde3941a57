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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import org.controlsfx.control.textfield.CustomTextField;
import org.lectern.library.Family;
import org.lectern.ui.Keymap;
import org.lectern.ui.SearchListSheet;
import org.lectern.ui.keys.KeyBindings;

/**
 * Puts the paper in families or takes it out: type to narrow the families, Enter toggles the chosen
 * one, a name no family has offers to create it. Esc closes.
 */
public final class FamilyPicker extends SearchListSheet<FamilyPicker.Choice> {
    /** One line of the picker: a family (with whether the paper is in it), or a family to create. */
    public record Choice(Family family, boolean member, String create) {
        public String label() {
            return family == null ? "Create the family “" + create + "”" : family.name();
        }
    }

    private final List<Family> families;
    private final Set<String> memberOf;

    /** A picker for a paper in {@code memberOf} (family names); {@code chosen} receives the Enter'd line. */
    public FamilyPicker(KeyBindings keys, String paperTitle, List<Family> families, Set<String> memberOf, Consumer<Choice> chosen, Runnable onClose) {
        super(keys, chosen, onClose);
        this.families = families;
        this.memberOf = memberOf;
        ListView<Choice> list = list();
        CustomTextField field = field();
        list.setId("family-list");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ChoiceCell());
        field.setId("family-field");
        field.setPromptText("A family, or a new name…");
        field.textProperty().addListener((o, old, now) -> refill(now));
        refill("");
        Label title = new Label("Families of “" + paperTitle + "”");
        title.getStyleClass().add("picker-title");
        title.setMaxWidth(520);
        Label hint = new Label(keys.hint(Keymap.CONFIRM, "puts the paper in the family, or takes it out",
                Keymap.CLOSE_SHEET, "closes"));
        hint.getStyleClass().add("muted");
        place("family-picker", onClose, title, field, list, hint);
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
        list().getItems().setAll(out);
        list().getSelectionModel().selectFirst();
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
