package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

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
        String v1;
        try (InputStream in = Library.class.getResourceAsStream("V1__library.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(v1);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO paper(id, title, title_key, abstract, added_at) VALUES (1, 'Old Paper', 'old paper', 'about codecs', '2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO note(paper_id, body, updated_at) VALUES (1, 'remember zebrafish', '2024-01-01T00:00:00Z')");
            s.execute("INSERT INTO tag(id, name) VALUES (1, 'quokka')");
            s.execute("INSERT INTO paper_tag(paper_id, tag_id) VALUES (1, 1)");
        }
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
