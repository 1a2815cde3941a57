package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

/**
 * The search index reads its text from the papers, notes and tags (schema 7) and is told of every change
 * by triggers: after each kind of change it must still agree with that text exactly (FTS5's own
 * integrity check compares them) and find the words the change brought.
 */
class SearchIndexTest extends LibraryInTempFolder {
    @Test
    void notesTagsEditsMergesAndDeletionsKeepTheIndexInStepWithTheText() {
        importer.commit(importer.preview("t", listing(paper(1, "Waveform Codecs", "About speech at low rates.", 5, null),
                paper(2, "Vision Transformers", "About images cut into patches.", 3, null),
                paper(3, "Graph Walks", "About random walks on graphs.", 1, null))));
        long codecs = id("waveform");
        long vision = id("transformers");
        long graphs = id("walks");
        checkIndex();

        papers.saveNote(codecs, "remember the vocoder");
        checkIndex();
        assertEquals(1, count("vocoder"));
        papers.saveNote(codecs, "remember the quantiser");
        papers.saveNote(codecs, "remember the quantiser"); // the same text again changes nothing
        checkIndex();
        assertEquals(0, count("vocoder"));
        assertEquals(1, count("quantiser"));

        papers.addTag(codecs, "audio");
        papers.addTag(codecs, "reading-group");
        papers.addTag(vision, "audio");
        papers.addTag(codecs, "audio"); // already there: nothing is written
        checkIndex();
        assertEquals(2, count("audio"));
        papers.removeTag(codecs, "audio");
        checkIndex();
        assertEquals(1, count("audio"));
        assertEquals(1, count("group"));

        new PaperEdits(library).edit(vision, Map.of(PaperEdits.Field.TITLE, "Patch Transformers"));
        checkIndex();
        assertEquals(1, count("patch"));
        assertEquals(0, count("vision"));

        new Merges(library).merge(graphs, codecs);
        checkIndex();
        assertEquals(1, count("quantiser"));

        new Deletions(library).delete(List.of(graphs));
        checkIndex();
        assertEquals(0, count("quantiser"));
        assertEquals(0, count("walks"));
        assertEquals(1, count("patch"));
    }

    @Test
    void anUndoneImportLeavesNoWordOfItInTheIndex() {
        ImportOutcome first = importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "About kept things.", 5, null))));
        ImportOutcome second = importer.commit(importer.preview("t", listing(paper(1, "Kept Paper", "About kept things.", 9, null),
                paper(2, "Fleeting Paper", "About ephemeral things.", 1, null))));
        papers.addTag(id("fleeting"), "ephemeral-tag");
        papers.saveNote(id("fleeting"), "a passing note");
        importer.undo(second.importId());
        checkIndex();
        assertEquals(0, count("ephemeral"));
        assertEquals(0, count("passing"));
        assertEquals(1, count("kept"));
        importer.undo(first.importId());
        checkIndex();
        assertEquals(0, count("kept"));
    }

    @Test
    void aOneLetterPrefixFindsWhatTheBarePrefixFinds() {
        importer.commit(importer.preview("t", listing(paper(1, "Tokens Tell Tales", "About t and its kin.", 5, null),
                paper(2, "Speech Codecs", "About the 3D tool.", 3, null),
                paper(3, "Graph Walks", "About random walks on graphs.", 1, null),
                paper(4, "T5 Revisited", "A model named T5.", 1, null))));
        papers.addTag(id("walks"), "todo");
        for (String letter : List.of("t", "s", "g", "3", "z")) {
            int bare = library.read(c -> {
                try (var s = c.prepareStatement("SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?")) {
                    s.setString(1, "\"" + letter + "\"*");
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
            assertEquals(bare, count(letter), letter);
            assertEquals(bare, papers.page(PaperFilter.all().withSearch(letter), Papers.Sort.RELEVANCE, false, 0, 10).size());
        }
        assertEquals(4, count("t"));
        assertEquals(1, count("codecs s"));
        assertEquals(2, count("t NOT todo OR s"));
    }

    private long id(String word) {
        return papers.page(PaperFilter.all().withSearch(word), Papers.Sort.RELEVANCE, false, 0, 2).get(0).id();
    }

    private int count(String word) {
        return papers.count(PaperFilter.all().withSearch(word));
    }

    /** FTS5's integrity check: the index holds exactly the tokens of the text it reads from the view. */
    private void checkIndex() {
        library.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1)");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM paper")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
