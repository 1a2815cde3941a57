package org.lectern.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the search index with the papers a large import committed without it (see {@link SearchBacklog}),
 * on a background thread, a batch per transaction: whoever else uses the library waits for one batch
 * at most. Started after such an import and when a library is opened with papers left to index (an
 * import killed before its index was full); stopped when the library closes, the rest waiting for the
 * next open. Meanwhile a search finds what is indexed, and {@link #indexing()} says the rest is coming.
 */
public final class SearchIndexing {
    /** Ids a batch covers: about a tenth of a second of indexing on a slow machine. */
    static final int BATCH = 1000;

    private final Library library;
    private boolean running;
    private boolean again;
    private boolean stopped;
    private volatile RuntimeException failure;
    /** Told when this process's filling ends with the index full: whoever shows "indexing…" takes it back. */
    private final List<Runnable> whenFilled = new ArrayList<>();

    SearchIndexing(Library library) {
        this.library = library;
    }

    /**
     * Whether papers of the library are still waiting for the search index (this process's or another's
     * import). Asked while papers wait, this process helps fill the index: the process that left them
     * may have been stopped.
     */
    public boolean indexing() {
        boolean pending = library.read(SearchBacklog::pending);
        if (pending && !library.readOnly()) start();
        return pending;
    }

    /** How many papers the search index does not hold yet. */
    public long remaining() {
        return library.read(SearchBacklog::remaining);
    }

    /**
     * Runs {@code then} once this process's filling of the index ends with nothing left to index: on
     * the filling thread, or at once on the calling thread when nothing waits. Never when the filling
     * fails or is stopped, nor while papers wait that this process does not fill (a read-only library).
     */
    public void whenFilled(Runnable then) {
        synchronized (this) {
            if (running) {
                whenFilled.add(then);
                return;
            }
        }
        if (!library.read(SearchBacklog::pending)) then.run();
    }

    /** Why filling the index stopped, or null. */
    public RuntimeException failure() {
        return failure;
    }

    /** {@link #start} when the library has papers waiting (one read; opening a library calls it). */
    void startIfPending() {
        indexing();
    }

    /** Starts filling the index when there is anything to fill; returns at once. */
    synchronized void start() {
        if (stopped || library.readOnly()) return;
        if (running) {
            again = true;
            return;
        }
        running = true;
        failure = null;
        Thread t = new Thread(this::run, "lectern-search-index");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /** Stops at the end of the batch being indexed; what is left stays in the backlog for the next open. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /**
     * Waits until this process has no more to index (the backlog is empty, or filling stopped or failed).
     * Returns whether the index is full.
     */
    public boolean awaitFilled() throws InterruptedException {
        while (true) {
            synchronized (this) {
                while (running && !stopped) wait();
            }
            if (failure != null || isStopped() || library.readOnly()) return false;
            // papers still waiting (another process's) start a fill again, which is waited for in turn
            if (!indexing()) return true;
        }
    }

    private void run() {
        try {
            while (true) {
                boolean more = library.write(c -> !isStopped() && SearchBacklog.fillSome(c, BATCH));
                if (!more && !takeAgain()) return;
                // a thread waiting for the library's lock gets it between two batches (the lock is not fair)
                Thread.sleep(1);
            }
        } catch (RuntimeException e) {
            if (!isStopped()) failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            List<Runnable> filled;
            synchronized (this) {
                running = false;
                notifyAll();
                filled = failure == null && !stopped ? List.copyOf(whenFilled) : List.of();
                whenFilled.clear();
            }
            filled.forEach(Runnable::run);
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    /** Whether a start came while the last batch was being written: then the backlog is read again. */
    private synchronized boolean takeAgain() {
        if (!again || stopped) {
            running = false;
            notifyAll();
            return false;
        }
        again = false;
        return true;
    }
}
