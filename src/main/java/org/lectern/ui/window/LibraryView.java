package org.lectern.ui.window;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import org.lectern.library.Family;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.library.StatusChange;
import org.lectern.store.Families;
import org.lectern.store.Papers;
import org.lectern.store.SearchQuery;
import org.lectern.ui.Background;
import org.lectern.ui.PublishedDate;
import org.lectern.ui.StartupTrace;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.queue.QueueHeader;
import org.lectern.ui.search.SearchField;
import org.lectern.ui.sidebar.Sidebar;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.sidebar.SidebarModel;
import org.lectern.ui.table.PagedRows;
import org.lectern.ui.table.PaperTable;

/**
 * What the window shows and how: the filter and sort, the table's and sidebar's reloads (the latest
 * asked for wins), the selection and the detail of the selected paper.
 */
public final class LibraryView {
    private final Papers papers;
    private final Families families;
    private final Background background;
    private final StatusBar status;
    private final Sidebar sidebar;
    private final PaperTable table;
    private final SearchField search;
    private final QueueHeader queueHeader;
    private final Selection selection;
    private final EmptyStates empty = new EmptyStates();
    private DetailPane detail;
    private Consumer<Paper> detailShown = p -> { };

    private PaperFilter filter = PaperFilter.all();
    private Papers.Sort sort;
    private boolean descending;
    private int tableGeneration;
    private int detailGeneration;
    private boolean libraryEmpty = true;
    private boolean listFocusedOnce;
    private Map<String, String> familyColors = Map.of();
    private long lastLoadMillis = -1;
    private final FirstRows firstRows;
    private final EarlyPage firstPage = new EarlyPage();

