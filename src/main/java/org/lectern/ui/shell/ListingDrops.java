package org.lectern.ui.shell;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.lectern.ui.importing.DroppedListing;
import org.lectern.ui.importing.ImportFlow;

/**
 * Where listings come in: a drop on the window (with its "drop to preview" target), a paste, a file
 * chosen with Ctrl+O. It only unwraps the event; {@link DroppedListing} decides what it means and the
 * {@link ImportFlow} takes it from there.
 */
final class ListingDrops {
    private final ImportFlow imports;
    private final Supplier<Node> focus;
    private final StackPane target = new StackPane();

    ListingDrops(ImportFlow imports, Supplier<Node> focus) {
        this.imports = imports;
        this.focus = focus;
        target.getStyleClass().add("drop-target");
        target.setId("drop-target");
        target.setVisible(false);
        target.setMouseTransparent(true);
        // its words are made when it first shows: hidden, they would still be styled with the first scene
        target.visibleProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                target.visibleProperty().removeListener(this);
                words();
            }
        });
    }

    private void words() {
        Label label = new Label("Drop to preview the import");
        label.getStyleClass().add("drop-label");
        Label hint = new Label("Nothing is added until you confirm");
        hint.getStyleClass().add("drop-hint");
        VBox box = new VBox(8, label, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("drop-box");
        box.setMouseTransparent(true);
        target.getChildren().add(box);
    }

    /** Takes drops on {@code root}. */
    void install(Node root) {
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> target.setVisible(false));
        root.setOnDragDropped(this::dragDropped);
    }

    /** The "drop to preview" target shown while a listing is dragged over the window. */
    Node target() {
        return target;
    }

    /** Pastes a listing from the clipboard (or text, when a text field has the focus). */
    void paste() {
        if (focus.get() instanceof TextInputControl t) {
            t.paste();
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        imports.handle(DroppedListing.from(cb, "pasted text"));
    }

    /** Asks for listing files over {@code owner} and previews them as one import. */
    void openFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a listing");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Listings", "*.txt", "*.md", "*.bib", "*.ris", "*.json", "*.csv", "*.html", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) imports.handle(DroppedListing.from(files, null, "file"));
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (imports.sheet() == null && DroppedListing.acceptable(db.hasFiles() ? db.getFiles() : null, db.hasString() ? db.getString() : null)) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            target.setVisible(true);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        List<File> files = db.hasFiles() ? db.getFiles() : List.of();
        String text = db.hasString() ? db.getString() : null;
        e.setDropCompleted(DroppedListing.acceptable(files, text));
        DroppedListing.Outcome outcome = DroppedListing.from(db, "dropped text");
        e.consume();
        // let the drag source finish before the preview is read
        Platform.runLater(() -> {
            target.setVisible(false);
            imports.handle(outcome);
        });
    }
}
