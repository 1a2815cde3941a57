package org.lectern.ui.lookup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.lectern.edit.EditPaper;
import org.lectern.edit.LookupChange;
import org.lectern.library.Paper;
import org.lectern.lookup.ArxivClient;
import org.lectern.lookup.ArxivMatcher;
import org.lectern.lookup.ArxivSettings;
import org.lectern.lookup.Enrichment;
import org.lectern.lookup.LookupException;
import org.lectern.store.Library;
import org.lectern.store.PaperEdits;
import org.lectern.store.Papers;
import org.lectern.store.StoreException;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.StatusBar;

/**
 * Looks papers up on arXiv one after another on a thread of its own: arXiv's interval of seconds between
 * requests must not hold up the window's background queue (page loads, saves). One client serves every
 * run, so there is one request at a time and the interval holds from one run to the next. Each match is
 * stored as soon as it is found, through the window's {@link Changes}; the matches of one run grow one
 * {@link LookupChange}, so one undo takes the run back.
 */
final class LookupWorker {
    /** What the window hears; called on the lookup thread. */
    interface Events {
        /** Paper {@code number} of {@code total} is being looked up. */
        void progress(int number, int total);

        /** A match was stored. */
        void stored(long paperId);

        /** The run ended; {@code change} holds what it stored (null: nothing). */
        void finished(LookupReport report, LookupChange change);
    }

    private final Library library;
    private final Papers papers;
    private final Changes changes;
    private final Supplier<ArxivSettings> settings;
    private final Events events;
    /** Guarded by this. */
    private ArxivClient client;
    /** The run that takes new papers, or null; guarded by this. */
    private Run current;
    /** The latest run started, which a new run waits for and closing joins; guarded by this. */
    private Run latest;

    LookupWorker(Library library, Papers papers, Changes changes, Supplier<ArxivSettings> settings, Events events) {
        this.library = library;
        this.papers = papers;
        this.changes = changes;
        this.settings = settings;
        this.events = events;
    }

    /** Adds papers to the lookup running now, or starts one; returns how many were not already waiting. */
    synchronized int add(List<Long> ids) {
        if (current == null) {
            current = new Run(latest);
            latest = current;
            current.thread.start();
        }
        return current.add(ids);
    }

    /** True while a lookup takes papers. */
    synchronized boolean running() {
        return current != null;
    }

    /** Stops the lookup: the papers still waiting are left, what was stored stays. */
    void stop() {
        Run r;
        synchronized (this) {
            r = current;
            current = null;
        }
        if (r != null) r.stop();
    }

    /** Stops and waits up to {@code millis} for the lookup thread to end (before the library closes). */
    void close(long millis) {
        stop();
        Run r;
        synchronized (this) {
            r = latest;
        }
        if (r == null) return;
        try {
            r.thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized ArxivClient client() {
        ArxivSettings s = settings.get(); // a bad LECTERN_ARXIV_API is said now, when the reader asks
        if (client == null || !client.settings().equals(s)) client = new ArxivClient(s);
        return client;
    }

    private final class Run implements Runnable {
        private final Deque<Long> pending = new ArrayDeque<>();
        private final Set<Long> seen = new HashSet<>();
        private final LookupReport report = new LookupReport();
        private final Run after;
        private final Thread thread;
        private int total;
        private int number;
        private volatile boolean stopped;
        private LookupChange change;

        Run(Run after) {
            this.after = after;
            thread = new Thread(this, "lectern-arxiv");
            thread.setDaemon(true);
        }

        /** Called holding the worker. */
        int add(List<Long> ids) {
            int added = 0;
            for (long id : ids) {
                if (seen.add(id)) {
                    pending.add(id);
                    added++;
                }
            }
            total += added;
            return added;
        }

        void stop() {
            synchronized (LookupWorker.this) {
                stopped = true;
                pending.clear();
            }
            thread.interrupt(); // ends the wait between requests, or the request, at once
        }

        @Override
        public void run() {
            try {
                // a stopped run may still be finishing its request: one connection at a time
                if (after != null) after.thread.join();
                ArxivMatcher matcher = new ArxivMatcher(client());
                while (true) {
                    long id;
                    int n;
                    int of;
                    synchronized (LookupWorker.this) {
                        if (stopped || pending.isEmpty()) break;
                        id = pending.poll();
                        n = ++number;
                        of = total;
                    }
                    events.progress(n, of);
                    lookUp(matcher, id);
                }
            } catch (LookupException | InterruptedException e) {
                if (!stopped) report.failed(e.getMessage());
            } catch (IllegalArgumentException e) {
                report.failed(e.getMessage()); // the configured endpoint or interval
            } finally {
                int of;
                synchronized (LookupWorker.this) {
                    if (current == this) current = null;
                    of = total;
                }
                if (stopped) report.stopped();
                report.lookingUp(of);
                events.finished(report, change);
            }
        }

        private void lookUp(ArxivMatcher matcher, long id) {
            Optional<Paper> found = papers.get(id);
            if (found.isEmpty()) {
                report.gone();
                return;
            }
            Paper p = found.get();
            ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query(p.title(), p.abstractText(), p.arxivId()));
            switch (r.outcome()) {
                case AMBIGUOUS -> report.ambiguous(p.title(), r.candidates().stream().map(c -> c.entry().arxivId()).toList());
                case NONE -> report.none(p.title());
                case MATCHED -> store(id, r);
            }
        }

        private void store(long id, ArxivMatcher.Result r) {
            // read again: the reader may have edited or deleted the paper while arXiv answered
            Optional<Paper> now = papers.get(id);
            if (now.isEmpty()) {
                report.gone();
                return;
            }
            Map<PaperEdits.Field, Object> fields = Enrichment.changes(now.get(), r.match());
            if (fields.isEmpty()) {
                report.matched();
                return;
            }
            EditPaper edit = new EditPaper(library, id, fields, "Look up on arXiv");
            try {
                LookupChange grown = change;
                if (grown == null || !changes.growHere(grown, () -> grown.extend(edit))) {
                    // the first match, or a change came after the last one: undo takes that one first
                    LookupChange fresh = new LookupChange(edit);
                    changes.performHere(fresh);
                    change = fresh;
                }
                report.matched();
                events.stored(id);
            } catch (StoreException | IllegalArgumentException e) {
                report.notStored(now.get().title(), StatusBar.reason(e));
            }
        }
    }
}
