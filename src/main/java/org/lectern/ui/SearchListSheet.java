package org.lectern.ui;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.lectern.ui.keys.KeyBindings;

/**
 * A sheet that is a search field over a list of choices (the command palette, the family picker): the
 * sheet keys move the choice while the field keeps the focus, Confirm hands the chosen line over, Close
 * shuts the sheet. A subclass fills the list as the field's text changes and lays out its card.
 */
public abstract class SearchListSheet<T> {
    private final StackPane root = new StackPane();
    private final CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
    private final ListView<T> list = new ListView<>();

    /** {@code confirm} receives the chosen line on Confirm (never null); {@code onClose} runs on Close. */
    protected SearchListSheet(KeyBindings keys, Consumer<T> confirm, Runnable onClose) {
        list.setFocusTraversable(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (keys.matches(Keymap.CHOOSE_DOWN, e)) {
                if (i + 1 < list.getItems().size()) select(i + 1);
                e.consume();
            } else if (keys.matches(Keymap.CHOOSE_UP, e)) {
                if (i > 0) select(i - 1);
                e.consume();
            } else if (keys.matches(Keymap.CONFIRM, e)) {
                e.consume();
                T chosen = list.getSelectionModel().getSelectedItem();
                if (chosen != null) confirm.accept(chosen);
            } else if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                e.consume();
                onClose.run();
            }
        });
    }

    /** Lays {@code rows} out as the sheet's card over a backdrop named {@code id}, which closes the sheet when clicked. */
    protected final void place(String id, Runnable onClose, Node... rows) {
        SheetCard.placeList(root, 560, rows);
        SheetCard.backdrop(root, id, onClose);
    }

    /** Selects line {@code i}, scrolled into sight with a few lines above it. */
    private void select(int i) {
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - 4));
    }

    public final Node view() {
        return root;
    }

    /** Gives the search field the focus (once shown). */
    public final void focus() {
        field.requestFocus();
    }

    public final CustomTextField field() {
        return field;
    }

    public final ListView<T> list() {
        return list;
    }
}
