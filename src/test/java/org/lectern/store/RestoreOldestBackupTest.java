package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

/** Restoring the oldest of a full set of backups: the copy made first must not rotate it away. */
class RestoreOldestBackupTest extends LibraryInTempFolder {
    @Test
    void theOldestBackupCanBeRestoredWhenTheFolderIsFull() {
        importInto(library, paper(1, "First Paper", "A.", 1, null));
        Path oldest = Backups.create(library, "manual");
        importInto(library, paper(1, "Second Paper", "B.", 1, null));
        for (int i = 1; i < Backups.KEEP; i++) Backups.create(library, "daily");
        List<Path> all = Backups.list(library.file());
        assertEquals(Backups.KEEP, all.size());
        try {
            // file times can tie within a test: make the first one unmistakably the oldest
            Files.setLastModifiedTime(oldest, FileTime.from(Instant.now().minusSeconds(3600)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(oldest, Backups.list(library.file()).get(Backups.KEEP - 1));

        Backups.restore(library, oldest);
        assertEquals(List.of("First Paper"),
                new Papers(library).all(PaperFilter.all()).stream().map(p -> p.title()).toList());
    }
}
