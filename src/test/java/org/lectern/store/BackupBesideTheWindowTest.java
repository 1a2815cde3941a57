package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

/**
 * A backup reads the library through a connection of its own, so the library's connection stays free
 * for the window while the copy is written: the day's first backup of a large library took seconds.
 */
class BackupBesideTheWindowTest extends LibraryInTempFolder {
    @Test
    void aBackupIsWrittenWhileTheLibrarysConnectionIsBusy() throws Exception {
        importInto(library, paper(1, "Kept Paper", "A.", 1, null));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        // another thread holds the library's connection, as a long read in the window would
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> library.read(c -> {
            holding.countDown();
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        try {
            CompletableFuture<Path> backup = CompletableFuture.supplyAsync(() -> Backups.create(library, "manual"));
            Path file = backup.get(20, TimeUnit.SECONDS); // through the library's connection it would wait for done
            try (Library copy = Library.open(file)) {
                assertEquals(1, new Papers(copy).count(PaperFilter.all()));
            }
        } finally {
            done.countDown();
            busy.get(10, TimeUnit.SECONDS);
        }
    }
}
