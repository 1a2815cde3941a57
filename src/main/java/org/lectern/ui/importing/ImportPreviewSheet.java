package org.lectern.ui.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
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

/**
 * The import preview, shown over the window: a row per parsed paper, every unreadable line, uncertain
 * splits marked with keys to move the boundary. Enter imports, Esc cancels (or cancels a running import).
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
            return new Rows(preview, rows, Math.max(first, 0), uncertain, included, ImportPreviewSheet.summary(preview));
        }
    }

    /** {@code onImport} receives the rows and which of them the reader kept; {@code onCancel} closes (or stops an import). */
    public ImportPreviewSheet(Rows prepared, List<String> skipped, Consumer<Chosen> onImport, Runnable onCancel) {
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
        table.getColumns().add(text("Title", 300, r -> r.titleProperty()));
        table.getColumns().add(text("Abstract", 300, r -> Bindings.createStringBinding(
                () -> start(r.abstractProperty().get()), r.abstractProperty())));
        table.getColumns().add(plain("Authors", 70, r -> r.parsed().authors() == null ? "" : r.parsed().authors().toString()));
        table.getColumns().add(plain("Date", 100, r -> r.parsed().published() == null ? "" : DATE.format(r.parsed().published())));
        table.getColumns().add(plain("Upvotes", 70, r -> r.parsed().upvotes() == null ? "–" : r.parsed().upvotes().toString()));
        table.getColumns().add(plain("Library", 90, PreviewRow::matchLabel));
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
        left.setTooltip(new Tooltip("Move the title's last word into the abstract (Alt+Left)"));
        left.setOnAction(e -> move(true));
        Button right = new Button("Word to title ▶");
        right.setTooltip(new Tooltip("Move the abstract's first word into the title (Alt+Right)"));
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
        HBox boundary = new HBox(8, boundaryHint, left, right);
        boundary.setAlignment(Pos.CENTER_LEFT);
        long uncertain = prepared.uncertain();
        Label legend = new Label(uncertain == 0 ? "Every title/abstract split looks certain."
                : uncertain + " uncertain " + (uncertain == 1 ? "split is" : "splits are") + " highlighted: check them.");
        legend.getStyleClass().add(uncertain == 0 ? "muted" : "uncertain-legend");

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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label keys = new Label("Enter imports · Esc cancels · Space includes/excludes · Alt+←/→ moves the boundary");
        keys.getStyleClass().add("muted");
        HBox buttons = new HBox(10, keys, gap, progressLabel, progress, cancelButton, importButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane card = new BorderPane(body);
        card.setTop(new VBox(4, heading, summary));
        card.setBottom(buttons);
        BorderPane.setMargin(body, new Insets(14, 0, 14, 0));
        card.getStyleClass().add("preview-card");
        card.setMaxSize(1180, 820);
        card.setPadding(new Insets(20));
        root.getChildren().add(card);
        StackPane.setMargin(card, new Insets(30));

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
        if (e.getCode() == KeyCode.ESCAPE) {
            onCancel.run();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !importing) {
            if (e.getTarget() == cancelButton) onCancel.run(); // Enter on a focused Cancel means cancel
            else confirm();
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            move(e.getCode() == KeyCode.LEFT);
            e.consume();
        } else if (e.getCode() == KeyCode.SPACE && e.getTarget() == table && !importing) {
            PreviewRow r = table.getSelectionModel().getSelectedItem();
            if (r != null) r.includeProperty().set(!r.included());
            e.consume();
        }
    }

    private void move(boolean left) {
        PreviewRow r = table.getSelectionModel().getSelectedItem();
        if (r == null || importing) return;
        if (left) r.moveLeft();
        else r.moveRight();
        table.refresh();
        showSplit(r);
    }

    private void showSplit(PreviewRow r) {
        if (r == null) {
            splitTitle.setText("");
            splitAbstract.setText("");
            return;
        }
        splitTitle.setText(r.title());
        splitAbstract.setText("  |  " + start(r.abstractText()));
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

    private static String summary(ImportPreview p) {
        int total = p.items().size();
        StringBuilder s = new StringBuilder();
        s.append(total).append(total == 1 ? " paper read" : " papers read").append(" (").append(p.format()).append("): ");
        s.append(p.count(ImportPreview.Match.NEW)).append(" new, ");
        s.append(p.count(ImportPreview.Match.UNCHANGED)).append(" unchanged, ");
        s.append(p.count(ImportPreview.Match.UPDATED)).append(" updated");
        long repeated = p.count(ImportPreview.Match.REPEATED);
        if (repeated > 0) s.append(", ").append(repeated).append(" repeated");
        if (!p.diagnostics().isEmpty()) {
            s.append(" · ").append(p.diagnostics().size()).append(p.diagnostics().size() == 1 ? " unreadable line" : " unreadable lines");
        }
        return s.toString();
    }

    private static String start(String text) {
        if (text == null) return "";
        return text.length() <= 160 ? text : text.substring(0, 160).strip() + "…";
    }

    private static TableColumn<PreviewRow, String> text(String name, double width,
                                                        Function<PreviewRow, ObservableValue<String>> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private static TableColumn<PreviewRow, String> plain(String name, double width, Function<PreviewRow, String> value) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }
}
