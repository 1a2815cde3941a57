package org.lectern.ui.notes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import org.lectern.library.NoteRevision;
import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * The earlier versions of one paper's note over the window: dated first lines on the left, the whole
 * text of the chosen one on the right, and "Restore this version". Its keys are the sheet's in the keymap (Close, Confirm).
 */
public final class NoteHistorySheet {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final StackPane root = new StackPane();
    private final ListView<NoteRevision> list = new ListView<>();
    private final TextArea text = new TextArea();
    private final Button restore = new Button("Restore this version");

    /** {@code onRestore} receives the chosen version; {@code onClose} hides the sheet. */
    public NoteHistorySheet(KeyBindings keys, String paperTitle, List<NoteRevision> revisions, Consumer<NoteRevision> onRestore,
                            Runnable onClose) {
        root.setId("note-history-sheet");
        root.getStyleClass().add("preview-backdrop");

        Label heading = new Label("Earlier versions of the note");
        heading.getStyleClass().add("preview-title");
        Label about = new Label(paperTitle);
        about.getStyleClass().add("preview-summary");
        about.setWrapText(true);

        list.setId("note-revisions");
        list.getItems().setAll(revisions);
        list.setPlaceholder(new Label("No earlier versions: the note has not been changed since it was first saved"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NoteRevision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : WHEN.format(r.savedAt()) + "  ·  " + r.firstLine());
            }
        });
        text.setId("note-revision-text");
        text.setEditable(false);
        text.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            text.setText(now == null ? "" : now.body());
            restore.setDisable(now == null);
        });
        // side by side in a plain box: a SplitPane adds its items to the scene only at its first layout,
        // too late for the list to take the focus when the sheet opens
        list.setPrefWidth(320);
        list.setMinWidth(220);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox body = new HBox(12, list, text);

        restore.setId("restore-note-version");
        restore.getStyleClass().add("accent");
        restore.setDisable(true);
        restore.setOnAction(e -> restoreSelected(onRestore));
        Button close = new Button("Close");
        close.setId("close-note-history");
        close.setOnAction(e -> onClose.run());
        // ↑/↓ are the list's own keys
        Label hint = new Label("↑/↓ choose · " + keys.hint(Keymap.CONFIRM, "restores", Keymap.CLOSE_SHEET, "closes")
                + " · the current note is kept as a version");
        hint.getStyleClass().add("muted");
        HBox buttons = SheetCard.bar(hint, close, restore);

        SheetCard.place(root, body, buttons, 900, 600, heading, about);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                onClose.run();
                e.consume();
            } else if (keys.matches(Keymap.CONFIRM, e)) {
                if (e.getTarget() == close) onClose.run();
                else restoreSelected(onRestore);
                e.consume();
            }
        });
        if (!revisions.isEmpty()) list.getSelectionModel().select(0);
    }

    private void restoreSelected(Consumer<NoteRevision> onRestore) {
        NoteRevision r = list.getSelectionModel().getSelectedItem();
        if (r != null) onRestore.accept(r);
    }

    public Node view() {
        return root;
    }

    public ListView<NoteRevision> list() {
        return list;
    }

    /** The whole text of the chosen version. */
    public TextArea text() {
        return text;
    }

    public void focus() {
        list.requestFocus();
    }
}
