package org.lectern.ui.importing;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.lectern.store.ImportPreview;
import org.lectern.ui.Counted;
import org.lectern.ui.Keymap;
import org.lectern.ui.PublishedDate;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;

/**
 * The import preview, shown over the window while the listing is read (rows arrive a batch at a time, the
 * counts grow, Import waits for the end): a row per parsed paper, every unreadable line, uncertain
 * splits marked, a key and a button to go to the next of them and keys to move the boundary. Its keys are
 * the sheet's in the keymap: Confirm imports, Close cancels (or cancels a running import).
 */
public final class ImportPreviewSheet {
    private static final javafx.css.PseudoClass UNCERTAIN = javafx.css.PseudoClass.getPseudoClass("uncertain");
    private static final javafx.css.PseudoClass KNOWN = javafx.css.PseudoClass.getPseudoClass("known");

    private final StackPane root = new StackPane();
    private final TableView<PreviewRow> table = new TableView<>();
    private final TextFlow split = new TextFlow();
    private final Text splitTitle = new Text();
    private final Text splitAbstract = new Text();
    /** For the selected row, what the import does to the library's title (or why a new paper is flagged). */
    private final Text splitChange = new Text();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final Button importButton = new Button();
    private final Button cancelButton = new Button("Cancel");
    private final String source;
    private final Consumer<Chosen> onImport;
    private final Runnable onCancel;
    private final KeyBindings keys;
    /** The uncertain splits the reader has not fixed yet: the legend follows it. */
    private final SimpleLongProperty uncertainLeft = new SimpleLongProperty();
    private final ReviewMarks marks = new ReviewMarks();
    private boolean importing;
    private final IntegerProperty included;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final Label summary = new Label();
    private final Label legend = new Label();
    private final PreviewProblems problems;
    /** Rows read so far by how the library sees them, in {@link ImportPreview.Match} order. */
    private final int[] counts = new int[ImportPreview.Match.values().length];
    private String format = "unknown";
    private boolean reading = true;
    /** The sheet picks the row to show until the reader picks one. */
    private boolean autoSelect = true;
    private boolean selecting;

