package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresTheLibraryAsItWas() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", listing(paper(1, "First Paper", "A.", 1, null))));
            Path backup = Backups.create(library, "manual");
            assertTrue(Files.size(backup) > 0);
            importer.commit(importer.preview("t", listing(paper(1, "Second Paper", "B.", 1, null))));
            new Papers(library).saveNote(new Papers(library).find("First Paper").orElseThrow().id(), "later note");
            assertEquals(2, new Papers(library).count(PaperFilter.all()));

            Path safety = Backups.restore(library, backup);
            Papers papers = new Papers(library);
            assertEquals(List.of("First Paper"), papers.all(PaperFilter.all()).stream().map(p -> p.title()).toList());
            assertEquals("", papers.get(papers.find("First Paper").orElseThrow().id()).orElseThrow().note());
            assertEquals(1, papers.count(PaperFilter.all().withSearch("first")), "the search index comes back too");

            // what the restore replaced is itself kept
            try (Library replaced = Library.open(safety)) {
                assertEquals(2, new Papers(replaced).count(PaperFilter.all()));
            }
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotALibrary() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database at all");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "A.", 1, null))));
            StoreException e = assertThrows(StoreException.class, () -> Backups.restore(library, junk));
            assertTrue(e.getMessage().contains("junk.db"), e.getMessage());
            assertEquals(1, new Papers(library).count(PaperFilter.all()));
        }
    }

    @Test
    void automaticBackupsRotateButManualOnesAndTheOneBeingRestoredStay() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
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
}
