package org.lectern.ui.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.ObservableListBase;

import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.store.Papers;
import org.lectern.ui.Background;

/**
 * The rows of one view of the library, read a page at a time: the list claims the view's full size,
 * and a row that is not loaded yet shows as a placeholder until its page arrives from the background.
 * Only a few pages are kept, so 100,000 papers cost the memory of a screenful or two.
 */
public final class PagedRows extends ObservableListBase<PaperRow> {
    /** Shown for a row whose page is still loading. */
    public static final PaperRow LOADING = new PaperRow(-1, "", null, null, null, "", "");
    public static final int PAGE = 200;
    private static final int PAGES_KEPT = 12;

    private final Papers papers;
    private final Background background;
    private final PaperFilter filter;
    private final Papers.Sort sort;
    private final boolean descending;
    private int size;
    private final Map<Integer, List<PaperRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<PaperRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Map<Integer, List<Runnable>> waiting = new LinkedHashMap<>();

    /** A view whose size and first page are known already (both read in the background). */
    public PagedRows(Papers papers, Background background, PaperFilter filter, Papers.Sort sort, boolean descending,
                     int size, List<PaperRow> firstPage) {
        this.papers = papers;
        this.background = background;
        this.filter = filter;
        this.sort = sort;
        this.descending = descending;
        this.size = size;
        if (!firstPage.isEmpty()) pages.put(0, firstPage);
    }

    /**
     * Reads the size and first page of a view; call from the background. A broad search is counted up
     * to a bound only ({@code more}): its exact size follows from {@link Papers#count}, and {@link #grow}.
     */
    public static Snapshot read(Papers papers, PaperFilter filter, Papers.Sort sort, boolean descending) {
        return read(papers, filter, sort, descending, PAGE);
    }

    /**
     * As above, the first page's first {@code rows} rows only (at most a page): a screenful, for the
     * window's first rows; the rest of the page is read when a row of it is first asked for, or by
     * {@link #readWholeFirstPage}.
     */
    public static Snapshot read(Papers papers, PaperFilter filter, Papers.Sort sort, boolean descending, int rows) {
        Papers.FirstPage first = papers.firstPage(filter, sort, descending, Math.min(rows, PAGE));
        return new Snapshot(filter, sort, descending, first.count(), first.more(), first.rows());
    }

    /** Reads the rest of the first page in the background, if it was read in part. */
    public void readWholeFirstPage() {
        if (size > 0 && !isLoaded(Math.min(size, PAGE) - 1)) request(0);
    }

    /** What {@link #read} found: enough to build the list on the FX thread; {@code more}: count is a lower bound. */
    public record Snapshot(PaperFilter filter, Papers.Sort sort, boolean descending, int count, boolean more,
                           List<PaperRow> first) {
    }

    /**
     * The view's exact size, once counted, where it was shown with a bound: the rows past the bound are
     * added at the end, so what is selected and scrolled to stays. Call on the FX thread.
     */
    public void grow(int exactSize) {
        if (exactSize <= size) return;
        int from = size;
        beginChange();
        size = exactSize;
        nextAdd(from, exactSize);
        endChange();
    }

    public PaperFilter filter() {
        return filter;
    }

    public Papers.Sort sort() {
        return sort;
    }

    public boolean descending() {
        return descending;
    }

    @Override
    public PaperRow get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        int page = index / PAGE;
        List<PaperRow> rows = pages.get(page);
        if (rows == null) {
            if (!quiet) request(page);
            return LOADING;
        }
        int offset = index - page * PAGE;
        if (offset < rows.size()) return rows.get(offset);
        if (!quiet) request(page); // a page read in part (the first, a screenful of it)
        return LOADING;
    }

    /** True when the row at {@code index} is loaded. */
    public boolean isLoaded(int index) {
        List<PaperRow> rows = pages.get(index / PAGE);
        return rows != null && index % PAGE < rows.size();
    }

    /** Hands the row at {@code index} to {@code action} now, or once its page has arrived. */
    public void whenLoaded(int index, Consumer<PaperRow> action) {
        if (index < 0 || index >= size) return;
        if (isLoaded(index)) {
            action.accept(get(index));
            return;
        }
        int page = index / PAGE;
        waiting.computeIfAbsent(page, p -> new java.util.ArrayList<>()).add(() -> {
            if (isLoaded(index)) action.accept(get(index));
        });
        request(page);
    }

    /**
     * Looks among the loaded rows only. The list's inherited search walks every index, which here
     * would read the whole view page by page (the table's selection model does that on setItems).
     */
    @Override
    public int indexOf(Object o) {
        return o instanceof PaperRow r && r != LOADING ? indexOf(r.id()) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The index of the loaded row with this paper id, or -1. */
    public int indexOf(long paperId) {
        for (Map.Entry<Integer, List<PaperRow>> e : pages.entrySet()) {
            List<PaperRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == paperId) return e.getKey() * PAGE + i;
            }
        }
        return -1;
    }

    private final java.util.Set<Integer> loading = new java.util.HashSet<>();
    private boolean quiet;

    /**
     * Runs {@code work} (selecting every row, say) without reading the pages it touches: the table's
     * selection model looks at each selected row, which for a whole view would read it page by page.
     */
    public void quietly(Runnable work) {
        quiet = true;
        try {
            work.run();
        } finally {
            quiet = false;
        }
    }

    /**
     * Hands the rows at {@code indices} (ascending) to {@code then} on the FX thread: at once when they
     * are all loaded, else once the missing pages are read in the background (they are not kept).
     */
    public void read(List<Integer> indices, Consumer<List<PaperRow>> then) {
        java.util.Set<Integer> missing = new java.util.TreeSet<>();
        Map<Integer, PaperRow> known = new java.util.HashMap<>();
        for (int i : indices) {
            if (isLoaded(i)) known.put(i, get(i));
            else missing.add(i / PAGE);
        }
        if (missing.isEmpty()) {
            then.accept(indices.stream().map(this::get).toList());
            return;
        }
        background.run("Reading the selected papers", () -> {
            Map<Integer, List<PaperRow>> read = new java.util.HashMap<>();
            for (int page : missing) read.put(page, papers.page(filter, sort, descending, page * PAGE, PAGE));
            return read;
        }, read -> {
            List<PaperRow> out = new java.util.ArrayList<>(indices.size());
            for (int i : indices) {
                List<PaperRow> page = read.get(i / PAGE);
                if (page == null) out.add(known.get(i));
                else if (i % PAGE < page.size()) out.add(page.get(i % PAGE));
            }
            then.accept(out);
        });
    }

    private void request(int page) {
        if (!loading.add(page)) return;
        background.run(null, () -> papers.page(filter, sort, descending, page * PAGE, PAGE), rows -> {
            loading.remove(page);
            pages.put(page, rows);
            // the rows of this page changed from placeholders to papers: the table re-reads just those
            // (a full refresh would rebuild every row and cell of the table)
            int from = page * PAGE;
            int to = Math.min(size, from + rows.size());
            if (to > from) {
                beginChange();
                for (int i = from; i < to; i++) nextUpdate(i);
                endChange();
            }
            List<Runnable> waiters = waiting.remove(page);
            if (waiters != null) waiters.forEach(Runnable::run);
        }, e -> loading.remove(page));
    }

    @Override
    public int size() {
        return size;
    }
}
