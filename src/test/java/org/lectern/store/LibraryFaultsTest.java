package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;

/** What the reader is told when the library file is damaged, read-only, or checked for restore. */
class LibraryFaultsTest {
    @TempDir
    Path dir;

    @Test
    void theReferenceSchemaIsWhatOpeningANewLibraryWrites() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            assertEquals(List.of(), library.read(c -> SchemaCheck.differences(c, Library.SCHEMA_VERSION)));
            library.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TRIGGER evil AFTER INSERT ON paper BEGIN DELETE FROM note; END");
                    s.execute("DROP INDEX paper_by_title");
                }
                return null;
            });
            List<String> differences = library.read(c -> SchemaCheck.differences(c, Library.SCHEMA_VERSION));
            assertEquals(List.of("it has a trigger 'evil' on paper that Lectern never writes",
                    "it lacks the index 'paper_by_title' on paper"), differences);
        }
        assertEquals(SchemaCheck.normalised("CREATE  TABLE t(\n  a -- why\n, b 'x  y')"),
                SchemaCheck.normalised("CREATE TABLE t( a , b 'x  y')"));
    }

    @Test
    void aDamagedLibraryNamesTheNewestSoundBackupAndTheCommandThatRestoresIt() throws Exception {
        Path file = dir.resolve("my library.db");
        Path backup;
        try (Library library = Library.open(file)) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "A.", 1, null))));
            backup = Backups.create(library, "manual");
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("this is no longer a database header".getBytes());
        }
        DamagedLibraryException e = assertThrows(DamagedLibraryException.class, () -> Library.open(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()) && e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("lectern --library '" + file.toAbsolutePath() + "' restore '" + backup + "'"), e.getMessage());

        Path aside = Backups.replaceDamaged(file, backup);
        assertTrue(Files.exists(aside) && aside.getFileName().toString().endsWith(".damaged"), aside.toString());
        try (Library library = Library.open(file)) {
            assertEquals(1, new Papers(library).count(PaperFilter.all()));
        }
    }

    @Test
    void aReadOnlyLibraryIsReadAndAWriteSaysItIsReadOnly() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not bind root");
        Path folder = Files.createDirectories(dir.resolve("shelf"));
        Path file = folder.resolve("library.db");
        try (Library library = Library.open(file)) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "A.", 1, null))));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (Library library = Library.open(file)) {
            assertTrue(library.readOnly());
            assertEquals(1, new Papers(library).count(PaperFilter.all()));
            StoreException e = assertThrows(StoreException.class, () -> new Papers(library).saveNote(1, "x"));
            assertTrue(e.getMessage().contains("read-only") && e.getMessage().contains(file.toString()), e.getMessage());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Library library = Library.open(file)) {
            assertEquals(1, new Papers(library).count(PaperFilter.all()), "reading needs no write, not even in the folder");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileNameTheDriverWouldReadAsSettingsIsRefusedNotRewritten() {
        Path trap = dir.resolve("a?&b.db");
        StoreException e = assertThrows(StoreException.class, () -> Library.open(trap));
        assertTrue(e.getMessage().contains("rename"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("a?b.db")), "no other file was opened or made");
    }

    @Test
    void aBackupIsNamedOnlyOnceItIsWholeAndChecked() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Path backup = Backups.create(library, "manual");
            assertTrue(BackupFiles.complete(backup));
            try (Connection c = SqliteFiles.openReadOnly(backup); Statement s = c.createStatement();
                 var rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            Path half = dir.resolve("backups").resolve("library-20200101-000000-000-daily.db");
            byte[] bytes = Files.readAllBytes(backup);
            Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertEquals(List.of(backup), Backups.list(library.file()), "a half-written file is not a backup");
            assertFalse(Files.exists(half));
        }
    }
}
