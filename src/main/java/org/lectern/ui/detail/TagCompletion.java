package org.lectern.ui.detail;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Offers known tags under a text field while the reader types; Down moves into the list, Enter picks.
 * (ControlsFX's binding needs JavaFX internals opened at launch, which a packaged app cannot rely on.)
 */
final class TagCompletion {
    private static final int SHOWN = 8;

    private final TextField field;
    private final ContextMenu popup = new ContextMenu();

    TagCompletion(TextField field, Function<String, List<String>> suggestions) {
        this.field = field;
        popup.getStyleClass().add("tag-suggestions");
        field.textProperty().addListener((o, old, now) -> {
            if (!field.isFocused()) return;
            List<String> found = now == null || now.isBlank() ? List.of() : suggestions.apply(now);
            if (found.isEmpty()) {
                popup.hide();
                return;
            }
            popup.getItems().setAll(found.stream().limit(SHOWN).map(this::item).toList());
            if (!popup.isShowing()) popup.show(field, Side.BOTTOM, 0, 0);
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) popup.hide();
        });
    }

    private CustomMenuItem item(String tag) {
        CustomMenuItem item = new CustomMenuItem(new Label(tag), true);
        item.setOnAction(e -> {
            field.setText(tag);
            field.positionCaret(tag.length());
            popup.hide();
            field.fireEvent(new javafx.event.ActionEvent());
        });
        return item;
    }

    void hide() {
        popup.hide();
    }
}
