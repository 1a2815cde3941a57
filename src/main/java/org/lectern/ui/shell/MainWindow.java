package org.lectern.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.HostServices;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.lectern.edit.FamilyChange;
import org.lectern.edit.UndoJournal;
import org.lectern.lookup.ArxivSettings;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.Background;
import org.lectern.ui.StartupTrace;
import org.lectern.ui.WindowState;
import org.lectern.ui.duplicates.DuplicatesFlow;
import org.lectern.ui.families.FamiliesUi;
import org.lectern.ui.importing.ImportFlow;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.lookup.LookupFlow;
import org.lectern.ui.queue.QueueHeader;
import org.lectern.ui.table.PaperTable;
import org.lectern.ui.theme.Stylesheets;
import org.lectern.ui.theme.Theme;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Notices;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.StatusBar;
import org.lectern.ui.window.WindowParts;

/**
 * The main window: menu and search on top, sidebar | table | detail in the middle, status bar below,
 * the drop target and the sheets over everything. It lays out and wires the parts; what the window
 * shows is {@link LibraryView}'s, every change goes through {@link Changes}.
 */
public final class MainWindow {
    private final Library library;
    private final Background background;
    private final WindowState state;
    private final KeyBindings keys;
    private final KeyDispatcher dispatcher;
    private final Zoom.Root root = new Zoom.Root();
    private final BorderPane main = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final StatusBar status;
    private final Changes changes;
    private final LibraryView view;
    private final Overlays overlays;
    private final ImportFlow imports;
    private final WindowFlows.Base flowsFrom;
    /** The detail, flows, keys and menus: made after the first rows (null until then). */
    private WindowFlows flows;
    private final Zoom zoom;
    private final LateParts late = new LateParts();
    private Scene scene;
    private Stage stage;
    private HostServices hostServices;
    private Theme theme;
    /** Reloads the window when another process changes the library. */
    private LibraryWatcher watcher;

    /**
     * A window on the library of {@code services}, its changes kept in {@code journal}; its first rows are
     * read from here on, in the background. It may be made on any thread: none of it is in a shown scene
     * until {@link #install}, on the FX thread, and what the FX thread does with the first page waits for that.
     */
    public MainWindow(LibraryServices services, UndoJournal journal, Background background) {
        this(services, journal, background, ArxivSettings::fromEnvironment);
    }

    /** As above, asking arXiv (or the server {@code arxiv} names) as the command line does. */
    public MainWindow(LibraryServices services, UndoJournal journal, Background background, Supplier<ArxivSettings> arxiv) {
        this.library = services.library();
        this.background = background;
        this.state = WindowState.forLibrary(library.file());
        this.theme = WindowFrame.theme(state);
        this.keys = KeyBindings.forLibrary(library.file());
        this.dispatcher = new KeyDispatcher(keys, this::keysApply);
        status = new StatusBar(background);
        background.setDefaultFailure(e -> status.fail("Something went wrong: " + StatusBar.reason(e)));
        changes = new Changes(journal, background, status, this::focusOwner);
        view = new LibraryView(keys, services.papers(), services.families(), background, status, new QueueHeader(keys));
        changes.onChanged(view::afterChange, view::refreshAll);
        StartupTrace.mark("window: library view built");
        view.table().restoreLayout(state); // columns and sort as left, before the first rows are read

        root.getChildren().add(main);
        Notices notices = new Notices(root, main);
        overlays = new Overlays(root, keys, view::focusTable);
        imports = new ImportFlow(services, background, changes, view, overlays, status, notices);
        ListingDrops drops = new ListingDrops(imports, this::focusOwner);
        root.getChildren().add(drops.target());
        drops.install(root);

        WindowParts parts = new WindowParts(background, changes, view, overlays, status);
        flowsFrom = new WindowFlows.Base(services, parts, notices, imports, drops, keys, dispatcher, state, arxiv,
                () -> hostServices, () -> stage, this::focusOwner);
        zoom = new Zoom(root, dispatcher);
        zoom.restore(state);
        view.sidebar().setPaperDrop((family, paperId) -> addToFamily(family.label(), paperId));
        MenuKey.install(dispatcher, () -> scene);
        layout();
        if (!keys.problems().isEmpty()) status.fail(String.join("; ", keys.problems()));
        // the first page is read in the background while the window is styled; last, so that what the FX
        // thread does with it never meets a window still being made on another thread
        view.readFirst(Zoom.rowsThatFit(PaperTable.ROW_HEIGHT));
        view.afterFirstRows(late::bringIn); // with the flows, made then: after the sidebar's read is asked for
    }

