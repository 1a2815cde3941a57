package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

class BackupsTest extends LibraryInTempFolder {
    @Test
    void aBackupRestoresTheLibraryAsItWas() throws Exception {
        importInto(library, paper(1, "First Paper", "A.", 1, null));
        Path backup = Backups.create(library, "manual");
        assertTrue(Files.size(backup) > 0);
        importInto(library, paper(1, "Second Paper", "B.", 1, null));
        papers.saveNote(papers.find("First Paper").orElseThrow().id(), "later note");
        assertEquals(2, papers.count(PaperFilter.all()));

        Path safety = Backups.restore(library, backup);
        Papers restored = new Papers(library);
        assertEquals(List.of("First Paper"), restored.all(PaperFilter.all()).stream().map(p -> p.title()).toList());
        assertEquals("", restored.get(restored.find("First Paper").orElseThrow().id()).orElseThrow().note());
        assertEquals(1, restored.count(PaperFilter.all().withSearch("first")), "the search index comes back too");

        // what the restore replaced is itself kept
        try (Library replaced = Library.open(safety)) {
            assertEquals(2, new Papers(replaced).count(PaperFilter.all()));
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotALibrary() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database at all");
        importInto(library, paper(1, "Kept Paper", "A.", 1, null));
        StoreException e = assertThrows(StoreException.class, () -> Backups.restore(library, junk));
        assertTrue(e.getMessage().contains("junk.db"), e.getMessage());
        assertEquals(1, new Papers(library).count(PaperFilter.all()));
    }

    @Test
    void automaticBackupsRotateButManualOnesAndTheOneBeingRestoredStay() {
        Path manual = Backups.create(library, "manual");
        for (int i = 0; i < Backups.KEEP + 3; i++) Backups.create(library, "test");
        assertEquals(Backups.KEEP + 1, Backups.list(library.file()).size());
        assertTrue(Files.exists(manual));
        Path oldestAutomatic = Backups.list(library.file()).stream()
                .filter(p -> !p.equals(manual)).reduce((a, b) -> b).orElseThrow();
        Backups.restore(library, oldestAutomatic);
        assertTrue(Files.exists(oldestAutomatic), "restoring a backup never removes it");
        Backups.create(library, "test");
        int before = Backups.list(library.file()).size();
        Backups.daily(library);
        assertEquals(before, Backups.list(library.file()).size(), "a recent backup makes the daily one wait");
    }
}
