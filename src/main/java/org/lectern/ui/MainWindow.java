package org.lectern.ui;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.lectern.edit.Change;
import org.lectern.edit.ImportChange;
import org.lectern.edit.NoteChange;
import org.lectern.edit.QueueChange;
import org.lectern.edit.StatusChange;
import org.lectern.edit.TagChange;
import org.lectern.edit.UndoJournal;
import org.lectern.export.ExportFormat;
import org.lectern.library.Family;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Backups;
import org.lectern.store.LibraryFiles;
import org.lectern.store.Families;
import org.lectern.store.ImportOutcome;
import org.lectern.store.Importer;
import org.lectern.store.Organizer;
import org.lectern.store.Library;
import org.lectern.store.Papers;
import org.lectern.ui.backup.BackupEntry;
import org.lectern.ui.backup.RestoreSheet;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.importing.DroppedListing;
import org.lectern.ui.importing.ImportFlow;
import org.lectern.ui.importing.ImportPreviewSheet;
import org.lectern.ui.importing.ImportRequest;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.queue.QueueHeader;
import org.lectern.ui.notes.NoteHistorySheet;
import org.lectern.ui.sidebar.Sidebar;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.sidebar.SidebarModel;
import org.lectern.ui.search.SearchField;
import org.lectern.ui.table.PagedRows;
import org.lectern.ui.table.PaperTable;
import org.lectern.ui.theme.Theme;

/**
 * The main window: menu and search on top, sidebar | table | detail in the middle, status bar below,
 * and the drop target and import preview over everything. It owns no data: every read and change goes
 * to the library through {@link Background}, every change through the {@link UndoJournal}.
 */
public final class MainWindow {
    private final Library library;
    private final Papers papers;
    private final Families families;
    private final Importer importer;
    private final Background background;
    private final UndoJournal journal = new UndoJournal();
    private final ImportFlow imports;
    private final WindowState state;
    private HostServices hostServices;
    private final KeyBindings keys;
    private final KeyDispatcher dispatcher;
    private final ReadingKeys reading;
    private final QueueHeader queueHeader;

    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final NotificationPane notifications;
    private final SplitPane split = new SplitPane();
    private final Sidebar sidebar;
    private final PaperTable table;
    private final DetailPane detail;
    private final SearchField search;
    private final FamiliesUi familyUi;
    private final Label counts = new Label();
    private final Label message = new Label();
    private final Label showing = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label activity = new Label();
    private final StackPane dropTarget = new StackPane();
    private final PauseTransition notificationLinger = new PauseTransition(Duration.seconds(12));
    private final MenuItem undoItem = new MenuItem("Undo");
    private final MenuItem redoItem = new MenuItem("Redo");
    private final CheckMenuItem darkItem = new CheckMenuItem(Keymap.TOGGLE_THEME.description());
    private final Node emptyLibrary;
    private final Node noMatch;
    private Scene scene;
    private Stage stage;
    private Theme theme;
    private RestoreSheet restoreSheet;
    private NoteHistorySheet historySheet;

    private PaperFilter filter = PaperFilter.all();
    private Papers.Sort sort;
    private boolean descending;
    private int tableGeneration;
    private int detailGeneration;
    private boolean libraryEmpty = true;
    private Map<String, String> familyColors = Map.of();
    private long lastLoadMillis = -1;

    /** A window on {@code library}; nothing is read until {@link #install} or {@link #refreshAll}. */
    public MainWindow(Library library, Background background) {
        this.library = library;
        this.papers = new Papers(library);
        this.families = new Families(library);
        this.importer = new Importer(library);
        this.background = background;
        this.state = WindowState.forLibrary(library.file());
        this.theme = Theme.parse(state.get("theme", "light"));
        background.setDefaultFailure(e -> say("Something went wrong: " + reason(e)));
        imports = new ImportFlow(importer, new Organizer(library), background, journal, new ImportHost(), library.file());

        sidebar = new Sidebar(this::sidebarSelected);
        table = new PaperTable(this::sortChanged);
        detail = new DetailPane(new DetailActions(), this::focusTable);
        search = new SearchField(this::searchChanged, () -> focusTable());
        familyUi = new FamiliesUi(library, background, journal, new FamiliesHost());
        sidebar.setFamilyMenu(e -> familyUi.menuFor(e, sidebar.view().getItems().stream()
                .filter(x -> x instanceof SidebarEntry.FamilyEntry).map(SidebarEntry::label).toList()));
        sidebar.setPaperDrop((family, paperId) -> addToFamily(family.label(), paperId));
        sidebar.setFamiliesAction(familyUi::suggest);
        detail.setFamilyExtras(familyUi.suggestionStrip());

        emptyLibrary = emptyState("Drop a listing here, or press Ctrl+V",
                "A Hugging Face papers list, a block listing, BibTeX, RIS or arXiv ids. Ctrl+O opens a file.");
        noMatch = emptyState("No papers here", "Nothing in this view matches. Clear the search with Esc.");
        table.view().setPlaceholder(emptyLibrary);
        table.setContextMenus(this::rowMenu);
        table.view().getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> selectionChanged(now.intValue()));
        keys = KeyBindings.forLibrary(library.file());
        dispatcher = new KeyDispatcher(keys, this::keysApply);
        reading = new ReadingKeys(this, dispatcher);

