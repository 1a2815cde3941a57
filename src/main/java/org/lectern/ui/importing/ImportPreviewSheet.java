package org.lectern.ui.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview;
import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * The import preview, shown over the window: a row per parsed paper, every unreadable line, uncertain
 * splits marked, a key and a button to go to the next of them and keys to move the boundary. Its keys are
 * the sheet's in the keymap: Confirm imports, Close cancels (or cancels a running import).
 */
public final class ImportPreviewSheet {
    private static final javafx.css.PseudoClass UNCERTAIN = javafx.css.PseudoClass.getPseudoClass("uncertain");
    private static final javafx.css.PseudoClass KNOWN = javafx.css.PseudoClass.getPseudoClass("known");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final StackPane root = new StackPane();
    private final TableView<PreviewRow> table = new TableView<>();
    private final TextFlow split = new TextFlow();
    private final Text splitTitle = new Text();
    private final Text splitAbstract = new Text();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final Button importButton = new Button();
    private final Button cancelButton = new Button("Cancel");
    private final ImportPreview preview;
    private final Consumer<Chosen> onImport;
    private final Runnable onCancel;
    private final KeyBindings keys;
    /** The uncertain splits the reader has not fixed yet: the legend follows it. */
    private final SimpleLongProperty uncertainLeft = new SimpleLongProperty();
    private boolean importing;
    private final ReadOnlyIntegerProperty included;
    private final Rows prepared;
    private boolean filled;

    /**
     * A preview's rows, made in the background: a listing of 100,000 papers is 100,000 rows with their
     * properties, too many to build on the FX thread between two frames.
     */
    public record Rows(ImportPreview preview, List<PreviewRow> rows, int firstUncertain, long uncertain,
                       ReadOnlyIntegerProperty included, String summary) {
        /** Call from the background; {@code included} follows the checkboxes from then on. */
        public static Rows of(ImportPreview preview) {
            SimpleIntegerProperty included = new SimpleIntegerProperty();
            List<PreviewRow> rows = preview.items().stream().map(item -> new PreviewRow(item, included)).toList();
            int first = -1;
            long uncertain = 0;
            int kept = 0;
            for (int i = 0; i < rows.size(); i++) {
                PreviewRow r = rows.get(i);
                if (r.included()) kept++;
                if (!r.uncertain()) continue;
                uncertain++;
                if (first < 0) first = i;
            }
            included.set(kept);
            return new Rows(preview, rows, Math.max(first, 0), uncertain, included, PreviewColumns.summary(preview));
        }
    }

