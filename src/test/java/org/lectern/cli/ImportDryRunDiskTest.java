package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lectern.store.Library;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern import --dry-run} leaves the disk as it was: no library made, an existing one untouched. */
class ImportDryRunDiskTest {
    @TempDir
    Path dir;

    private Path listing() throws IOException {
        Path file = dir.resolve("listing.txt");
        try (InputStream in = getClass().getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aDryRunOnALibraryThatDoesNotExistCreatesNoFolderAndNoFile() throws IOException {
        Path listing = listing();
        Path library = dir.resolve("new").resolve("dir").resolve("b.db");
        List<Path> before = tree(dir);

        Cli.Result r = Cli.run(library, "import", "--dry-run", listing.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("dry run, nothing written: 28 new, 0 updated, 0 unchanged"), r.out());
        Cli.Result json = Cli.run(library, "import", "--dry-run", "--json", listing.toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"new\" : 28") || json.out().contains("\"new\":28"), json.out());

        assertEquals(before, tree(dir), "no folder, no library file, no backup");
    }

    @Test
    void aDryRunLeavesAnExistingLibraryByteForByteAsItWas() throws IOException {
        Path library = Cli.library(dir, Cli.alphaBetaGamma(50, 9));
        Path listing = listing();
        dryRunTouchesNothing(library, listing, "dry run, nothing written: 28 new");
        Cli.Result listed = Cli.run(library, "list", "--format", "ids");
        assertEquals(3, listed.out().strip().lines().count(), listed.out());
    }

    @Test
    void aDryRunOnALibraryOfAnOlderSchemaMigratesNoFileAndWritesNoBackup() throws Exception {
        Path library = dir.resolve("old.db");
        try (InputStream in = Library.class.getResourceAsStream("V1__library.sql");
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            s.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO paper(id, title, title_key, abstract, added_at)"
                    + " VALUES (1, 'Old Paper', 'old paper', 'about codecs', '2024-01-01T00:00:00Z')");
        }
        Path listing = dir.resolve("old.txt");
        Files.writeString(listing, "12 Old Paper about codecs 3 authors · Dec 24, 2023\n"
                + "7 A Title Of A New Paper We show things. 2 authors · Dec 25, 2023\n");
        // not migrated, and no backup made before a migration
        dryRunTouchesNothing(library, listing, "dry run, nothing written: 1 new, 1 updated, 0 unchanged");
    }

    /** Runs a dry-run import of {@code listing} into {@code library}, which says {@code said}; its bytes and folder stay as they were. */
    private void dryRunTouchesNothing(Path library, Path listing, String said) throws IOException {
        byte[] bytes = Files.readAllBytes(library);
        List<Path> before = tree(dir);
        Cli.Result r = Cli.run(library, "import", "--dry-run", listing.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(said), r.out());
        assertArrayEquals(bytes, Files.readAllBytes(library), "the library's bytes");
        assertEquals(before, tree(dir), "no file added beside it (no log, no backup)");
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).sorted().toList();
        }
    }
}
