package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParsedPaper;

/**
 * A large import commits its papers first and fills the search index after, in the background. Here
 * on a real file: the state a kill between the two leaves (papers there, not yet indexed) is sound,
 * search answers for what is indexed and says the rest is coming, the next open finishes the index,
 * and undoing an import whose index is still filling leaves an index that matches its papers.
 */
class SearchBacklogTest extends LibraryInTempFolder {
    /** An importer that leaves every import of more than 10 new papers to the background. */
    private Importer deferring() {
        return new Importer(library, 10);
    }

    @Test
    void aKillBeforeTheIndexIsFullIsRepairedAtTheNextOpen() throws Exception {
        importer.commit(importer.preview("small", TestPapers.listing(papers("Earlier", "zephyrine", 5).toArray(ParsedPaper[]::new))));
        // as if the process were killed the moment the import committed: nothing fills the index
        library.searchIndex().stop();
        ImportOutcome big = deferring().commit("big", "test", papers("Later", "quokkas", 300), 0, f -> { });
        assertEquals(300, big.added());

        assertTrue(library.searchIndex().indexing());
        assertEquals(300, library.searchIndex().remaining());
        assertEquals(305, papers.count(PaperFilter.all()));
        assertEquals(5, papers.count(PaperFilter.all().withSearch("zephyrine")), "what is indexed is found");
        assertEquals(0, papers.count(PaperFilter.all().withSearch("quokkas")), "what is not indexed yet is not");
        library.close();

        Path file = dir.resolve("library.db");
        assertEquals(5, indexedRows(file));
        ftsCheck(file, false);
        assertThrows(SQLException.class, () -> ftsCheck(file, true), "the index does not hold every paper yet");

        library = Library.open(file);
        papers = new Papers(library);
        assertTrue(library.searchIndex().awaitFilled());
        assertFalse(library.searchIndex().indexing());
        assertEquals(300, papers.count(PaperFilter.all().withSearch("quokkas")));
        assertEquals(1, papers.count(PaperFilter.all().withSearch("\"Later 123 quokkas\"")));
        library.close();
        assertEquals(305, indexedRows(file));
        ftsCheck(file, true);
        library = Library.open(file);
    }

    @Test
    void undoingAnImportWhoseIndexIsHalfFilledLeavesAnIndexThatMatchesThePapers() throws Exception {
        library.searchIndex().stop();
        Importer imports = deferring();
        ImportOutcome first = imports.commit("first", "test", papers("First", "wombats", 400), 0, f -> { });
        long someId = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        // a note and a tag on a paper not indexed yet, and part of the import indexed
        papers.saveNote(someId, "a note about echidnas");
        papers.addTag(someId, "marsupial");
        library.write(c -> SearchBacklog.fillSome(c, 150));
        assertEquals(250, library.searchIndex().remaining());
        assertEquals(1, papers.count(PaperFilter.all().withSearch("echidnas")), "the paper's note went into the index with it");

        imports.undo(first.importId());
        assertEquals(0, papers.count(PaperFilter.all()));
        ImportOutcome second = imports.commit("second", "test", papers("Second", "platypus", 200), 0, f -> { });
        assertEquals(200, second.added());
        library.close();
        ftsCheck(dir.resolve("library.db"), false);

        library = Library.open(dir.resolve("library.db"));
        papers = new Papers(library);
        assertTrue(library.searchIndex().awaitFilled());
        assertEquals(0, papers.count(PaperFilter.all().withSearch("wombats OR echidnas OR marsupial")));
        assertEquals(200, papers.count(PaperFilter.all().withSearch("platypus")));
        library.close();
        assertEquals(200, indexedRows(dir.resolve("library.db")));
        ftsCheck(dir.resolve("library.db"), true);
        library = Library.open(dir.resolve("library.db"));
    }

    @Test
    void editsToPapersWaitingForTheIndexAreIndexedAsTheyAreWhenItGetsToThem() throws Exception {
        library.searchIndex().stop();
        deferring().commit("big", "test", papers("Paper", "kestrels", 50), 0, f -> { });
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, true, 0, 1).get(0).id();
        papers.addTag(id, "falcon");
        papers.removeTag(id, "falcon");
        papers.addTag(id, "harrier");
        papers.saveNote(id, "first note");
        papers.saveNote(id, "second note about ospreys");
        library.write(c -> {
            while (SearchBacklog.fillSome(c, 7)) {
                // every batch, to the end
            }
            return null;
        });
        assertFalse(library.searchIndex().indexing());
        assertEquals(1, papers.count(PaperFilter.all().withSearch("harrier ospreys")));
        assertEquals(0, papers.count(PaperFilter.all().withSearch("falcon")));
        assertEquals(50, papers.count(PaperFilter.all().withSearch("kestrels")));
        library.close();
        ftsCheck(dir.resolve("library.db"), true);
        library = Library.open(dir.resolve("library.db"));
    }

    @Test
    void aLargeImportIsIndexedInTheBackgroundAndItsIndexesAreMadeAgainAsTheyWere() throws Exception {
        int n = ImportIndexes.AFTER + 2500;
        ImportOutcome outcome = importer.commit("large", "test", papers("Bulk", "narwhals", n), 0, f -> { });
        assertEquals(n, outcome.added());
        assertTrue(library.searchIndex().awaitFilled());
        assertEquals(n, papers.count(PaperFilter.all().withSearch("narwhals")));
        assertEquals(List.of(), library.read(c -> SchemaCheck.differences(c, Library.SCHEMA_VERSION)));
        // the same listing again finds every paper it brought
        ImportOutcome again = importer.commit("large", "test", papers("Bulk", "narwhals", n), 0, f -> { });
        assertEquals(0, again.added());
        assertEquals(n, again.unchanged());
        library.close();
        ftsCheck(dir.resolve("library.db"), true);
        library = Library.open(dir.resolve("library.db"));
    }

    /** {@code n} distinct papers sharing one rare word. */
    static List<ParsedPaper> papers(String prefix, String word, int n) {
        List<ParsedPaper> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paper(i + 1, prefix + " " + i + " " + word, "An abstract about " + word + " number " + i
                    + " and the " + prefix.toLowerCase() + " study " + (i * 7919 % 10007) + ".", i % 50, null));
        }
        return out;
    }

    /** The papers the full-text index holds text for (one size row each). */
    private static int indexedRows(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM paper_fts_docsize")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** FTS5's own check of the index; {@code againstPapers} also compares it with the text of every paper. */
    private static void ftsCheck(Path file, boolean againstPapers) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', " + (againstPapers ? 1 : 0) + ")");
        }
    }
}
