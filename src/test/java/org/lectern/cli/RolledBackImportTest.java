package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import the library cannot keep (its file may not grow: a full disk, made here with SQLite's page
 * ceiling on a real file) is rolled back whole, and lists none of its papers as uncertain splits to review.
 */
class RolledBackImportTest {
    private static final String CEILING = "lectern.maxPageCount";

    @TempDir
    Path dir;

    @Test
    void aRolledBackImportPrintsNoUncertainSplits() throws Exception {
        Path library = dir.resolve("library.db");
        Path first = Files.writeString(dir.resolve("first.txt"), "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\n");
        assertEquals(0, Cli.run(library, "import", first.toString()).code());
        // a one-word head cannot be split at all: kept, it would be listed as an uncertain split
        StringBuilder lines = new StringBuilder("5 Lonely 2 authors · Dec 25, 2023\n");
        // enough papers that the import must grow the file
        for (int i = 1; i <= 300; i++) {
            lines.append(i).append(" Streaming Attention Number ").append(i).append(" For Long Inputs We study long inputs, case ")
                    .append(i).append(", at scale. 3 authors · Dec 26, 2023\n");
        }
        Path listing = Files.writeString(dir.resolve("listing.txt"), lines);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            s.execute("VACUUM"); // no free pages: what the import writes makes the file grow
        }
        Path kept = dir.resolve("kept.db");
        Files.copy(library, kept);

        Cli.Result full;
        System.setProperty(CEILING, String.valueOf(pages(library)));
        try {
            full = Cli.run(library, "import", listing.toString());
        } finally {
            System.clearProperty(CEILING);
        }
        assertEquals(2, full.code(), full.out() + full.err());
        assertTrue(full.err().contains("listing.txt: nothing from this file was saved"), full.err());
        assertEquals(1, count(library, "SELECT count(*) FROM paper"), "the import was rolled back");
        assertFalse((full.out() + full.err()).contains("uncertain split"), full.out() + full.err());
        assertFalse((full.out() + full.err()).contains(listing + ":1: Lonely"), full.out() + full.err());

        // the same import kept does list the paper: what the rolled-back one left out was there to list
        Cli.Result saved = Cli.run(kept, "import", listing.toString());
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().contains("uncertain split") && saved.out().contains(listing + ":1: Lonely"), saved.out());
    }

    private static long pages(Path library) throws Exception {
        return count(library, "PRAGMA page_count");
    }

    private static long count(Path library, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
