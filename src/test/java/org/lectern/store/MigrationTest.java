package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;

/** A library written by the first schema opens in this version with nothing lost, after a backup. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aFirstSchemaLibraryIsBackedUpThenMigratedWithItsNotesAndTagsStillSearchable() throws Exception {
        Path file = dir.resolve("library.db");
        OldLibrary.write(file, List.of("V1__library.sql"), 1, OldLibrary.paperWithNoteAndTag(1,
                "INSERT INTO paper(id, title, title_key, abstract, added_at) VALUES (1, 'Old Paper', 'old paper', 'about codecs', '2024-01-01T00:00:00Z')"));
        try (Library library = Library.open(file)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
            Papers papers = new Papers(library);
            assertEquals(1, papers.count(PaperFilter.all().withSearch("zebrafish")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("quokka")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("co")), "prefix search as one types");
            assertTrue(Backups.list(file).stream().anyMatch(p -> p.getFileName().toString().contains("before-migration-1")));
        }
    }
}
