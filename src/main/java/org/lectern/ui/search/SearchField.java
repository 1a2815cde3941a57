package org.lectern.ui.search;

import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.util.Duration;

import org.controlsfx.control.textfield.TextFields;
import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyBindings;

/**
 * The search box: clearable, and it asks for a search only once typing pauses, so a fast typist
 * causes one query instead of one per key. The query runs elsewhere, off the FX thread.
 */
public final class SearchField {
    public static final Duration DEBOUNCE = Duration.millis(180);

    private final TextField field = TextFields.createClearableTextField();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private String last = "";

    /** {@code onSearch} hears the query (blank for none); {@code onLeave} runs when Close or Choose down (Esc, Down) leaves the box. */
    public SearchField(KeyBindings keys, Consumer<String> onSearch, Runnable onLeave) {
        field.setId("search");
        field.setPromptText("Search titles, abstracts, notes and tags   (" + keys.display(Keymap.FIND) + ")");
        field.getStyleClass().add("search-field");
        pause.setOnFinished(e -> fire(onSearch));
        field.textProperty().addListener((o, old, now) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            fire(onSearch);
            onLeave.run();
        });
        field.setOnKeyPressed(e -> {
            if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                if (!field.getText().isEmpty()) field.clear();
                else onLeave.run();
                e.consume();
            } else if (keys.matches(Keymap.CHOOSE_DOWN, e)) {
                onLeave.run();
                e.consume();
            }
        });
    }

    private void fire(Consumer<String> onSearch) {
        String q = field.getText() == null ? "" : field.getText().strip();
        if (q.equals(last)) return;
        last = q;
        onSearch.accept(q);
    }

    public TextField view() {
        return field;
    }

    /** The query in effect (after the pause), blank for none. */
    public String query() {
        return last;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
