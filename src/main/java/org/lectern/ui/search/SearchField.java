package org.lectern.ui.search;

import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;

import org.controlsfx.control.textfield.TextFields;

/**
 * The search box: clearable, and it asks for a search only once typing pauses, so a fast typist
 * causes one query instead of one per key. The query runs elsewhere, off the FX thread.
 */
public final class SearchField {
    public static final Duration DEBOUNCE = Duration.millis(180);

    private final TextField field = TextFields.createClearableTextField();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private String last = "";

    /** {@code onSearch} hears the query (blank for none); {@code onLeave} runs when Esc or Down leaves the box. */
    public SearchField(Consumer<String> onSearch, Runnable onLeave) {
        field.setId("search");
        field.setPromptText("Search titles, abstracts, notes and tags   (Ctrl+F)");
        field.getStyleClass().add("search-field");
        pause.setOnFinished(e -> fire(onSearch));
        field.textProperty().addListener((o, old, now) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            fire(onSearch);
            onLeave.run();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (!field.getText().isEmpty()) field.clear();
                else onLeave.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
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
