package org.lectern.ui.detail;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lectern.library.Paper;
import org.lectern.store.PaperEdits.Field;

/**
 * The detail pane's form for what a paper says about itself: title, abstract, arXiv id, link, date and
 * author count. Saving hands only the fields that changed to the window as one edit; a refusal (a
 * malformed date or id) is said under the fields and the form stays open with what was typed.
 */
public final class PaperEditor {
    /** Where a save goes: {@code saved} closes the form, {@code refused} receives the reason. */
    public interface Save {
        void save(long paperId, Map<Field, Object> changes, Runnable saved, Consumer<String> refused);
    }

    private final VBox root = new VBox(8);
    private final TextField title = field("edit-title", "Title");
    private final TextArea abstractText = new TextArea();
    private final TextField arxiv = field("edit-arxiv", "e.g. 2401.01234");
    private final TextField url = field("edit-url", "https://…");
    private final TextField published = field("edit-date", "YYYY-MM-DD, YYYY-MM or YYYY");
    private final TextField authors = field("edit-authors", "number of authors");
    private final Label error = new Label();
    private final Save save;
    private final Runnable closed;
    private Paper paper;

    /** {@code closed} runs when the form is put away (saved or cancelled). */
    public PaperEditor(org.lectern.ui.keys.KeyBindings keys, Save save, Runnable closed) {
        this.save = save;
        this.closed = closed;
        abstractText.setId("edit-abstract");
        abstractText.setWrapText(true);
        abstractText.setPrefRowCount(10);
        error.setId("edit-error");
        error.getStyleClass().add("edit-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (Object[] line : new Object[][] {{"Title", title}, {"arXiv id", arxiv}, {"Link", url},
                {"Date", published}, {"Authors", authors}}) {
            grid.addRow(row++, new Label((String) line[0]), (Node) line[1]);
            GridPane.setHgrow((Node) line[1], Priority.ALWAYS);
        }
        Button ok = new Button("Save");
        ok.setId("edit-save");
        ok.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancel());
        Label hint = new Label("Enter saves (" + keys.display(org.lectern.ui.Keymap.SAVE_EDIT) + " in the abstract)  ·  "
                + keys.display(org.lectern.ui.Keymap.CLOSE_SHEET) + " cancels");
        hint.getStyleClass().add("muted");
        ok.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox buttons = new HBox(8, ok, cancel, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label abs = new Label("Abstract");
        root.getChildren().addAll(grid, abs, abstractText, error, buttons);
        root.setId("paper-editor");
        root.getStyleClass().add("paper-editor");
        for (TextField f : new TextField[] {title, arxiv, url, published, authors}) f.setOnAction(e -> save());
        // Esc inside the form cancels it, as it leaves the note and the tag field
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (keys.matches(org.lectern.ui.Keymap.CLOSE_SHEET, e)) {
                e.consume();
                cancel();
            }
        });
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    /** Fills the form from {@code p} and focuses the title, all of it selected. */
    public void open(Paper p) {
        paper = p;
        title.setText(p.title());
        abstractText.setText(nz(p.abstractText()));
        arxiv.setText(nz(p.arxivId()));
        url.setText(nz(p.url()));
        published.setText(p.published() == null ? "" : p.published().toString());
        authors.setText(p.authors() == null ? "" : p.authors().toString());
        say(null);
        title.requestFocus();
        title.selectAll();
    }

    /** The paper being edited, or null when the form is put away. */
    public Paper paper() {
        return paper;
    }

    public Node view() {
        return root;
    }

    /** Saves what changed; nothing changed closes the form. */
    public void save() {
        Paper p = paper;
        if (p == null) return;
        Map<Field, Object> changes = new EnumMap<>(Field.class);
        put(changes, Field.TITLE, p.title(), title);
        put(changes, Field.ABSTRACT, p.abstractText(), abstractText);
        put(changes, Field.ARXIV_ID, p.arxivId(), arxiv);
        put(changes, Field.URL, p.url(), url);
        put(changes, Field.PUBLISHED, p.published() == null ? null : p.published().toString(), published);
        put(changes, Field.AUTHORS, p.authors() == null ? null : p.authors().toString(), authors);
        if (changes.isEmpty()) {
            close();
            return;
        }
        say(null);
        save.save(p.id(), changes, () -> {
            if (paper == p) close();
        }, reason -> {
            if (paper == p) say(reason);
        });
    }

    /** Puts the form away, keeping nothing typed. */
    public void cancel() {
        close();
    }

    private void close() {
        if (paper == null) return;
        paper = null;
        closed.run();
    }

    /** The field's text when it differs from {@code was}; an emptied field clears the value. */
    private static void put(Map<Field, Object> out, Field f, String was, TextInputControl field) {
        String now = field.getText().strip();
        if (Objects.equals(nz(was).strip(), now)) return;
        out.put(f, now.isEmpty() ? null : now);
    }

    private void say(String reason) {
        error.setText(reason == null ? "" : reason);
        error.setVisible(reason != null);
        error.setManaged(reason != null);
    }

    /** The reason shown under the fields ("" when none). */
    public Label error() {
        return error;
    }

    public TextField titleField() {
        return title;
    }

    public TextArea abstractField() {
        return abstractText;
    }

    public TextField dateField() {
        return published;
    }

    public TextField arxivField() {
        return arxiv;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