    private void layout() {
        VBox tableArea = new VBox(view.queueHeader().view(), view.table().view());
        VBox.setVgrow(view.table().view(), Priority.ALWAYS);
        StackPane sidebar = new StackPane();
        StackPane details = new StackPane();
        late.hold(view.sidebar().view(), n -> sidebar.getChildren().setAll(n), "sidebar");
        late.hold("detail", () -> flows().detail.view(), n -> details.getChildren().setAll(n), "detail");
        split.getItems().addAll(sidebar, tableArea, details);
        split.setDividerPositions(state.get("divider.sidebar", WindowFrame.sidebarShare(WindowFrame.width(state))), state.get("divider.detail", 0.675));
        SplitPane.setResizableWithParent(sidebar, false);
        // the detail gives way with the table when the window narrows, so the table keeps room for its columns
        SplitPane.setResizableWithParent(details, true);
        split.setId("main-split");

        HBox searchBar = new HBox();
        HBox.setHgrow(view.search().view(), Priority.ALWAYS);
        searchBar.getStyleClass().add("search-bar");
        searchBar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(new Region(), searchBar);
        late.hold("menu-bar", () -> flows().menus.bar(() -> stage, this::quit, dark -> setTheme(dark ? Theme.DARK : Theme.LIGHT),
                () -> theme == Theme.DARK), n -> top.getChildren().set(0, n), "menu-bar", "menu-bar-place");
        late.hold(view.search().view(), n -> searchBar.getChildren().setAll(n), "search-field");
        main.setTop(top);
        main.setCenter(split);
        late.hold("status-bar", status::view, main::setBottom, "status-bar", "status-bar-place");

        root.getStyleClass().add("lectern");
        late.install(root); // before the dispatcher: a key brings the parts in before its action runs
        dispatcher.install(root);
        root.getStylesheets().add(Stylesheets.of(MainWindow.class, "/org/lectern/ui/reading.css"));
    }

    /** Puts the window in {@code stage} where it was last left; the library's first rows follow as they are read. */
    public void install(Stage stage, HostServices hostServices) {
        this.stage = stage;
        this.hostServices = hostServices;
        scene = new Scene(root, WindowFrame.width(state), WindowFrame.height(state));
        StartupTrace.mark("window: scene made");
        theme.apply(scene);
        StartupTrace.mark("window: theme applied");
        stage.setScene(scene);
        view.showFirstPageIfRead(); // read meanwhile, most often: then no frame is drawn without the rows
        EarlyInput.on(stage).handTo(root); // what was pressed before the window could take it
        WindowFrame.place(stage, state, library.file());
        stage.setOnCloseRequest(e -> saveState());
        watcher = new LibraryWatcher(library, view::refreshAll, 2000);
        // decoding and scaling seven PNGs took the FX thread tens of milliseconds before the first frame:
        // they are read in the background once the first rows are laid out, and the window manager takes them late
        view.afterFirstRows(() -> background.run(null, MainWindow::icons, stage.getIcons()::addAll));
        view.afterFirstRows(() -> flows().backups.daily());
    }

    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("/org/lectern/ui/icons/lectern-" + size + ".png");
            if (icon != null) icons.add(new Image(icon.toExternalForm()));
        }
        return icons;
    }

    /** Reloads everything shown, e.g. after another process changed the library through this window's process. */
    public void refreshAll() {
        view.refreshAll();
    }

    /** Saves the pending note and the layout; call before the library closes. */
    public void close() {
        if (watcher != null) watcher.close();
        if (flows != null) {
            flows.lookups.close();
            flows.detail.flushNote();
        }
        saveState();
    }

    private void quit() {
        if (stage == null) return;
        close();
        stage.close();
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
        zoom.save(state);
        view.table().saveLayout(state);
        state.save();
    }

    private void setTheme(Theme t) {
        theme = t;
        if (flows != null) flows.menus.showDark(t == Theme.DARK);
        if (scene != null) t.apply(scene);
    }

    /** Puts a paper in the family named {@code family} (a row dropped on the sidebar); undoable. */
    public void addToFamily(String family, long paperId) {
        background.run(null, () -> view.families().byName(family), found -> found.ifPresent(f ->
                changes.perform(FamilyChange.add(view.families(), paperId, f.id(), f.name()), Keep.SELECTION)));
    }

    private Node focusOwner() {
        return scene == null ? null : scene.getFocusOwner();
    }

    /** True when the window's keys apply: the focus is in the window itself, not in a sheet over it. */
    private boolean keysApply(Node focus) {
        if (overlays.isOpen() || imports.sheet() != null) return false;
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == main) return true;
        }
        return focus == null || focus == root;
    }

    public Node root() {
        return root;
    }

    public Theme theme() {
        return theme;
    }

    /** The window's parts, for the screenshot tool and the tests. */
    public Parts parts() {
        WindowFlows f = flows();
        return new Parts(view, changes, overlays, status, imports, f.families, f.backups, f.noteHistory, f.exports, f.reading, keys,
                f.duplicates, f.lookups);
    }

    /** The window's flows, made now if the first rows have not made them yet. */
    private WindowFlows flows() {
        if (flows == null) {
            if (!javafx.application.Platform.isFxApplicationThread()) throw new IllegalStateException("the window's flows are made on the FX thread");
            flows = new WindowFlows(flowsFrom);
            flows.menus.showDark(theme == Theme.DARK);
        }
        return flows;
    }

    /** Whether the detail, flows and menus are made yet (they are after the first rows, or a key before them). */
    public boolean flowsMade() {
        return flows != null;
    }

    /** Every part of the window a test or tool may drive. */
    public record Parts(LibraryView view, Changes changes, Overlays overlays, StatusBar status, ImportFlow imports,
                        FamiliesUi families, BackupFlow backups, NoteHistoryFlow noteHistory, ExportFlow exports,
                        ReadingKeys reading, KeyBindings keys, DuplicatesFlow duplicates, LookupFlow lookups) {
    }
}
