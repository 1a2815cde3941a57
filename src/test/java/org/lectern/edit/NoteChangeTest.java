package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.NoteRevision;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** Note saves through the journal: undo and redo, and no text is ever dropped on the way. */
class NoteChangeTest {
    @TempDir
    Path dir;
    Library library;
    Papers papers;
    UndoJournal journal;
    long id;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(dir.resolve("library.db"));
        papers = new Papers(library);
        Importer importer = new Importer(library);
        ParseResult r = UndoJournalTest.seed();
        importer.commit(importer.preview("seed", r));
        id = papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 1).get(0).id();
        journal = new UndoJournal();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private String note() {
        return papers.get(id).orElseThrow().note();
    }

    @Test
    void savesUndoToThePreviousTextAndRedoAgain() {
        journal.perform(new NoteChange(papers, id, "first thoughts"));
        journal.perform(new NoteChange(papers, id, "second thoughts"));
        assertEquals("Edit the note", journal.nextUndo().orElseThrow());

        journal.undo();
        assertEquals("first thoughts", note());
        journal.undo();
        assertEquals("", note());
        journal.redo();
        journal.redo();
        assertEquals("second thoughts", note());
        // every text the note had is still in its revisions
        assertEquals(List.of("first thoughts", "", "first thoughts", "second thoughts", "first thoughts"),
                papers.noteRevisions(id).stream().map(NoteRevision::body).toList());
    }

    @Test
    void restoringAnOldVersionKeepsTheReplacedTextAsARevision() {
        papers.saveNote(id, "old version");
        papers.saveNote(id, "current version");
        journal.perform(new NoteChange(papers, id, "old version", "Restore an earlier note"));
        assertEquals("old version", note());
        assertEquals("current version", papers.noteRevisions(id).get(0).body());
        assertEquals("Restore an earlier note", journal.undo().orElseThrow().description());
        assertEquals("current version", note());
    }

    @Test
    void aNoteChangeGivesBackTheRowsItReplacedKeepingEveryTextAsARevision() throws IOException {
        try (ChangeCheck check = new ChangeCheck(dir.resolve("check"))) {
            long paper = check.ids().get(0);
            check.papers.saveNote(paper, "first thoughts");
            NoteChange change = new NoteChange(check.papers, paper, "second thoughts");
            // the revisions grow on purpose (no text is ever dropped): every other row must match
            check.appliesUndoesRedoes(change, d -> d.withoutTimes().without("note_revision"));
            assertEquals("second thoughts", check.papers.get(paper).orElseThrow().note());
            assertEquals(List.of("first thoughts", "second thoughts", "first thoughts"),
                    check.papers.noteRevisions(paper).stream().map(NoteRevision::body).toList());
        }
    }
}
