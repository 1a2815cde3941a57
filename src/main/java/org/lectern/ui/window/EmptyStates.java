package org.lectern.ui.window;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the table says when it lists no paper: an empty library, a view nothing matches, a search it cannot read. */
final class EmptyStates {
    private final Node emptyLibrary = of("Drop a listing here, or press Ctrl+V",
            "A Hugging Face papers list, a block listing, BibTeX, RIS or arXiv ids. Ctrl+O opens a file.");
    private final Node noMatch = of("No papers here", "Nothing in this view matches. Clear the search with Esc.");

    /** For a view with no paper: the library's own word when it is empty, else that nothing matches. */
    Node forView(boolean libraryEmpty) {
        return libraryEmpty ? emptyLibrary : noMatch;
    }

    static Node of(String title, String hint) {
        Label t = new Label(title);
        t.getStyleClass().add("empty-title");
        Label h = new Label(hint);
        h.getStyleClass().add("empty-hint");
        h.setWrapText(true);
        VBox box = new VBox(8, t, h);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