    /** {@code onImport} receives the rows and which of them the reader kept; {@code onCancel} closes (or stops an import). */
    public ImportPreviewSheet(KeyBindings keys, Rows prepared, List<String> skipped, Consumer<Chosen> onImport,
                              Runnable onCancel) {
        this.keys = keys;
        ImportPreview preview = prepared.preview();
        this.preview = preview;
        this.onImport = onImport;
        this.onCancel = onCancel;
        root.setId("import-preview");
        root.getStyleClass().add("preview-backdrop");

        Label heading = new Label("Import from " + preview.source());
        heading.getStyleClass().add("preview-title");
        Label summary = new Label(prepared.summary());
        summary.getStyleClass().add("preview-summary");
        summary.setWrapText(true);

        table.setId("preview-table");
        table.setFixedCellSize(34); // rows of one height: layout never measures the rows of a long preview
        table.setEditable(true);
        this.prepared = prepared;
        TableColumn<PreviewRow, Boolean> include = new TableColumn<>("");
        include.setCellValueFactory(c -> c.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(36);
        include.setMaxWidth(36);
        table.getColumns().add(include);
        table.getColumns().add(PreviewColumns.text("Title", 300, r -> r.titleProperty()));
        table.getColumns().add(PreviewColumns.text("Abstract", 300, r -> Bindings.createStringBinding(
                () -> PreviewColumns.start(r.abstractProperty().get()), r.abstractProperty())));
        table.getColumns().add(PreviewColumns.plain("Authors", 70, r -> r.parsed().authors() == null ? "" : r.parsed().authors().toString()));
        table.getColumns().add(PreviewColumns.plain("Date", 100, r -> r.parsed().published() == null ? "" : DATE.format(r.parsed().published())));
        table.getColumns().add(PreviewColumns.plain("Upvotes", 70, r -> r.parsed().upvotes() == null ? "–" : r.parsed().upvotes().toString()));
        table.getColumns().add(PreviewColumns.plain("Library", 90, PreviewRow::matchLabel));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                // pseudo-classes: a row reused for another paper switches state, its styles are not looked up again
                pseudoClassStateChanged(UNCERTAIN, !empty && item != null && item.uncertain());
                pseudoClassStateChanged(KNOWN, !empty && item != null && item.match() != ImportPreview.Match.NEW);
            }
        });
        table.setPlaceholder(new Label("No paper could be read from this listing."));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showSplit(now));

        Button left = new Button("◀ Word to abstract");
        left.setTooltip(new Tooltip(Keymap.SPLIT_EARLIER.description() + " (" + keys.display(Keymap.SPLIT_EARLIER) + ")"));
        left.setOnAction(e -> move(true));
        Button right = new Button("Word to title ▶");
        right.setTooltip(new Tooltip(Keymap.SPLIT_LATER.description() + " (" + keys.display(Keymap.SPLIT_LATER) + ")"));
        right.setOnAction(e -> move(false));
        left.setId("boundary-left");
        right.setId("boundary-right");
        splitTitle.getStyleClass().add("split-title");
        splitAbstract.getStyleClass().add("split-abstract");
        split.getChildren().setAll(splitTitle, splitAbstract);
        split.getStyleClass().add("split-view");
        split.setPrefHeight(44);
        HBox.setHgrow(split, Priority.ALWAYS);
        Label boundaryHint = new Label("Title | abstract boundary:");
        boundaryHint.getStyleClass().add("muted");
        Button nextUncertain = new Button("Next uncertain ▼");
        nextUncertain.setId("next-uncertain");
        nextUncertain.setTooltip(new Tooltip(Keymap.NEXT_UNCERTAIN.description() + " (" + keys.display(Keymap.NEXT_UNCERTAIN) + ")"));
        nextUncertain.setOnAction(e -> nextUncertain());
        nextUncertain.disableProperty().bind(uncertainLeft.isEqualTo(0));
        HBox boundary = new HBox(8, boundaryHint, left, right, nextUncertain);
        boundary.setAlignment(Pos.CENTER_LEFT);
        uncertainLeft.set(prepared.uncertain());
        Label legend = new Label();
        legend.setId("uncertain-legend");
        legend.textProperty().bind(Bindings.createStringBinding(() -> PreviewColumns.legend(uncertainLeft.get()), uncertainLeft));
        legend.getStyleClass().add(prepared.uncertain() == 0 ? "muted" : "uncertain-legend");
        uncertainLeft.addListener((o, was, now) -> {
            if (now.longValue() == 0) legend.getStyleClass().setAll("label", "muted"); // nothing left to warn of
        });

        VBox body = new VBox(10, table, legend, boundary, split);
        List<Diagnostic> diagnostics = preview.diagnostics();
        if (!diagnostics.isEmpty() || !skipped.isEmpty()) {
            ListView<String> problems = new ListView<>();
            problems.setId("preview-diagnostics");
            problems.getItems().addAll(skipped);
            for (Diagnostic d : diagnostics) {
                problems.getItems().add((d.line() > 0 ? "Line " + d.line() + ": " : "") + d.message());
            }
            problems.setFixedCellSize(26);
            problems.setPrefHeight(Math.min(6, problems.getItems().size()) * 26 + 6);
            problems.setMinHeight(Region.USE_PREF_SIZE);
            problems.getStyleClass().add("diagnostics");
            Label title = new Label(problems.getItems().size() + " unreadable "
                    + (problems.getItems().size() == 1 ? "line" : "lines") + " (not imported)");
            title.getStyleClass().add("detail-section");
            body.getChildren().addAll(title, problems);
        }

        importButton.setId("import-button");
        importButton.setDefaultButton(true);
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> confirm());
        included = prepared.included();
        updateImportLabel();
        included.addListener((o, was, is) -> updateImportLabel());
        cancelButton.setId("cancel-import");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> onCancel.run());
        progress.setVisible(false);
        progress.setPrefWidth(220);
        progressLabel.getStyleClass().add("muted");
        Label hint = new Label(keys.hint(Keymap.CONFIRM, "imports", Keymap.CLOSE_SHEET, "cancels", Keymap.INCLUDE,
                "includes/excludes", Keymap.NEXT_UNCERTAIN, "next uncertain") + " · " + keys.display(Keymap.SPLIT_EARLIER)
                + "/" + keys.display(Keymap.SPLIT_LATER) + " moves the boundary");
        hint.getStyleClass().add("muted");
        HBox buttons = SheetCard.bar(hint, progressLabel, progress, cancelButton, importButton);

        SheetCard.place(root, body, buttons, 1180, 820, heading, summary);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /**
     * Puts the rows in the table, selecting the first uncertain split. The sheet shows for a frame without
     * them: the card and the table's rows are each a frame's worth of styling and layout.
     */
    public void fill() {
        if (filled) return;
        filled = true;
        table.setItems(FXCollections.observableList(prepared.rows()));
        if (!table.getItems().isEmpty()) {
            int first = prepared.firstUncertain();
            table.getSelectionModel().select(first);
            table.scrollTo(Math.max(0, first - 3));
        }
    }

    /** True once the rows are in the table. */
    public boolean filled() {
        return filled;
    }

    private void key(KeyEvent e) {
        boolean earlier = keys.matches(Keymap.SPLIT_EARLIER, e);
        if (keys.matches(Keymap.CLOSE_SHEET, e)) {
            onCancel.run();
            e.consume();
        } else if (keys.matches(Keymap.CONFIRM, e) && !importing) {
            if (e.getTarget() == cancelButton) onCancel.run(); // Enter on a focused Cancel means cancel
            else confirm();
            e.consume();
        } else if (earlier || keys.matches(Keymap.SPLIT_LATER, e)) {
            move(earlier);
            e.consume();
        } else if (keys.matches(Keymap.NEXT_UNCERTAIN, e)) {
            nextUncertain();
            e.consume();
        } else if (keys.matches(Keymap.INCLUDE, e) && e.getTarget() == table && !importing) {
            PreviewRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) r.includeProperty().set(!r.included());
            e.consume();
        }
    }

    private void move(boolean left) {
        PreviewRow r = table.getSelectionModel().getSelectedItem();
        if (r == null || importing) return;
        if (r.uncertain()) uncertainLeft.set(uncertainLeft.get() - 1); // a split the reader set is certain
        if (left) r.moveLeft();
        else r.moveRight();
        table.refresh();
        showSplit(r);
    }

    /** Selects the next row whose split is still uncertain after the selected one, from the top past the end. */
    private void nextUncertain() {
        List<PreviewRow> rows = table.getItems();
        if (importing || rows.isEmpty()) return;
        int from = table.getSelectionModel().getSelectedIndex();
        for (int step = 1; step <= rows.size(); step++) {
            int i = Math.floorMod(from + step, rows.size());
            if (!rows.get(i).uncertain()) continue;
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 3));
            return;
        }
    }

    /** How many uncertain splits the reader has not fixed yet. */
    public long uncertainLeft() {
        return uncertainLeft.get();
    }

    private void showSplit(PreviewRow r) {
        if (r == null) {
            splitTitle.setText("");
            splitAbstract.setText("");
            return;
        }
        splitTitle.setText(r.title());
        splitAbstract.setText("  |  " + PreviewColumns.start(r.abstractText()));
    }

    private void confirm() {
        if (importing) return;
        fill();
        List<PreviewRow> rows = List.copyOf(table.getItems());
        boolean[] kept = new boolean[rows.size()];
        for (int i = 0; i < kept.length; i++) kept[i] = rows.get(i).included();
        onImport.accept(new Chosen(rows, kept, included.get()));
    }

    /** What the reader kept: the rows as they were when Import was pressed, which are included, how many. */
    public record Chosen(List<PreviewRow> rows, boolean[] included, int count) {
        /** The kept rows as papers, with the boundaries the reader moved; call from the background. */
        public List<ParsedPaper> papers() {
            List<ParsedPaper> papers = new ArrayList<>(count);
            for (int i = 0; i < rows.size(); i++) if (included[i]) papers.add(rows.get(i).toPaper());
            return papers;
        }
    }

    /** Switches to "importing": the table locks, a progress bar shows, Esc cancels the import. */
    public void setImporting(boolean on) {
        importing = on;
        // locked without setDisable, which restyles every visible cell of a large preview at once
        table.setMouseTransparent(on);
        table.setFocusTraversable(!on);
        importButton.setDisable(on);
        progress.setVisible(on);
        progressLabel.setText(on ? "Importing…" : "");
    }

    /** True while the chosen papers are being written. */
    public boolean importing() {
        return importing;
    }

    /** 0..1 of the import written. */
    public void setProgress(double fraction) {
        progress.setProgress(fraction);
    }

    public Node view() {
        return root;
    }

    public TableView<PreviewRow> table() {
        return table;
    }

    public ImportPreview preview() {
        return preview;
    }

    /** Focuses the table, so the keys work at once. */
    public void focus() {
        table.requestFocus();
    }

    private void updateImportLabel() {
        int n = included.get();
        importButton.setText("Import " + n + (n == 1 ? " paper" : " papers"));
    }
}
