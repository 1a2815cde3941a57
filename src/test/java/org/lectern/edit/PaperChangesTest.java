package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Backups;
import org.lectern.store.Families;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Merges;
import org.lectern.store.PaperEdits;
import org.lectern.store.Papers;

/** Edit, merge and delete on a real library file: each applies, undoes to the very rows it started from, and redoes. */
class PaperChangesTest {
    @TempDir
    Path dir;
    Path file;
    Library library;
    Papers papers;
    Families families;
    long a;
    long b;
    long c;

    @BeforeEach
    void seed() throws Exception {
        file = dir.resolve("library.db");
        library = Library.open(file);
        papers = new Papers(library);
        families = new Families(library);
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", new ParseResult("test", List.of(
                new ParsedPaper(1, 10, "Quokka Audio", "Codec. We compress speech with a learned codec.", null, null, null,
                        null, "https://example.org/a", 0.5, null),
                new ParsedPaper(2, 30, "Quokka Audio Codec", "We compress speech with a learned codec at low rates.", 5,
                        PaperDate.day(2024, 5, 1), 2, "2405.00001", null, 1.0, null),
                new ParsedPaper(3, 1, "Wombat Vision", "Seeing in the dark with event cameras.", 2, null, null,
                        null, null, 1.0, null)), List.of())));
        a = papers.find("Quokka Audio").orElseThrow().id();
        b = papers.find("2405.00001").orElseThrow().id();
        c = papers.find("Wombat Vision").orElseThrow().id();
        papers.enqueue(c, false);
        papers.enqueue(a, false);
        papers.setStatus(b, Status.QUEUED);
        papers.setStatus(b, Status.READ);
        papers.addTag(a, "audio");
        papers.addTag(b, "audio");
        papers.addTag(b, "to-cite");
        papers.saveNote(a, "first thoughts");
        papers.saveNote(a, "second thoughts");
        papers.saveNote(b, "read it twice");
        long codecs = families.create("Codecs", "reader", null, List.of(a), "reader");
        families.create("Speech", "reader", null, List.of(b), "reader");
        families.remove(codecs, c); // nothing to remove; rejections come from the picker
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void undoesExactlyAndRedoes(Change change, Runnable checkApplied) throws Exception {
        var before = LibraryDump.of(file);
        change.apply();
        checkApplied.run();
        var applied = LibraryDump.of(file);
        change.undo();
        assertEquals(before, LibraryDump.of(file), "undo gives back every row");
        change.apply();
        checkApplied.run();
        assertEquals(applied.get("tag"), LibraryDump.of(file).get("tag"));
        change.undo();
        assertEquals(before, LibraryDump.of(file), "undo after redo too");
    }

    @Test
    void anEditIsFollowedBySearchAndIdentityAndUndoesExactly() throws Exception {
        EditPaper edit = new EditPaper(library, a, Map.of(PaperEdits.Field.TITLE, "Platypus Speech Codec",
                PaperEdits.Field.ABSTRACT, "We compress speech.", PaperEdits.Field.AUTHORS, 4,
                PaperEdits.Field.PUBLISHED, "2024-06-02", PaperEdits.Field.URL, "https://example.org/p"));
        undoesExactlyAndRedoes(edit, () -> {
            Paper p = papers.get(a).orElseThrow();
            assertEquals("Platypus Speech Codec", p.title());
            assertEquals(4, p.authors());
            assertEquals(PaperDate.day(2024, 6, 2), p.published());
            assertEquals(1, papers.count(PaperFilter.all().withSearch("platypus")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("quokka")), "only the other paper has the old word");
            assertEquals(a, papers.find("platypus speech codec").orElseThrow().id());
        });
        assertEquals(2, papers.count(PaperFilter.all().withSearch("quokka")));
    }

    @Test
    void anEditIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        var before = LibraryDump.of(file);
        var taken = assertThrows(RuntimeException.class,
                () -> new EditPaper(library, a, Map.of(PaperEdits.Field.ARXIV_ID, "2405.00001v2")).apply());
        assertTrue(taken.getMessage().contains("already has the arXiv id 2405.00001"), taken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EditPaper(library, a, Map.of(PaperEdits.Field.TITLE, " ")).apply());
        assertThrows(IllegalArgumentException.class, () -> new EditPaper(library, a, Map.of(PaperEdits.Field.PUBLISHED, "May")).apply());
        assertEquals(before, LibraryDump.of(file));
    }

    @Test
    void aMergeKeepsEverythingOfBothAndUndoRestoresBothPapersExactly() throws Exception {
        List<Status> historyA = papers.history(a).stream().map(h -> h.status()).toList();
        List<Status> historyB = papers.history(b).stream().map(h -> h.status()).toList();
        Papers.Place queuedA = papers.place(a);
        MergePapers merge = new MergePapers(library, a, b);
        undoesExactlyAndRedoes(merge, () -> {
            assertTrue(papers.get(b).isEmpty());
            Paper p = papers.get(a).orElseThrow();
            assertEquals("Quokka Audio Codec", p.title(), "the surer split");
            assertEquals("We compress speech with a learned codec at low rates.", p.abstractText());
            assertEquals("2405.00001", p.arxivId());
            assertEquals("https://example.org/a", p.url());
            assertEquals(5, p.authors());
            assertEquals(30, p.upvotes());
            assertEquals(List.of("audio", "to-cite"), p.tags());
            assertEquals(List.of("Codecs", "Speech"), p.families());
            assertEquals("second thoughts" + Merges.NOTE_SEPARATOR + "read it twice", p.note());
            assertEquals(Status.READ, p.status(), "the further status");
            List<Status> history = papers.history(a).stream().map(h -> h.status()).toList();
            assertEquals(historyA.size() + historyB.size(), history.size());
            assertTrue(papers.noteRevisions(a).stream().anyMatch(r -> r.body().equals("first thoughts")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("twice")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("quokka")));
        });
        assertEquals(queuedA, papers.place(a));
        assertEquals(historyB, papers.history(b).stream().map(h -> h.status()).toList());
    }

    @Test
    void aMergedPaperInTheQueueTakesThePlaceOfTheOneQueuedFirst() {
        papers.setStatus(b, Status.QUEUED); // b enters the queue now, after c and a
        papers.move(b, -10);                // and goes to its top
        double placeOfA = papers.place(a).queuePosition();
        new MergePapers(library, b, a).apply();
        Paper p = papers.get(b).orElseThrow();
        assertEquals(Status.QUEUED, p.status());
        assertEquals(placeOfA, papers.place(b).queuePosition(), "a was queued first");
        assertEquals(List.of(c, b), papers.queue().stream().map(r -> r.id()).toList());
    }

    @Test
    void papersWithDifferentArxivIdsAreNotMerged() {
        new EditPaper(library, c, Map.of(PaperEdits.Field.ARXIV_ID, "2405.00002")).apply();
        var e = assertThrows(IllegalArgumentException.class, () -> new MergePapers(library, b, c).apply());
        assertTrue(e.getMessage().contains("different arXiv ids"), e.getMessage());
        assertTrue(papers.get(c).isPresent());
    }

    @Test
    void aDeleteUndoesEverythingBack() throws Exception {
        DeletePapers delete = new DeletePapers(library, List.of(a, b));
        undoesExactlyAndRedoes(delete, () -> {
            assertEquals(1, papers.count(PaperFilter.all()));
            assertEquals(0, papers.count(PaperFilter.all().withSearch("quokka")));
        });
        assertNull(delete.backup(), "two papers are a handful: no backup");
    }

    @Test
    void deletingMoreThanAHandfulBacksUpFirst() throws Exception {
        Importer importer = new Importer(library);
        List<ParsedPaper> more = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            more.add(new ParsedPaper(i + 1, 1, "Echidna Study " + (char) ('A' + i), "Spines number " + i + " of many.",
                    1, null, null, null, null, 1.0, null));
        }
        importer.commit(importer.preview("t", new ParseResult("test", more, List.of())));
        List<Long> ids = papers.all(PaperFilter.all().withSearch("echidna")).stream().map(Paper::id).toList();
        assertEquals(6, ids.size());
        DeletePapers delete = new DeletePapers(library, ids);
        delete.apply();
        assertNotNull(delete.backup());
        assertTrue(Files.size(delete.backup()) > 0);
        assertTrue(Backups.list(file).contains(delete.backup()));
        assertEquals(0, papers.count(PaperFilter.all().withSearch("echidna")));
        delete.undo();
        assertEquals(6, papers.count(PaperFilter.all().withSearch("echidna")));
    }
}
