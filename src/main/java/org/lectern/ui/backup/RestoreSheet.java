package org.lectern.ui.backup;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * The backups of the library, newest first, over the window. Enter asks for a confirmation that says
 * the current library is kept as a backup first; Enter again restores, Esc steps back (or closes).
 */
public final class RestoreSheet {
    private final StackPane root = new StackPane();
    private final ListView<BackupEntry> list = new ListView<>();
    private final VBox confirmation = new VBox(10);
    private final Label question = new Label();
    private final Button restore = new Button("Restore");
    private final Button choose = new Button("Restore the chosen backup…");
    private final Consumer<BackupEntry> onRestore;
    private final Runnable onClose;

    /** {@code onRestore} receives the confirmed backup; {@code onClose} hides the sheet. */
    public RestoreSheet(KeyBindings keys, List<BackupEntry> backups, Consumer<BackupEntry> onRestore, Runnable onClose) {
        this.onRestore = onRestore;
        this.onClose = onClose;
        root.setId("restore-sheet");
        root.getStyleClass().add("preview-backdrop");

        Label heading = new Label("Restore from a backup");
        heading.getStyleClass().add("preview-title");
        Label about = new Label("The library goes back to the state of the chosen backup. "
                + "Before it does, the library as it is now is kept as a backup of its own.");
        about.getStyleClass().add("preview-summary");
        about.setWrapText(true);

        list.setId("backup-list");
        list.getItems().setAll(backups);
        list.setPlaceholder(new Label("No backups yet: File → Back up now makes one"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupEntry b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null
                        : b.when() + "  ·  " + b.size() + (b.reason().isEmpty() ? "" : "  ·  " + b.reason()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> choose.setDisable(now == null));

        question.setId("restore-question");
        question.setWrapText(true);
        // as tall as its lines: a box gives a label one line's height otherwise, and cuts the rest
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        question.getStyleClass().add("preview-summary");
        restore.setId("confirm-restore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> confirm());
        Button back = new Button("Cancel");
        back.setOnAction(e -> showConfirmation(false));
        HBox confirmButtons = new HBox(10, back, restore);
        confirmButtons.setAlignment(Pos.CENTER_RIGHT);
        confirmation.getChildren().addAll(question, confirmButtons);
        confirmation.getStyleClass().add("restore-confirmation");
        showConfirmation(false);

        choose.setId("choose-backup");
        choose.setDisable(true);
        choose.setOnAction(e -> ask());
        Button close = new Button("Close");
        close.setOnAction(e -> onClose.run());
        // ↑/↓ are the list's own keys
        Label hint = new Label("↑/↓ choose · " + keys.hint(Keymap.CONFIRM, "restores (after a confirmation)",
                Keymap.CLOSE_SHEET, "closes"));
        hint.getStyleClass().add("muted");
        HBox buttons = SheetCard.bar(hint, close, choose);

        VBox center = new VBox(12, list, confirmation);
        VBox.setVgrow(list, Priority.ALWAYS);
        SheetCard.place(root, center, buttons, 760, 560, heading, about);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (keys.matches(Keymap.CLOSE_SHEET, e)) {
                if (confirming()) showConfirmation(false);
                else onClose.run();
                e.consume();
            } else if (keys.matches(Keymap.CONFIRM, e)) {
                if (e.getTarget() == close) onClose.run();
                else if (e.getTarget() == back) showConfirmation(false);
                else if (confirming()) confirm();
                else ask();
                e.consume();
            }
        });
        if (!backups.isEmpty()) list.getSelectionModel().select(0);
    }

    /** Shows the confirmation for the chosen backup. */
    private void ask() {
        BackupEntry b = list.getSelectionModel().getSelectedItem();
        if (b == null) return;
        question.setText("Restore the library as it was on " + b.when() + "? The current library is kept as a "
                + "backup first, so nothing is lost: it appears in this list and can be restored in turn.");
        showConfirmation(true);
        restore.requestFocus();
    }

    private void confirm() {
        BackupEntry b = list.getSelectionModel().getSelectedItem();
        if (b != null && confirming()) onRestore.accept(b);
    }

    private void showConfirmation(boolean on) {
        confirmation.setVisible(on);
        confirmation.setManaged(on);
        list.setDisable(on);
        if (!on) list.requestFocus();
    }

    /** True while the confirmation is showing. */
    public boolean confirming() {
        return confirmation.isVisible();
    }

    /** The confirmation's text. */
    public String question() {
        return question.getText();
    }

    public ListView<BackupEntry> list() {
        return list;
    }

    public Node view() {
        return root;
    }

    public void focus() {
        list.requestFocus();
    }
}
