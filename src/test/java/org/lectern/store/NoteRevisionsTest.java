package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.NoteRevision;

/** Earlier texts of a note, read back from a real library file. */
class NoteRevisionsTest {
    @TempDir
    Path dir;
    Library library;
    Papers papers;
    long id;
    long other;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", listing(
                paper(1, "Neural Audio Codecs", "We compress speech.", 10, null),
                paper(2, "Small Language Models on Phones", "Efficient inference.", 1, null))));
        papers = new Papers(library);
        id = papers.find("Neural Audio Codecs").orElseThrow().id();
        other = papers.find("Small Language Models on Phones").orElseThrow().id();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void revisionsComeNewestFirstWithoutTheCurrentNote() throws Exception {
        assertEquals(List.of(), papers.noteRevisions(id));
        papers.saveNote(id, "one\nmore on one");
        papers.saveNote(id, "two");
        papers.saveNote(id, "two"); // unchanged: no revision
        papers.saveNote(id, "three");
        papers.saveNote(other, "elsewhere");
        papers.saveNote(other, "elsewhere, later");

        List<NoteRevision> revisions = papers.noteRevisions(id);
        assertEquals(List.of("two", "one\nmore on one"), revisions.stream().map(NoteRevision::body).toList());
        assertEquals("one", revisions.get(1).firstLine());
        assertFalse(revisions.get(0).savedAt().isBefore(revisions.get(1).savedAt()));
        assertEquals(List.of("elsewhere"), papers.noteRevisions(other).stream().map(NoteRevision::body).toList());

        // the file itself, read through a connection of its own, holds the same
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.file().toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM note_revision WHERE paper_id = " + id)) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void replaceNoteHandsBackWhatItReplaced() {
        assertEquals("", papers.replaceNote(id, "first"));
        assertEquals("first", papers.replaceNote(id, "second"));
        assertEquals("second", papers.replaceNote(id, "second"));
        assertEquals("second", papers.get(id).orElseThrow().note());
        assertEquals(List.of("first"), papers.noteRevisions(id).stream().map(NoteRevision::body).toList());
    }
}
