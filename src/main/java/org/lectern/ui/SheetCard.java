package org.lectern.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The card a sheet shows over the window, the same for every sheet: its heading lines, its body, and a
 * bar along the bottom with the line of keys on the left and the buttons against the right edge.
 */
public final class SheetCard {
    private SheetCard() {
    }

    /** The bottom bar: {@code hint} on the left, {@code right} (buttons, progress) at the right edge. */
    public static HBox bar(Node hint, Node... right) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, hint, gap);
        bar.getChildren().addAll(right);
        // a narrow window shortens the hint, never the buttons' words ("C…" for Cancel)
        for (Node n : right) {
            if (n instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (hint instanceof Region r) r.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /** Puts the card into {@code root}, at most {@code width} by {@code height}, and returns it. */
    public static BorderPane place(StackPane root, Node body, Node bottom, double width, double height, Node... top) {
        BorderPane card = new BorderPane(body);
        card.setTop(new VBox(4, top));
        card.setBottom(bottom);
        BorderPane.setMargin(body, new Insets(14, 0, 14, 0));
        card.getStyleClass().add("preview-card");
        card.setMaxSize(width, height);
        card.setPadding(new Insets(20));
        root.getChildren().add(card);
        StackPane.setMargin(card, new Insets(30));
        return card;
    }

    /** Stacks {@code rows} in a list card at the top centre of {@code root}, at most {@code width} wide. */
    public static VBox placeList(StackPane root, double width, Node... rows) {
        VBox card = new VBox(8, rows);
        card.getStyleClass().add("palette");
        card.setMaxSize(width, Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);
        root.getChildren().add(card);
        return card;
    }

    /** Makes {@code root} the dimmed backdrop behind its card: a click on the backdrop itself closes the sheet. */
    public static void backdrop(StackPane root, String id, Runnable onClose) {
        root.getStyleClass().add("overlay-backdrop");
        root.setId(id);
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root) onClose.run();
        });
    }
}
