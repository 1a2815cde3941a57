package org.lectern.ui.palette;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.controlsfx.control.textfield.CustomTextField;
import org.lectern.ui.SearchListSheet;
import org.lectern.ui.actions.Action;
import org.lectern.ui.actions.ActionRegistry;
import org.lectern.ui.keys.KeyBindings;

/**
 * Every action of the window's registry (what the menus hold and what the keys do), searchable by its
 * words, its menu or its key: a text field over a filtered list. Enter runs the chosen action when it
 * can run now (the others are shown dimmed), Esc closes.
 */
public final class CommandPalette extends SearchListSheet<ActionRegistry.Entry> {
    private final List<ActionRegistry.Entry> all;
    private final ObservableList<ActionRegistry.Entry> filtered = FXCollections.observableArrayList();

    /**
     * A palette of {@code entries}, its keys read from {@code bindings}; {@code run} receives the chosen
     * action, {@code onClose} runs when it closes without a choice.
     */
    public CommandPalette(KeyBindings bindings, List<ActionRegistry.Entry> entries, Consumer<Action> run, Runnable onClose) {
        super(bindings, chosen -> {
            if (chosen.action().runnable()) run.accept(chosen.action());
        }, onClose);
        ListView<ActionRegistry.Entry> list = list();
        CustomTextField field = field();
        all = List.copyOf(entries);
        filtered.setAll(all);
        list.setItems(filtered);
        list.setId("palette-list");
        list.setCellFactory(v -> new EntryCell());
        list.setPrefHeight(360);
        field.setId("palette-field");
        field.setPromptText("Type an action or a key…");
        Label icon = new Label("›");
        icon.getStyleClass().add("palette-prompt");
        field.setLeft(icon);
        field.textProperty().addListener((o, old, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            // the actions whose words start with the query first ("mark q" is Mark Queued before Undo Mark Queued)
            filtered.setAll(all.stream().filter(e -> q.isEmpty() || matches(e, q))
                    .sorted(java.util.Comparator.comparing(e -> !e.label().toLowerCase(Locale.ROOT).startsWith(q))).toList());
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();
        list.setOnMouseClicked(e -> {
            ActionRegistry.Entry chosen = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null && chosen.action().runnable()) run.accept(chosen.action());
        });
        place("palette", onClose, field, list);
    }

    /** Words of the label in order ("mark rea" finds "Mark read…"), the key, or the heading. */
    static boolean matches(ActionRegistry.Entry e, String query) {
        String text = (e.label() + " " + e.heading()).toLowerCase(Locale.ROOT);
        if (e.key().equalsIgnoreCase(query)) return true;
        int from = 0;
        for (String word : query.split("\\s+")) {
            int at = text.indexOf(word, from);
            if (at < 0) return false;
            from = at + word.length();
        }
        return true;
    }

    private static final class EntryCell extends ListCell<ActionRegistry.Entry> {
        private final Label description = new Label();
        private final Label group = new Label();
        private final Label key = new Label();
        private final HBox box;

        EntryCell() {
            group.getStyleClass().add("muted");
            key.getStyleClass().add("key-cap");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(10, description, group, gap, key);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ActionRegistry.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            description.setText(item.label());
            group.setText(item.heading());
            key.setText(item.key());
            key.setVisible(!item.key().isEmpty());
            box.setOpacity(item.action().runnable() ? 1 : 0.5); // shown, but it cannot run now (nothing to undo)
            setGraphic(box);
        }
    }
}