    public LibraryView(KeyBindings keys, Papers papers, Families families, Background background, StatusBar status,
                       QueueHeader queueHeader) {
        this.papers = papers;
        this.families = families;
        this.background = background;
        this.status = status;
        this.queueHeader = queueHeader;
        this.firstRows = new FirstRows(background);
        sidebar = new Sidebar(this::sidebarSelected);
        table = new PaperTable(this::sortChanged);
        search = new SearchField(keys, this::searchChanged, this::focusTable);
        // blank until the first page says whether the library is empty: a full one never shows "Drop a listing here"
        table.view().setPlaceholder(new javafx.scene.layout.Region());
        table.view().getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> selectionChanged(now.intValue()));
        selection = new Selection(table.view(), status);
    }

    /** The papers selected in the table, for the keys that act on all of them. */
    public Selection selection() {
        return selection;
    }

    /** Shows the selected paper in {@code pane}; {@code shown} hears each paper shown (null: none). */
    public void showDetailIn(DetailPane pane, Consumer<Paper> shown) {
        this.detail = pane;
        this.detailShown = shown;
    }

    /**
     * Reads the first {@code rows} rows (a screenful), then the sidebar, in the background while the FX
     * thread builds the window; the rest of the first page once the first rows are laid out.
     */
    public void readFirst(int rows) {
        reloadTable(Keep.TOP, rows, true);
        reloadSidebar();
    }

    /**
     * The window is in its stage: shows the first page now if the background has read it, so that the first
     * frame drawn has the rows; call before the next pulse. Otherwise it shows when read. A page read before
     * this call waits for it (the window may be made on another thread, and nothing shows it meanwhile).
     */
    public void showFirstPageIfRead() {
        firstPage.install();
        // a stage not shown yet makes no skins (the split's parts are not in the scene): the page shows when read
        if (table.view().getScene() != null) firstPage.showIfRead();
    }

    /** Whether the first page is read and waits for the table to be in the window's scene. */
    public boolean firstPageWaiting() {
        return firstPage.waiting();
    }

    /** Reloads the table, sidebar and counts, keeping the paper shown selected. */
    public void refreshAll() {
        reloadTable(Keep.paper(shownId()));
        reloadSidebar();
    }

    /** After a change: reloads keeping {@code keep} (the paper shown when it is the top). */
    public void afterChange(Keep keep) {
        reloadTable(keep instanceof Keep.Top ? Keep.paper(shownId()) : keep);
        reloadSidebar();
    }

    private void reloadSidebar() {
        firstRows.then(() -> background.run("Reading the library", () -> SidebarData.read(papers, families), this::showSidebar));
    }

    private record SidebarData(List<SidebarEntry> entries, List<Family> families, List<String> tags) {
        static SidebarData read(Papers papers, Families families) {
            return new SidebarData(SidebarModel.read(papers, families), families.list(),
                    papers.tags().stream().map(t -> t.name()).toList());
        }
    }

    private void showSidebar(SidebarData data) {
        StartupTrace.once("sidebar shown");
        sidebar.setEntries(data.entries);
        Map<String, String> colors = new HashMap<>();
        for (Family f : data.families) colors.put(f.name(), f.color());
        familyColors = colors;
        table.setFamilyColors(colors);
        if (detail != null) detail.setTagSuggestions(data.tags);
        int all = 0, queue = 0, read = 0;
        for (SidebarEntry e : data.entries) {
            if (e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.ALL) all = v.count();
            if (e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.QUEUE) queue = v.count();
            if (e instanceof SidebarEntry.StatusEntry s && s.status() == Status.READ) read = s.count();
        }
        libraryEmpty = all == 0;
        status.counts().setText(all + (all == 1 ? " paper" : " papers") + "  ·  " + queue + " in the queue  ·  " + read + " read");
        updatePlaceholder();
    }

    private void reloadTable(Keep keep) {
        // a whole page: the paper to keep selected is looked for among its rows
        reloadTable(keep, PagedRows.PAGE, false);
    }

    private void reloadTable(Keep keep, int firstRead, boolean early) {
        int generation = ++tableGeneration;
        PaperFilter f = filter;
        Papers.Sort s = sort == null ? Papers.Sort.RELEVANCE : sort;
        boolean desc = sort == null ? f.view() != PaperFilter.View.QUEUE : descending;
        long started = System.nanoTime();
        background.run("Loading papers", () -> {
            PagedRows.Snapshot read = PagedRows.read(papers, f, s, desc, firstRead);
            StartupTrace.once("first page read in the background");
            if (early) {
                PublishedDate.readAhead(); // once, for the first rows' cells
                firstPage.read(() -> showRead(read, keep, generation, started, true));
            }
            return read;
        }, snap -> showRead(snap, keep, generation, started, early), e -> {
            firstRows.failed();
            if (e instanceof SearchQuery.Unreadable u && generation == tableGeneration) showUnreadable(f, u);
            else background.fail(e);
        });
    }

    private void showRead(PagedRows.Snapshot snap, Keep keep, int generation, long started, boolean early) {
        // shown already, as the scene was set; or not yet in the window, which shows it once it is
        if (early && (!firstPage.installed() || !firstPage.take())) return;
        if (generation != tableGeneration) return; // a newer view was asked for meanwhile
        lastLoadMillis = (System.nanoTime() - started) / 1_000_000;
        StartupTrace.once("first page read");
        showTable(snap, keep);
    }

    /** A search that cannot be read lists no paper: the table and the status bar say why. */
    private void showUnreadable(PaperFilter f, SearchQuery.Unreadable u) {
        table.setRows(new PagedRows(papers, background, f, Papers.Sort.ADDED, false, 0, List.of()));
        table.view().setPlaceholder(EmptyStates.of("This search cannot be read", u.getMessage()));
        status.showing().setText(u.getMessage());
        showNoPaper();
    }

    private void showTable(PagedRows.Snapshot snap, Keep keep) {
        long keepId = keep instanceof Keep.Paper p ? p.id() : keep instanceof Keep.Selection ? selectedRowId() : -1;
        PagedRows rows = new PagedRows(papers, background, snap.filter(), snap.sort(), snap.descending(),
                snap.count(), snap.first());
        TableView<PaperRow> view = table.view();
        int index = keepId < 0 ? -1 : rows.indexOf(keepId);
        int before = view.getSelectionModel().getSelectedIndex();
        List<Long> alsoSelected = selection.loadedIdsBut(keepId);
        view.getSelectionModel().clearSelection();
        table.setRows(rows);
        if (index >= 0) {
            selection.reselect(rows, alsoSelected, index);
        } else if (rows.size() > 0) {
            // the paper left this view (a status filter, say): its successor takes its place
            view.getSelectionModel().select(keepId >= 0 ? Math.min(Math.max(before, 0), rows.size() - 1) : 0);
        } else {
            showNoPaper();
        }
        view.scrollTo(Math.max(0, view.getSelectionModel().getSelectedIndex() - 3));
        updatePlaceholder();
        status.showing().setText(viewDescription(snap.count(), snap.more()));
        int generation = tableGeneration;
        boolean[] indexing = {false};
        if (snap.more()) {
            // a broad search showed its first rows with "1000+": the exact count follows, and the rows past it
            background.run(null, () -> papers.count(snap.filter()), exact -> {
                if (generation != tableGeneration || table.view().getItems() != rows) return;
                rows.grow(exact);
                status.showing().setText(viewDescription(exact, false) + (indexing[0] ? INDEXING : ""));
            });
        }
        if (snap.filter().search() != null) {
            // papers of a large import still waiting for the search index are not found yet: say so
            background.run(null, () -> {
                boolean now = papers.indexing();
                // once they are all in, the search is asked again: it finds them, and the note goes
                if (now) papers.whenIndexed(() -> Platform.runLater(() -> {
                    if (generation == tableGeneration) reloadTable(Keep.SELECTION);
                }));
                return now;
            }, now -> {
                if (!now || generation != tableGeneration) return;
                indexing[0] = true;
                status.showing().setText(status.showing().getText() + INDEXING);
            });
        }
        QueueShowing.show(queueHeader, papers, background, snap, () -> generation == tableGeneration);
        if (!listFocusedOnce && rows.size() > 0) {
            listFocusedOnce = true; // j and k work from the start, without a click
            if (!(view.getScene() != null && view.getScene().getFocusOwner() instanceof TextInputControl)) focusTable();
        }
        StartupTrace.firstRows(view.getScene());
        firstRows.rowsSet(view.getScene());
        firstRows.then(() -> {
            if (table.view().getItems() == rows) rows.readWholeFirstPage();
        });
    }

    private static final String INDEXING = "  ·  indexing…";

    /** Runs {@code work} once the window's first rows are laid out (at once after that): the window's own work. */
    public void afterFirstRows(Runnable work) {
        firstRows.then(work);
    }

    private String viewDescription(int count, boolean more) {
        String q = filter.search() == null || filter.search().isBlank() ? "" : " matching “" + filter.search() + "”";
        return "Showing " + count + (more ? "+ papers" : count == 1 ? " paper" : " papers") + q;
    }

    private void updatePlaceholder() {
        table.view().setPlaceholder(empty.forView(libraryEmpty));
    }

    /** The id of the selected table row (before its detail is read), else of the paper shown; -1 when none. */
    public long selectedRowId() {
        PaperRow row = table.view().getSelectionModel().getSelectedItem();
        if (row != null && row.id() >= 0) return row.id();
        return shownId();
    }

    private long shownId() {
        return detail != null && detail.paper() != null ? detail.paper().id() : -1;
    }

    // the detail is made after the first rows: until then it has nothing to clear
    private void showNoPaper() {
        if (detail != null) detail.show(null, familyColors);
    }

    private void selectionChanged(int index) {
        if (!(table.view().getItems() instanceof PagedRows rows) || index < 0) return;
        rows.whenLoaded(index, row -> {
            if (table.view().getSelectionModel().getSelectedIndex() == index && table.view().getItems() == rows) {
                loadDetail(row.id());
            }
        });
    }

    /** Reads paper {@code id} again and shows it in the detail pane. */
    public void loadDetail(long id) {
        if (!firstRows.laidOut()) {
            firstRows.then(() -> loadDetail(id));
            return;
        }
        int generation = ++detailGeneration;
        long requestedAt = System.nanoTime(); // the background runs in order: this read sees every save sent before it
        background.run(null, () -> new DetailData(papers.get(id), papers.history(id)), d -> {
            if (generation != detailGeneration) return;
            StartupTrace.once("detail shown");
            detail.show(d.paper().orElse(null), familyColors, requestedAt);
            detail.setHistory(id, d.history());
            detailShown.accept(d.paper().orElse(null));
        });
    }

    private record DetailData(Optional<Paper> paper, List<StatusChange> history) {
    }

    /** Shows the reading queue, in its order, with the list focused. */
    public void showQueue() {
        sidebar.select(e -> e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.QUEUE);
        if (filter.view() != PaperFilter.View.QUEUE || sort != null) {
            filter = PaperFilter.all().withView(PaperFilter.View.QUEUE).withSearch(filter.search());
            sort = null;
            table.clearSort();
            reloadTable(Keep.TOP);
        }
        focusTable();
    }

    /**
     * Shows the papers added last (after an import that added some), the search cleared: they are what the
     * reader looks at now, and a search from before would most often hide them.
     */
    public void showRecent() {
        if (!search.query().isBlank()) search.view().clear();
        filter = PaperFilter.all().withView(PaperFilter.View.RECENT);
        sidebar.select(e -> e instanceof SidebarEntry.ViewEntry v && v.view() == PaperFilter.View.RECENT);
        refreshAll();
    }

    private void sidebarSelected(SidebarEntry entry) {
        PaperFilter f = entry.filter(search.query());
        if (f == null || f.equals(filter)) return;
        filter = f;
        reloadTable(Keep.TOP);
    }

    private void searchChanged(String query) {
        filter = filter.withSearch(query.isBlank() ? null : query);
        // a search ranks by relevance until the reader picks a column again; once it is cleared, their sort is back
        table.searching(!query.isBlank(), (s, desc) -> { sort = s; descending = desc; });
        // a new search starts at its best match; clearing it keeps the paper the reader was on
        reloadTable(query.isBlank() ? Keep.paper(selectedRowId()) : Keep.TOP);
    }

    private void sortChanged(Papers.Sort s, boolean desc) {
        if (table == null || (s == sort && (s == null || desc == descending))) return; // set-up, or nothing new
        sort = s;
        descending = desc;
        if (table.view().getItems() instanceof PagedRows) reloadTable(Keep.paper(shownId()));
    }

    public void focusTable() {
        table.view().requestFocus();
    }

    public PaperFilter filter() {
        return filter;
    }

    /** Time the latest table view took to read its size and first page, in ms (-1 before any). */
    public long lastLoadMillis() {
        return lastLoadMillis;
    }

    public PaperTable table() {
        return table;
    }

    public Sidebar sidebar() {
        return sidebar;
    }

    public SearchField search() {
        return search;
    }

    public DetailPane detail() {
        return detail;
    }

    public QueueHeader queueHeader() {
        return queueHeader;
    }

    public Papers papers() {
        return papers;
    }

    public Families families() {
        return families;
    }
}
