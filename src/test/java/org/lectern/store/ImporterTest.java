package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.ParsedPaper;

class ImporterTest extends LibraryInTempFolder {
    @Test
    void previewWritesNothingAndCommitWritesEverything() throws Exception {
        ImportPreview preview = importer.preview("t", listing(paper(1, "First Paper", "One.", 5, null),
                paper(2, "Second Paper", "Two.", null, 3)));
        assertEquals(2, preview.count(ImportPreview.Match.NEW));
        assertEquals(0, rowCount("paper"));
        ImportOutcome outcome = importer.commit(preview);
        assertEquals(2, outcome.added());
        assertEquals(2, rowCount("paper"));
        assertEquals(2, rowCount("paper_fts"));
    }

    @Test
    void aSecondImportUpdatesCountsButNeverDuplicatesOrTouchesReadingState() {
        importer.commit(importer.preview("t", listing(paper(1, "ERNIE 2.0: A Framework", "One.", 5, null))));
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 10).get(0).id();
        papers.setStatus(id, Status.READING);
        papers.addTag(id, "nlp");
        papers.saveNote(id, "my note");

        ImportPreview again = importer.preview("t", listing(paper(1, "ernie 2.0 -  a framework", "One.", 9, 2)));
        assertEquals(ImportPreview.Match.UPDATED, again.items().get(0).match());
        ImportOutcome outcome = importer.commit(again);
        assertEquals(new ImportOutcome(outcome.importId(), 0, 1, 0, 0, 0, 0, 1, 0, 0, 0), outcome);

        Paper p = papers.get(id).orElseThrow();
        assertEquals(9, p.upvotes());
        assertEquals(2, p.comments());
        assertEquals("ERNIE 2.0: A Framework", p.title());
        assertEquals(Status.READING, p.status());
        assertEquals(List.of("nlp"), p.tags());
        assertEquals("my note", p.note());

        ImportOutcome same = importer.commit(importer.preview("t", listing(paper(1, "ERNIE 2.0: A Framework", "One.", 9, 2))));
        assertEquals(1, same.unchanged());
        assertEquals(1, papers.count(PaperFilter.all()));
    }

    @Test
    void theSamePaperTwiceInOneListingIsImportedOnce() {
        ImportPreview preview = importer.preview("t", listing(paper(1, "Same Title", "About the thing.", 1, null),
                paper(2, "Same  title", "about the  thing", 2, null)));
        assertEquals(ImportPreview.Match.REPEATED, preview.items().get(1).match());
        importer.commit(preview);
        assertEquals(1, papers.count(PaperFilter.all()));
    }

    @Test
    void undoRemovesNewPapersAndRestoresUpdatedOnes() {
        importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "A.", 1, null))));
        ImportOutcome second = importer.commit(importer.preview("t",
                listing(paper(1, "Kept Paper", "A.", 7, 4), paper(2, "New Paper", "B.", 2, null))));
        assertEquals(2, papers.count(PaperFilter.all()));
        importer.undo(second.importId());
        List<Paper> left = papers.all(PaperFilter.all());
        assertEquals(1, left.size());
        assertEquals("Kept Paper", left.get(0).title());
        assertEquals(1, left.get(0).upvotes());
        assertEquals(null, left.get(0).comments());
        assertTrue(papers.page(PaperFilter.all().withSearch("new"), Papers.Sort.RELEVANCE, false, 0, 10).isEmpty());
    }

    @Test
    void aFailedCommitLeavesNothingBehind() throws Exception {
        ParsedPaper bad = new ParsedPaper(2, 1, "Bad Status Paper", "x", 1, null, null, null, null, 1.0,
                new ParsedPaper.Extras("finished", List.of(), List.of(), null));
        try {
            importer.commit(importer.preview("t", listing(paper(1, "Good Paper", "A.", 1, null), bad)));
        } catch (IllegalArgumentException expected) {
            // an unknown status aborts the whole transaction
        }
        assertEquals(0, rowCount("paper"));
        assertEquals(0, rowCount("import"));
    }

    @Test
    void readingStateFromAnExportIsAppliedToNewPapers() {
        ParsedPaper withState = new ParsedPaper(1, 4, "Stateful Paper", "Text.", 2, null, null, "2401.00001", null, 1.0,
                new ParsedPaper.Extras("read", List.of("audio", "to-cite"), List.of("Audio generation"), "good"));
        importer.commit(importer.preview("t", listing(withState)));
        Paper p = papers.find("2401.00001").orElseThrow();
        assertEquals(Status.READ, p.status());
        assertEquals(List.of("audio", "to-cite"), p.tags());
        assertEquals(List.of("Audio generation"), p.families());
        assertEquals("good", p.note());
        assertEquals(1, papers.history(p.id()).size());
    }

    private int rowCount(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