    /**
     * An empty preview of {@code source}, filled by {@link #append} as the listing is read. {@code onImport}
     * receives the rows and which of them the reader kept; {@code onCancel} closes (or stops the reading or
     * an import); the rows' checkboxes count into {@code included}.
     */
    public ImportPreviewSheet(KeyBindings keys, String source, List<String> skipped, IntegerProperty included,
                              Consumer<Chosen> onImport, Runnable onCancel) {
        this.keys = keys;
        this.source = source;
        this.onImport = onImport;
        this.onCancel = onCancel;
        this.included = included;
        root.setId("import-preview");
        root.getStyleClass().add("preview-backdrop");

        Label heading = new Label("Import from " + source);
        heading.getStyleClass().add("preview-title");
        summary.setId("preview-summary");
        summary.getStyleClass().add("preview-summary");
        summary.setWrapText(true);

        table.setId("preview-table");
        table.setFixedCellSize(34); // rows of one height: layout never measures the rows of a long preview
        table.setEditable(true);
        TableColumn<PreviewRow, Boolean> include = new TableColumn<>("");
        include.setCellValueFactory(c -> c.getValue().includeProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(36);
        include.setMinWidth(36);
        include.setMaxWidth(36);
        table.getColumns().add(include);
        table.getColumns().add(PreviewColumns.text("Title", 300, r -> r.titleProperty()));
        table.getColumns().add(PreviewColumns.text("Abstract", 300, r -> Bindings.createStringBinding(
                () -> PreviewColumns.start(r.abstractProperty().get()), r.abstractProperty())));
        table.getColumns().add(PreviewColumns.plain("Authors", 78, r -> r.authors() == null ? "" : r.authors().toString()));
        table.getColumns().add(PreviewColumns.plain("Date", 108, r -> PublishedDate.BRIEF.of(r.published())));
        table.getColumns().add(PreviewColumns.plain("Upvotes", 82, r -> r.upvotes() == null ? "–" : r.upvotes().toString()));
        table.getColumns().add(PreviewColumns.library(112));
        table.getColumns().forEach(c -> c.setSortable(false));
        // the short columns never get narrower than their width; the title and the abstract give way, so the sheet
        // fits a 1024 px window without a sideways scroll bar
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                // pseudo-classes: a row reused for another paper switches state, its styles are not looked up again
                pseudoClassStateChanged(UNCERTAIN, !empty && item != null && item.uncertain());
                pseudoClassStateChanged(KNOWN, !empty && item != null && item.match() != ImportPreview.Match.NEW);
            }
        });
        table.setPlaceholder(new Label("Reading " + source + "…"));
        table.setItems(rows);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!selecting) autoSelect = false; // the reader chose a row: the sheet no longer moves it
            showSplit(now);
        });

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
        splitChange.getStyleClass().add("split-change");
        splitChange.setId("split-change");
        split.getChildren().setAll(splitTitle, splitAbstract, splitChange);
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
        legend.setId("uncertain-legend");
        legend.textProperty().bind(Bindings.createStringBinding(() -> PreviewColumns.legend(uncertainLeft.get()), uncertainLeft));
        legend.getStyleClass().add("muted");
        uncertainLeft.addListener((o, was, now) -> {
            // a warning while splits are left to check, muted once there are none
            legend.getStyleClass().setAll("label", now.longValue() == 0 ? "muted" : "uncertain-legend");
        });

        VBox body = new VBox(10, table, legend, boundary, split);
        problems = new PreviewProblems(body, skipped);

        importButton.setId("import-button");
        importButton.setDefaultButton(true);
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> confirm());
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
        hint.setWrapText(true); // on a narrow window the keys take two lines rather than lose their words
        HBox buttons = SheetCard.bar(hint, progressLabel, progress, cancelButton, importButton);

        SheetCard.place(root, body, buttons, 1180, 820, heading, summary);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Adds a batch the reading gave (on the FX thread): its rows, the counts, its unreadable lines. */
    void append(StreamedPreview.Batch batch) {
        format = batch.format();
        int kept = 0;
        ReviewMarks.Change marked = marks.add(batch.rows());
        int firstUncertain = -1;
        for (PreviewRow r : batch.rows()) {
            counts[r.match().ordinal()]++;
            if (r.included()) kept++;
            if (r.uncertain() && firstUncertain < 0) firstUncertain = r.index();
        }
        boolean first = rows.isEmpty();
        rows.addAll(batch.rows());
        if (marked.earlierRows()) table.refresh();
        included.set(included.get() + kept);
        uncertainLeft.set(uncertainLeft.get() + marked.uncertain());
        problems.add(batch.diagnostics());
        if (autoSelect && !rows.isEmpty()) {
            PreviewRow at = table.getSelectionModel().getSelectedItem();
            // the sheet opens on the first uncertain split, and on the first row until one is read
            if (firstUncertain >= 0 && (at == null || !at.uncertain())) select(firstUncertain);
            else if (first && at == null) select(0);
        }
        summarize();
    }

    /** The listing is read to its end: the counts are final and Import can be pressed. */
    void finishReading() {
        reading = false;
        table.setPlaceholder(new Label("No paper could be read from this listing."));
        summarize();
        updateImportLabel();
    }

    private void select(int i) {
        selecting = true;
        try {
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 3));
        } finally {
            selecting = false;
        }
    }

    private void summarize() {
        summary.setText(PreviewColumns.summary(rows.size(), format, counts, problems.unreadable(), reading));
    }

    /** True once the listing is read to its end and every row is in the table. */
    public boolean filled() {
        return !reading;
    }

    /** True while the listing is still being read. */
    public boolean reading() {
        return reading;
    }

    private void key(KeyEvent e) {
        boolean earlier = keys.matches(Keymap.SPLIT_EARLIER, e);
        if (keys.matches(Keymap.CLOSE_SHEET, e)) {
            onCancel.run();
            e.consume();
        } else if (keys.matches(Keymap.CONFIRM, e) && !importing) {
            // while the listing is read, Enter waits (a focused Cancel still cancels)
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
            splitChange.setText("");
            return;
        }
        splitTitle.setText(r.title());
        splitAbstract.setText("  |  " + PreviewColumns.start(r.abstractText()));
        splitChange.setText(r.change() == null ? "" : "\nLibrary: " + r.change());
    }

    private void confirm() {
        // Import waits for the whole listing (the reader sees what is kept) and has nothing to do with no paper
        if (importing || reading || included.get() == 0) return;
        List<PreviewRow> kept = List.copyOf(rows);
        boolean[] chosen = new boolean[kept.size()];
        for (int i = 0; i < chosen.length; i++) chosen[i] = kept.get(i).included();
        onImport.accept(new Chosen(kept, chosen, included.get()));
    }

    /** What the reader kept: the rows as they were when Import was pressed, which are included, how many. */
    public record Chosen(List<PreviewRow> rows, boolean[] included, int count) {
    }

    /** Switches to "importing": the table locks, a progress bar shows, Esc cancels the import. */
    public void setImporting(boolean on) {
        importing = on;
        // locked without setDisable, which restyles every visible cell of a large preview at once
        table.setMouseTransparent(on);
        table.setFocusTraversable(!on);
        importButton.setDisable(on || reading);
        progress.setVisible(on);
        progressLabel.setText(on ? "Importing…" : "");
        if (!on) updateImportLabel();
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

    /** What the import is called ("seed.txt", "pasted text"). */
    public String source() {
        return source;
    }

    /** The listing's format, as far as it is read. */
    public String format() {
        return format;
    }

    /** Focuses the table, so the keys work at once. */
    public void focus() {
        table.requestFocus();
    }

    /** The first line that could not be read, as the sheet lists it ("Line 3: no title"), or null. */
    public String firstProblem() {
        return problems.first();
    }

    private void updateImportLabel() {
        int n = included.get();
        boolean none = !reading && n == 0;
        importButton.setDisable(importing || reading || none);
        importButton.setText(none ? "Nothing to import" : (reading ? "Reading… " : "Import ") + Counted.of(n, "paper", "papers"));
        // a disabled button shows no tooltip: the reason is said beside it
        if (!importing) progressLabel.setText(!none ? "" : rows.isEmpty() ? "No paper could be read" + (problems.first() == null ? "" : ": the lines above say why")
                : "Every paper is left out: " + keys.display(Keymap.INCLUDE) + " includes one");
    }
}
