package org.lectern.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lectern.listing.ParsedPaper;

/**
 * A listing's batches read one ahead on a thread of their own, so that reading and splitting the next
 * batch (CPU) goes on while the import writes the current one (SQLite): on two cores the two overlap.
 * Only one batch is ever read ahead, so memory stays bounded; the batches are read one at a time, in
 * order, from that one thread, so the listing's reader needs no locking of its own.
 */
final class ReadAhead implements PaperBatches {
    private final PaperBatches inner;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lectern-import-read");
        t.setDaemon(true);
        return t;
    });
    private Future<List<ParsedPaper>> next;

    ReadAhead(PaperBatches inner) {
        this.inner = inner;
        next = reader.submit(inner::next);
    }

    @Override
    public List<ParsedPaper> next() throws IOException {
        if (next == null) return null;
        List<ParsedPaper> batch;
        try {
            batch = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the listing", e);
        } catch (ExecutionException e) {
            next = null;
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        }
        next = batch == null ? null : reader.submit(inner::next);
        return batch;
    }

    /** Counted by the listing's reader; asked once every batch is read, so the reading thread has stopped. */
    @Override
    public int errors() {
        return inner.errors();
    }

    /**
     * Stops reading ahead, waiting for a batch being read (never interrupting the listing's reader, whose
     * file an interrupt would close), and leaves the listing to its owner to close.
     */
    @Override
    public void close() {
        reader.shutdown();
        try {
            reader.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
