package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.LibraryInTempFolder;
import org.lectern.store.Papers;

class UndoJournalTest extends LibraryInTempFolder {
    private final UndoJournal journal = new UndoJournal();

    static ParseResult seed() throws IOException {
        try (InputStream in = UndoJournalTest.class.getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            return Listings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private ImportChange importSeed() throws IOException {
        ParseResult r = seed();
        return new ImportChange(importer, "seed", r.format(), r.papers(), 0, f -> { }, () -> false);
    }

    @Test
    void importIsUndoneAndRedone() throws IOException {
        ImportChange change = importSeed();
        journal.perform(change);
        assertEquals(28, papers.count(PaperFilter.all()));
        assertEquals(28, change.outcome().added());
        assertEquals("Import of seed", journal.nextUndo().orElseThrow());

        journal.undo();
        assertEquals(0, papers.count(PaperFilter.all()));
        journal.redo();
        assertEquals(28, papers.count(PaperFilter.all()));
    }

    @Test
    void statusAndTagChangesUndoInReverseOrder() throws IOException {
        journal.perform(importSeed());
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();

        journal.perform(QueueChange.status(papers, id, Status.READING));
        journal.perform(TagChange.add(papers, id, "audio"));
        assertEquals(Status.READING, papers.get(id).orElseThrow().status());
        assertEquals(List.of("audio"), papers.get(id).orElseThrow().tags());

        journal.undo();
        assertEquals(List.of(), papers.get(id).orElseThrow().tags());
        journal.undo();
        assertEquals(Status.NEW, papers.get(id).orElseThrow().status());
        journal.undo();
        assertEquals(0, papers.count(PaperFilter.all()));
        assertTrue(journal.undo().isEmpty());

        journal.redo();
        journal.redo();
        assertEquals(Status.READING, papers.get(papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id())
                .orElseThrow().status());
    }

    @Test
    void addingATagAPaperHasAlreadyUndoesNothing() throws IOException {
        journal.perform(importSeed());
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        papers.addTag(id, "kept");
        journal.perform(TagChange.add(papers, id, "kept"));
        journal.undo();
        assertEquals(List.of("kept"), papers.get(id).orElseThrow().tags());
    }

    @Test
    void aNewChangeClearsRedo() throws IOException {
        journal.perform(importSeed());
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        journal.perform(QueueChange.status(papers, id, Status.READ));
        journal.undo();
        journal.perform(QueueChange.status(papers, id, Status.DROPPED));
        assertTrue(journal.redo().isEmpty());
    }

    @Test
    void undoIfLatestRefusesAnOlderChange() throws IOException {
        ImportChange imported = importSeed();
        journal.perform(imported);
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        journal.perform(QueueChange.status(papers, id, Status.READ));
        assertFalse(journal.undoIfLatest(imported));
        journal.undo();
        assertTrue(journal.undoIfLatest(imported));
        assertEquals(0, papers.count(PaperFilter.all()));
    }

    @Test
    void aCancelledImportWritesNothingAndIsNotRemembered() throws IOException {
        ParseResult r = seed();
        // enough papers to pass the importer's progress report at 1,000
        List<org.lectern.listing.ParsedPaper> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            var p = r.papers().get(i % r.papers().size());
            many.add(new org.lectern.listing.ParsedPaper(i + 1, p.upvotes(), p.title() + " part " + i, p.abstractText(),
                    p.authors(), p.published(), p.comments(), null, null, p.confidence(), null));
        }
        ImportChange change = new ImportChange(importer, "many", r.format(), many, 0, f -> { }, () -> true);
        assertThrows(CancellationException.class, () -> journal.perform(change));
        assertEquals(0, papers.count(PaperFilter.all()));
        assertTrue(journal.nextUndo().isEmpty());
    }

    @Test
    void anImportThatChangesNothingIsNotOfferedForUndo() throws IOException {
        journal.perform(importSeed());
        long id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        journal.perform(QueueChange.status(papers, id, Status.READ));
        journal.undo();
        ImportChange again = importSeed();
        journal.perform(again);
        assertEquals(28, again.outcome().unchanged());
        assertTrue(again.changedNothing());
        // the latest change is still the first import, and the undone status can still be redone
        assertEquals("Import of seed", journal.nextUndo().orElseThrow());
        assertEquals(Status.READ.name(), journal.redo().map(c -> papers.get(id).orElseThrow().status().name()).orElseThrow());
        journal.undo();
        journal.undo();
        assertEquals(0, papers.count(PaperFilter.all()));
    }
}
