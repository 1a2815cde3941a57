package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsFolderWithTheCurrentSchema() throws Exception {
        Path file = dir.resolve("nested/folder/library.db");
        try (Library library = Library.open(file)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
        }
        assertTrue(Files.exists(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN "
                    + "('paper', 'paper_fts', 'family', 'family_member', 'tag', 'note', 'status_change', 'import')")) {
                rs.next();
                assertEquals(8, rs.getInt(1));
            }
        }
    }

    @Test
    void reopeningKeepsThePapers() {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            new Importer(library).commit(new Importer(library).preview("t",
                    TestPapers.listing(TestPapers.paper(1, "A Paper", "About it.", 1, null))));
        }
        try (Library library = Library.open(file)) {
            assertEquals(1, new Papers(library).count(org.lectern.library.PaperFilter.all()));
        }
    }

    @Test
    void refusesALibraryFromANewerVersionAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE mine(x)");
            s.execute("PRAGMA user_version = " + (Library.SCHEMA_VERSION + 5));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Library.open(file));
        assertTrue(e.getMessage().contains("newer Lectern"), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file must be untouched");
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertThrows(StoreException.class, () -> library.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO paper_tag(paper_id, tag_id) VALUES (999, 999)");
                }
            }));
        }
    }
}