        queueHeader = new QueueHeader(keys);
        VBox tableArea = new VBox(queueHeader.view(), table.view());
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        split.getItems().addAll(sidebar.view(), tableArea, detail.view());
        split.setDividerPositions(state.get("divider.sidebar", 0.165), state.get("divider.detail", 0.675));
        SplitPane.setResizableWithParent(sidebar.view(), false);
        SplitPane.setResizableWithParent(detail.view(), false);
        split.setId("main-split");

        HBox searchBar = new HBox(search.view());
        HBox.setHgrow(search.view(), Priority.ALWAYS);
        searchBar.getStyleClass().add("search-bar");
        searchBar.setAlignment(Pos.CENTER_LEFT);
        main.setTop(new VBox(menuBar(), searchBar));
        main.setCenter(split);
        main.setBottom(statusBar());

        notifications = new NotificationPane(main);
        notifications.setShowFromTop(false);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        notifications.setId("notifications");

        Label dropLabel = new Label("Drop to preview the import");
        dropLabel.getStyleClass().add("drop-label");
        Label dropHint = new Label("Nothing is added until you confirm");
        dropHint.getStyleClass().add("drop-hint");
        VBox dropBox = new VBox(8, dropLabel, dropHint);
        dropBox.setAlignment(Pos.CENTER);
        dropBox.getStyleClass().add("drop-box");
        dropBox.setMouseTransparent(true);
        dropTarget.getChildren().add(dropBox);
        dropTarget.getStyleClass().add("drop-target");
        dropTarget.setId("drop-target");
        dropTarget.setVisible(false);
        dropTarget.setMouseTransparent(true);

