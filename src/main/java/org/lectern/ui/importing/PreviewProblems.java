package org.lectern.ui.importing;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.lectern.listing.Diagnostic;

/**
 * The preview's list of what could not be read: files skipped at the drop, then each unreadable line as
 * the reading meets it. It joins the sheet with the first of them.
 */
final class PreviewProblems {
    private final VBox body;
    private final ListView<String> problems = new ListView<>();
    private final Label title = new Label();
    private int unreadable;
    private String first;

    PreviewProblems(VBox body, List<String> skipped) {
        this.body = body;
        problems.setId("preview-diagnostics");
        problems.setFixedCellSize(26);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add("diagnostics");
        title.getStyleClass().add("detail-section");
        problems.getItems().addAll(skipped);
        show();
    }

    /** Adds a batch's unreadable lines. */
    void add(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) return;
        for (Diagnostic d : diagnostics) {
            String line = (d.line() > 0 ? "Line " + d.line() + ": " : "") + d.message();
            if (first == null) first = line;
            problems.getItems().add(line);
        }
        unreadable += diagnostics.size();
        show();
    }

    /** The first unreadable line as listed ("Line 3: no title"), or null. */
    String first() {
        return first;
    }

    /** The unreadable lines read so far (skipped files aside). */
    int unreadable() {
        return unreadable;
    }

    private void show() {
        int n = problems.getItems().size();
        if (n == 0) return;
        problems.setPrefHeight(Math.min(6, n) * 26 + 6);
        title.setText(n + " unreadable " + (n == 1 ? "line" : "lines") + " (not imported)");
        if (!body.getChildren().contains(problems)) body.getChildren().addAll(title, problems);
    }
}
