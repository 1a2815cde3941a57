package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Supplier;

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
        Path listing = Files.writeString(dir.resolve("listing.txt"), listing());
        Path library = fullLibrary();
        Path kept = dir.resolve("kept.db");
        Files.copy(library, kept);

        Cli.Result full = withCeiling(library, () -> Cli.run(library, "import", listing.toString()));
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

    @Test
    void aRolledBackImportFromStandardInputPrintsNoUncertainSplits() throws Exception {
        Path library = fullLibrary();
        Path kept = dir.resolve("kept.db");
        Files.copy(library, kept);

        Cli.Result full = withCeiling(library, () -> fromStdin(() -> Cli.run(library, "import", "-")));
        assertEquals(2, full.code(), full.out() + full.err());
        assertTrue(full.err().contains("nothing from this file was saved"), full.err());
        assertEquals(1, count(library, "SELECT count(*) FROM paper"), "the import was rolled back");
        assertFalse((full.out() + full.err()).contains("uncertain split"), full.out() + full.err());

        Cli.Result saved = fromStdin(() -> Cli.run(kept, "import", "-"));
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().contains("uncertain split") && saved.out().contains(":1: Lonely"), saved.out());
    }

    /** A one-word head that cannot be split (kept, it is listed as an uncertain split), then enough papers to grow the file. */
    private static String listing() {
        StringBuilder lines = new StringBuilder("5 Lonely 2 authors · Dec 25, 2023\n");
        for (int i = 1; i <= 300; i++) {
            lines.append(i).append(" Streaming Attention Number ").append(i).append(" For Long Inputs We study long inputs, case ")
                    .append(i).append(", at scale. 3 authors · Dec 26, 2023\n");
        }
        return lines.toString();
    }

    /** A library of one paper with no free pages: what an import writes makes the file grow. */
    private Path fullLibrary() throws Exception {
        Path library = dir.resolve("library.db");
        Path first = Files.writeString(dir.resolve("first.txt"), "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\n");
        assertEquals(0, Cli.run(library, "import", first.toString()).code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            s.execute("VACUUM");
        }
        return library;
    }

    /** Runs {@code run} with the library's file held to the pages it has now. */
    private static Cli.Result withCeiling(Path library, Supplier<Cli.Result> run) throws Exception {
        System.setProperty(CEILING, String.valueOf(pages(library)));
        try {
            return run.get();
        } finally {
            System.clearProperty(CEILING);
        }
    }

    private static Cli.Result fromStdin(Supplier<Cli.Result> run) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(listing().getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(stdin);
        }
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