        root.getChildren().addAll(notifications, dropTarget);
        root.getStyleClass().add("lectern");
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> dropTarget.setVisible(false));
        root.setOnDragDropped(this::dragDropped);
        dispatcher.install(root);
        root.getStylesheets().add(MainWindow.class.getResource("reading.css").toExternalForm());
        if (!keys.problems().isEmpty()) say(String.join("; ", keys.problems()));

        progress.visibleProperty().bind(background.runningProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        activity.textProperty().bind(background.activityProperty());
        updateUndoMenu();
    }

    // ---------------------------------------------------------------- window

    /** Reloads the window when another process changes the library. */
    private LibraryWatcher watcher;
    private boolean listFocusedOnce;

    /** Puts the window in {@code stage} where it was last left, and starts loading the library. */
    public void install(Stage stage, HostServices hostServices) {
        this.stage = stage;
        this.hostServices = hostServices;
        // never larger than the screen: a layout saved on a bigger monitor must still fit
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(state.get("width", 1320), screen.getWidth()),
                Math.min(state.get("height", 820), screen.getHeight()));
        theme.apply(scene);
        darkItem.setSelected(theme == Theme.DARK);
        stage.setScene(scene);
        stage.setTitle("Lectern — " + library.file().getFileName());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        if (state.has("x") && onSomeScreen(state.get("x", 0), state.get("y", 0))) {
            stage.setX(state.get("x", 0));
            stage.setY(state.get("y", 0));
        }
        stage.setMaximized(Boolean.parseBoolean(state.get("maximized", "false")));
        stage.setOnCloseRequest(e -> saveState());
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("icons/lectern-" + size + ".png");
            if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        watcher = new LibraryWatcher(library, this::refreshAll, 2000);
        refreshAll();
        background.run(null, () -> {
            Backups.daily(library);
            return null;
        }, ok -> { }, e -> say("The daily backup could not be made: " + reason(e)));
    }

    private static boolean onSomeScreen(double x, double y) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x + 20, y + 20, 40, 40)).isEmpty();
    }

    /** Saves the pending note and the layout; call before the library closes. */
    public void close() {
        if (watcher != null) watcher.close();
        detail.flushNote();
        saveState();
    }

    private void saveState() {
        if (stage != null) {
            state.put("maximized", Boolean.toString(stage.isMaximized()));
            if (!stage.isMaximized()) {
                state.put("x", stage.getX());
                state.put("y", stage.getY());
                state.put("width", stage.getWidth());
                state.put("height", stage.getHeight());
            }
        }
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            state.put("divider.sidebar", d[0]);
            state.put("divider.detail", d[1]);
        }
        state.put("theme", theme.name().toLowerCase());
        state.save();
    }

    public Node root() {
        return root;
    }

    // ---------------------------------------------------------------- loading

    /** Reloads the table, sidebar, counts and suggestions from the library. */
    public void refreshAll() {
        reloadTable(selectedId());
        reloadSidebar();
    }

    private void reloadSidebar() {
        background.run("Reading the library", () -> SidebarData.read(papers, families), this::showSidebar);
    }

    private void showSidebar(SidebarData data) {
        sidebar.setEntries(data.entries);
        Map<String, String> colors = new HashMap<>();
        for (Family f : data.families) colors.put(f.name(), f.color());
        familyColors = colors;
        table.setFamilyColors(colors);
        detail.setTagSuggestions(data.tags);
        int all = 0;
        int queue = 0;
        int read = 0;
        for (SidebarEntry e : data.entries) {
            if (e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.ALL) all = v.count();
            if (e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.QUEUE) queue = v.count();
            if (e instanceof SidebarEntry.StatusEntry s && s.status() == Status.READ) read = s.count();
        }
        libraryEmpty = all == 0;
        counts.setText(all + (all == 1 ? " paper" : " papers") + "  ·  " + queue + " in the queue  ·  " + read + " read");
        updatePlaceholder();
    }

    private record SidebarData(List<SidebarEntry> entries, List<Family> families, List<String> tags) {
        static SidebarData read(Papers papers, Families families) {
            return new SidebarData(SidebarModel.read(papers, families), families.list(),
                    papers.tags().stream().map(t -> t.name()).toList());
        }
    }

    /** For {@link #reloadTable}: keep whichever paper is selected when the rows arrive. */
    static final long FOLLOW_SELECTION = -2;

    private void reloadTable(long keepIdAsked) {
        int generation = ++tableGeneration;
        PaperFilter f = filter;
        Papers.Sort s = sort == null ? Papers.Sort.RELEVANCE : sort;
        boolean desc = sort == null ? f.view() != PaperFilter.View.QUEUE : descending;
        long started = System.nanoTime();
        background.run("Loading papers", () -> PagedRows.read(papers, f, s, desc), snap -> {
            if (generation != tableGeneration) return; // a newer view was asked for meanwhile
            lastLoadMillis = (System.nanoTime() - started) / 1_000_000;
            showTable(snap, keepIdAsked);
        });
    }

    private void showTable(PagedRows.Snapshot snap, long keepIdAsked) {
        long keepId = keepIdAsked == FOLLOW_SELECTION ? selectedRowId() : keepIdAsked;
        PagedRows rows = new PagedRows(papers, background, snap.filter(), snap.sort(), snap.descending(),
                snap.count(), snap.first());
        int index = keepId < 0 ? -1 : rows.indexOf(keepId);
        int before = table.view().getSelectionModel().getSelectedIndex();
        table.view().getSelectionModel().clearSelection();
        table.setRows(rows);
        if (index >= 0) {
            table.view().getSelectionModel().select(index);
        } else if (rows.size() > 0) {
            // the paper left this view (a status filter, say): its successor takes its place
            table.view().getSelectionModel().select(keepId >= 0 ? Math.min(Math.max(before, 0), rows.size() - 1) : 0);
        } else {
            detail.show(null, familyColors);
        }
        table.view().scrollTo(Math.max(0, table.view().getSelectionModel().getSelectedIndex() - 3));
        updatePlaceholder();
        showing.setText(viewDescription(snap.count()));
        showQueueHeader(snap);
        if (!listFocusedOnce && rows.size() > 0) {
            listFocusedOnce = true; // j and k work from the start, without a click
            if (!(scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) focusTable();
        }
        StartupTrace.firstRows(scene);
    }

    private void showQueueHeader(PagedRows.Snapshot snap) {
        boolean queue = snap.filter().view() == PaperFilter.View.QUEUE;
        queueHeader.setShown(queue);
        if (!queue) return;
        queueHeader.show(snap.first().isEmpty() ? null : snap.first().get(0), snap.count());
        background.run(null, () -> papers.readPerWeek(java.time.LocalDate.now(java.time.ZoneOffset.UTC), 8), queueHeader::showReadPerWeek);
    }

    /** The queue view's header: up next, the queue's keys, papers read per week. */
    public QueueHeader queueHeader() {
        return queueHeader;
    }

    private String viewDescription(int count) {
        String q = filter.search() == null || filter.search().isBlank() ? "" : " matching “" + filter.search() + "”";
        return "Showing " + count + (count == 1 ? " paper" : " papers") + q;
    }

    private void updatePlaceholder() {
        table.view().setPlaceholder(libraryEmpty ? emptyLibrary : noMatch);
    }

    /** Time the latest table view took to read its size and first page, in ms (-1 before any). */
    public long lastLoadMillis() {
        return lastLoadMillis;
    }

    /** The id of the selected table row (before its detail is read), else of the paper shown; -1 when none. */
    long selectedRowId() {
        PaperRow row = table.view().getSelectionModel().getSelectedItem();
        if (row != null && row.id() >= 0) return row.id();
        return selectedId();
    }

    private long selectedId() {
        if (detail.paper() != null) return detail.paper().id();
        return -1;
    }

    private PagedRows rows() {
        return table.view().getItems() instanceof PagedRows r ? r : null;
    }

    private void selectionChanged(int index) {
        PagedRows rows = rows();
        if (rows == null || index < 0) return;
        rows.whenLoaded(index, row -> {
            if (table.view().getSelectionModel().getSelectedIndex() == index && table.view().getItems() == rows) {
                loadDetail(row.id());
            }
        });
    }

    private void loadDetail(long id) {
        int generation = ++detailGeneration;
        long requestedAt = System.nanoTime(); // the background runs in order: this read sees every save sent before it
        background.run(null, () -> new DetailData(papers.get(id), papers.history(id)), d -> {
            if (generation != detailGeneration) return;
            detail.show(d.paper().orElse(null), familyColors, requestedAt);
            detail.setHistory(id, d.history());
            familyUi.showSuggestionsFor(d.paper().orElse(null));
        });
    }

    private record DetailData(java.util.Optional<Paper> paper, List<org.lectern.library.StatusChange> history) {
    }

    /** Shows the reading queue, in its order, with the list focused. */
    void showQueue() {
        sidebar.select(e -> e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.QUEUE);
        if (filter.view() != PaperFilter.View.QUEUE || sort != null) {
            filter = PaperFilter.all().withView(PaperFilter.View.QUEUE).withSearch(filter.search());
            sort = null;
            table.view().getSortOrder().clear();
            reloadTable(-1);
        }
        focusTable();
    }

    private void sidebarSelected(SidebarEntry entry) {
        PaperFilter f = entry.filter(search.query());
        if (f == null || f.equals(filter)) return;
        filter = f;
        reloadTable(-1);
    }

    private void searchChanged(String query) {
        filter = filter.withSearch(query.isBlank() ? null : query);
        // a search ranks by relevance until the reader picks a column again
        if (!query.isBlank()) {
            sort = null;
            table.view().getSortOrder().clear();
        }
        reloadTable(-1);
    }

    private void sortChanged(Papers.Sort s, boolean desc) {
        if (table == null || (s == sort && (s == null || desc == descending))) return; // set-up, or nothing new
        sort = s;
        descending = desc;
        if (table.view().getItems() instanceof PagedRows) reloadTable(selectedId());
    }

    // ---------------------------------------------------------------- changes

    /** Runs {@code change} through the journal, then shows its effect. */
    /** Puts a paper in the family named {@code family} (a row dropped on the sidebar); undoable. */
    public void addToFamily(String family, long paperId) {
        background.run(null, () -> families().byName(family), found -> found.ifPresent(f ->
                perform(org.lectern.edit.FamilyChange.add(families(), paperId, f.id(), f.name()), FOLLOW_SELECTION)));
    }

    void perform(Change change, long paperId) {
        background.run(change.description(), () -> {
            journal.perform(change);
            return null;
        }, ok -> {
            updateUndoMenu();
            afterChange(paperId);
        }, e -> say("Could not " + change.description().toLowerCase() + ": " + reason(e)));
    }

    private void afterChange(long paperId) {
        reloadTable(paperId >= 0 || paperId == FOLLOW_SELECTION ? paperId : selectedId());
        reloadSidebar();
    }

    public void undo() {
        if (textFocused() instanceof TextInputControl t) {
            t.undo();
            return;
        }
        background.run("Undoing", journal::undo, done -> {
            updateUndoMenu();
            say(done.map(c -> "Undone: " + c.description()).orElse("Nothing to undo"));
            if (done.isPresent()) refreshAll();
        }, e -> say("Could not undo: " + reason(e)));
    }

    public void redo() {
        if (textFocused() instanceof TextInputControl t) {
            t.redo();
            return;
        }
        background.run("Redoing", journal::redo, done -> {
            updateUndoMenu();
            say(done.map(c -> "Redone: " + c.description()).orElse("Nothing to redo"));
            if (done.isPresent()) refreshAll();
        }, e -> say("Could not redo: " + reason(e)));
    }

    private void updateUndoMenu() {
        background.run(null, () -> new String[] {journal.nextUndo().orElse(null), journal.nextRedo().orElse(null)}, next -> {
            undoItem.setText(next[0] == null ? "Undo" : "Undo " + next[0]);
            redoItem.setText(next[1] == null ? "Redo" : "Redo " + next[1]);
            undoItem.setDisable(next[0] == null);
            redoItem.setDisable(next[1] == null);
        });
    }

    private Node textFocused() {
        if (scene == null) return null;
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl ? focus : null;
    }

    private final class DetailActions implements DetailPane.Actions {
        @Override
        public void setStatus(long paperId, Status status) {
            perform(QueueChange.status(papers, paperId, status), paperId);
        }

        @Override
        public void addTag(long paperId, String tag) {
            perform(TagChange.add(papers, paperId, tag), paperId);
        }

        @Override
        public void removeTag(long paperId, String tag) {
            perform(TagChange.remove(papers, paperId, tag), paperId);
        }

        @Override
        public void saveNote(long paperId, String body) {
            // typing that follows typing in the same note grows one change, so undo takes it back whole
            background.run(null, () -> {
                if (journal.latest().orElse(null) instanceof NoteChange n && n.paperId() == paperId) {
                    n.extend(body);
                } else {
                    String before = papers.get(paperId).map(Paper::note).orElse("");
                    if (!before.equals(body)) journal.perform(new NoteChange(papers, paperId, body));
                }
                return null;
            }, ok -> updateUndoMenu(), e -> say("The note could not be saved: " + reason(e)));
        }

        @Override
        public void showNoteHistory(long paperId) {
            MainWindow.this.showNoteHistory(paperId);
        }

        @Override
        public void openLink(String url) {
            if (hostServices != null) hostServices.showDocument(url);
            else say(url);
        }
    }

    // ---------------------------------------------------------------- import

    /** Pastes a listing from the clipboard (or text, when a text field has the focus). */
    public void paste() {
        if (textFocused() instanceof TextInputControl t) {
            t.paste();
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        imports.handle(DroppedListing.fromClipboard(cb.hasFiles() ? cb.getFiles() : List.of(), cb.hasString() ? cb.getString() : null));
    }

    /** What a drop does once the drag event is unwrapped. */
    private void drop(List<File> files, String text) {
        dropTarget.setVisible(false);
        imports.handle(DroppedListing.from(files, text, "dropped text"));
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (imports.sheet() == null && DroppedListing.acceptable(db.hasFiles() ? db.getFiles() : null, db.hasString() ? db.getString() : null)) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            dropTarget.setVisible(true);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        List<File> files = db.hasFiles() ? db.getFiles() : List.of();
        String text = db.hasString() ? db.getString() : null;
        e.setDropCompleted(DroppedListing.acceptable(files, text));
        e.consume();
        // let the drag source finish before the preview is read
        Platform.runLater(() -> drop(files, text));
    }

    /** The open import preview, or null. */
    public ImportPreviewSheet previewSheet() {
        return imports.sheet();
    }

    /** Reads, parses and matches {@code request} in the background, then shows the preview. */
    public void startImport(ImportRequest request, List<String> skipped) {
        imports.start(request, skipped);
    }

    /** What the window offers every feature that shows a sheet over it: overlays and the status line. */
    private abstract class WindowHost {
        public void showOverlay(Node overlay) {
            MainWindow.this.showOverlay(overlay);
        }

        public void hideOverlay(Node overlay) {
            MainWindow.this.hideOverlay(overlay);
        }

        public void say(String message) {
            MainWindow.this.say(message);
        }
    }

    private final class ImportHost extends WindowHost implements ImportFlow.Host {

        @Override
        public void imported(ImportChange change, ImportOutcome outcome) {
            updateUndoMenu();
            MainWindow.this.imported(change, outcome);
        }
    }

    private final class FamiliesHost extends WindowHost implements FamiliesUi.Host {

        @Override
        public void changed() {
            updateUndoMenu();
            refreshAll();
        }

        @Override
        public javafx.stage.Window owner() {
            return stage;
        }
    }

    /** The families controls: the proposals sheet, the sidebar's family menu, the suggestion chips. */
    public FamiliesUi familiesUi() {
        return familyUi;
    }

    private void imported(ImportChange change, ImportOutcome o) {
        String text = "Imported " + o.added() + " new " + (o.added() == 1 ? "paper" : "papers") + ", "
                + o.updated() + " updated, " + o.unchanged() + " unchanged"
                + (o.errors() > 0 ? ", " + o.errors() + " unreadable lines" : "");
        say(text);
        notifications.getActions().setAll(new Action("Undo", a -> {
            notifications.hide();
            background.run("Undoing the import", () -> journal.undoIfLatest(change), undone -> {
                updateUndoMenu();
                say(undone ? "The import was undone" : "Undo the later changes first (Ctrl+Z)");
                if (undone) refreshAll();
            });
        }));
        notifications.show(text);
        // a later notice starts its own twelve seconds: the earlier one's timer must not hide it
        notificationLinger.setOnFinished(e -> notifications.hide());
        notificationLinger.playFromStart();
        // the new papers are the "Recently added" view: show them
        filter = PaperFilter.all().withView(PaperFilter.View.RECENT).withSearch(filter.search());
        sidebar.select(e -> e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.RECENT);
        refreshAll();
    }

    public void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a listing");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Listings", "*.txt", "*.md", "*.bib", "*.ris", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) imports.handle(DroppedListing.from(files, null, "file"));
    }

    // ---------------------------------------------------------------- backups and note history

    /** Writes a backup of the library now (the pending note first); the status bar says where. */
    public void backUpNow() {
        detail.flushNote();
        background.run("Backing up", () -> Backups.create(library, "manual"),
                file -> say("Backed up to " + file.toAbsolutePath()), e -> say("The backup failed: " + reason(e)));
    }

    /** Lists the backups over the window; the chosen one replaces the library after a confirmation. */
    public void showRestore() {
        if (restoreSheet != null) return;
        detail.flushNote();
        background.run("Listing backups", () -> BackupEntry.of(library.file()), backups -> {
            if (restoreSheet != null) return;
            restoreSheet = new RestoreSheet(backups, this::restoreFrom, this::closeRestore);
            root.getChildren().add(restoreSheet.view());
            restoreSheet.focus();
        }, e -> say("The backups could not be listed: " + reason(e)));
    }

    private void closeRestore() {
        if (restoreSheet == null) return;
        root.getChildren().remove(restoreSheet.view());
        restoreSheet = null;
        focusTable();
    }

    private void restoreFrom(BackupEntry backup) {
        closeRestore();
        detail.flushNote();
        background.run("Restoring from a backup", () -> {
            Path kept = Backups.restore(library, backup.file());
            journal.clear(); // the changes it remembers were made to a library that is gone
            return kept;
        }, kept -> {
            updateUndoMenu();
            say("Restored the library as it was on " + backup.when() + "; what it replaced is kept in " + kept.toAbsolutePath());
            refreshAll();
        }, e -> say("The restore failed, the library is as it was: " + reason(e)));
    }

    /** The open restore list, or null. */
    public RestoreSheet restoreSheet() {
        return restoreSheet;
    }

    /** Shows the earlier versions of a paper's note; restoring one is an undoable change. */
    public void showNoteHistory(long paperId) {
        if (historySheet != null) return;
        Paper shown = detail.paper();
        String title = shown != null && shown.id() == paperId ? shown.title() : "";
        background.run(null, () -> papers.noteRevisions(paperId), revisions -> {
            if (historySheet != null) return;
            historySheet = new NoteHistorySheet(title, revisions, r -> {
                closeNoteHistory();
                restoreNote(paperId, r.body());
            }, this::closeNoteHistory);
            root.getChildren().add(historySheet.view());
            historySheet.focus();
        }, e -> say("The note's history could not be read: " + reason(e)));
    }

    private void restoreNote(long paperId, String body) {
        NoteChange change = new NoteChange(papers, paperId, body, "Restore an earlier note");
        background.run(change.description(), () -> {
            journal.perform(change);
            return null;
        }, ok -> {
            updateUndoMenu();
            say("The earlier note is back; the one it replaced is in its history");
            loadDetail(paperId);
        }, e -> say("The note could not be restored: " + reason(e)));
    }

    private void closeNoteHistory() {
        if (historySheet == null) return;
        root.getChildren().remove(historySheet.view());
        historySheet = null;
        detail.noteEditor().requestFocus();
    }

    /** The open note history, or null. */
    public NoteHistorySheet noteHistory() {
        return historySheet;
    }

    // ---------------------------------------------------------------- export

    private void export(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the papers in view");
        chooser.setInitialFileName("lectern." + format.extension());
        File file = chooser.showSaveDialog(stage);
        if (file != null) exportTo(format, file.toPath());
    }

    /** Writes every paper of the current view to {@code file} in the background. */
    public void exportTo(ExportFormat format, Path file) {
        PaperFilter f = filter;
        background.run("Exporting", () -> {
            LibraryFiles.refuse(library.file(), file); // writing over the library outside SQLite would destroy it
            List<Paper> all = papers.all(f);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(all, w);
            }
            return all.size();
        }, n -> say("Exported " + n + (n == 1 ? " paper to " : " papers to ") + file.getFileName()),
                e -> say("The export failed: " + reason(e)));
    }

    // ---------------------------------------------------------------- menus and keys

    private MenuBar menuBar() {
        MenuItem importItem = item(Keymap.IMPORT_FILE, this::importFile);
        MenuItem pasteItem = item(Keymap.PASTE_LISTING, this::paste);
        Menu exportMenu = new Menu("Export the current view");
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem m = new MenuItem(switch (f) {
                case JSON -> "JSON…";
                case BIBTEX -> "BibTeX…";
                case MARKDOWN -> "Markdown…";
            });
            m.setOnAction(e -> export(f));
            exportMenu.getItems().add(m);
        }
        MenuItem quit = item(Keymap.QUIT, () -> {
            if (stage != null) {
                close();
                stage.close();
            }
        });
        MenuItem backUp = new MenuItem("Back up now");
        backUp.setOnAction(e -> backUpNow());
        MenuItem restore = new MenuItem("Restore from backup…");
        restore.setOnAction(e -> showRestore());
        Menu file = new Menu("_File", null, importItem, pasteItem, new SeparatorMenuItem(), exportMenu,
                new SeparatorMenuItem(), backUp, restore, new SeparatorMenuItem(), quit);

        undoItem.setAccelerator(keys.key(Keymap.UNDO));
        dispatcher.on(Keymap.UNDO, false, this::undo);
        undoItem.setOnAction(e -> undo());
        redoItem.setAccelerator(keys.key(Keymap.REDO));
        dispatcher.on(Keymap.REDO, false, this::redo);
        redoItem.setOnAction(e -> redo());
        MenuItem find = item(Keymap.FIND, search::focus);
        Menu edit = new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(), find);

        darkItem.setAccelerator(keys.key(Keymap.TOGGLE_THEME));
        dispatcher.on(Keymap.TOGGLE_THEME, false, () -> setTheme(theme == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        darkItem.setOnAction(e -> setTheme(darkItem.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu view = new Menu("_View", null, darkItem, new SeparatorMenuItem(),
                item(Keymap.FOCUS_SIDEBAR, () -> sidebar.view().requestFocus()),
                item(Keymap.FOCUS_LIST, this::focusTable),
                item(Keymap.FOCUS_DETAIL, () -> detail.noteEditor().requestFocus()));

        Menu paper = new Menu("_Paper");
        for (Status s : Status.values()) {
            MenuItem m = new MenuItem("Mark " + s.label());
            m.setOnAction(e -> withSelected(p -> detailActions().setStatus(p.id(), s)));
            paper.getItems().add(m);
        }
        MenuItem open = new MenuItem("Open on arXiv");
        open.setOnAction(e -> withSelected(this::openPaper));
        MenuItem suggestFamilies = new MenuItem("Suggest families…");
        suggestFamilies.setOnAction(e -> familyUi.suggest());
        paper.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), suggestFamilies);

        Menu help = new Menu("_Help");
        MenuItem cheat = new MenuItem("Keyboard shortcuts  (" + keys.display(Keymap.CHEAT_SHEET) + ")");
        cheat.setOnAction(e -> reading.showCheatSheet());
        MenuItem palette = new MenuItem(Keymap.PALETTE.description());
        palette.setAccelerator(keys.key(Keymap.PALETTE));
        palette.setOnAction(e -> reading.showPalette());
        help.getItems().addAll(cheat, palette);

        MenuBar bar = new MenuBar(file, edit, view, paper, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(Keymap key, Runnable action) {
        MenuItem m = new MenuItem(key.description());
        m.setAccelerator(keys.key(key));
        m.setOnAction(e -> action.run());
        dispatcher.on(key, false, action); // the accelerator fires it; the palette lists it
        return m;
    }

    private DetailPane.Actions detailActions() {
        return new DetailActions();
    }

    void openPaper(Paper p) {
        String url = p.arxivId() != null && !p.arxivId().isBlank() ? "https://arxiv.org/abs/" + p.arxivId()
                : p.url() != null && !p.url().isBlank() ? p.url()
                : "https://arxiv.org/search/?searchtype=title&query="
                        + java.net.URLEncoder.encode(p.title(), StandardCharsets.UTF_8);
        detailActions().openLink(url);
    }

    private void withSelected(Consumer<Paper> action) {
        Paper p = detail.paper();
        if (p != null) action.accept(p);
    }

    private ContextMenu rowMenu(Supplier<PaperRow> row) {
        ContextMenu menu = new ContextMenu();
        Menu status = new Menu("Status");
        for (Status s : Status.values()) {
            MenuItem m = new MenuItem(s.label());
            m.setOnAction(e -> {
                PaperRow r = row.get();
                if (r != null && r.id() >= 0) detailActions().setStatus(r.id(), s);
            });
            status.getItems().add(m);
        }
        MenuItem queue = new MenuItem("Add to the reading queue");
        queue.setOnAction(e -> {
            PaperRow r = row.get();
            if (r != null && r.id() >= 0) detailActions().setStatus(r.id(), Status.QUEUED);
        });
        MenuItem tag = new MenuItem("Add a tag…");
        tag.setOnAction(e -> detail.tagField().requestFocus());
        MenuItem open = new MenuItem("Open on arXiv");
        open.setOnAction(e -> {
            PaperRow r = row.get(); // the row clicked, which the detail pane may not show yet
            if (r != null && r.id() >= 0) background.run(null, () -> papers.get(r.id()), p -> p.ifPresent(this::openPaper));
        });
        menu.getItems().addAll(queue, status, tag, new SeparatorMenuItem(), open);
        return menu;
    }

    private void setTheme(Theme t) {
        theme = t;
        darkItem.setSelected(t == Theme.DARK);
        if (scene != null) t.apply(scene);
    }

    public Theme theme() {
        return theme;
    }

    // ---------------------------------------------------------------- status bar and helpers

    private Node statusBar() {
        counts.setId("counts");
        message.setId("message");
        showing.getStyleClass().add("muted");
        progress.setPrefWidth(120);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        activity.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        showing.setId("showing");
        HBox bar = new HBox(14, counts, showing, message, gap, activity, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    void say(String text) {
        message.setText(text);
    }

    private static Node emptyState(String title, String hint) {
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

    void focusTable() {
        table.view().requestFocus();
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** True when the window's keys apply: the focus is in the window itself, not in a sheet over it. */
    private boolean keysApply(Node focus) {
        if (root.getChildren().size() != 2 || imports.sheet() != null) return false; // an overlay is open
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == main) return true;
        }
        return focus == null || focus == root;
    }

    /** Shows {@code overlay} over the window (the cheat sheet, the palette, a picker). */
    void showOverlay(Node overlay) {
        root.getChildren().add(overlay);
    }

    /** Takes {@code overlay} away and gives the list the focus back. */
    void hideOverlay(Node overlay) {
        root.getChildren().remove(overlay);
        focusTable();
    }

    Papers papers() {
        return papers;
    }

    Families families() {
        return families;
    }

    Background background() {
        return background;
    }

    PaperTable paperTable() {
        return table;
    }

    /** The window's key bindings (defaults and the reader's keymap file). */
    public KeyBindings keys() {
        return keys;
    }

    /** The cheat sheet or palette open over the window, or null. */
    public ReadingKeys reading() {
        return reading;
    }

    // accessors for tests and the screenshot tool
    public TableView<PaperRow> table() {
        return table.view();
    }

    public DetailPane detail() {
        return detail;
    }

    public Sidebar sidebar() {
        return sidebar;
    }

    public SearchField search() {
        return search;
    }

    public UndoJournal journal() {
        return journal;
    }

    public Label message() {
        return message;
    }

    /** The status bar's "Showing N papers" line. */
    public Label showing() {
        return showing;
    }

    public Node dropTarget() {
        return dropTarget;
    }

    public PaperFilter filter() {
        return filter;
    }

    public void showDropTarget(boolean on) {
        dropTarget.setVisible(on);
    }
}
