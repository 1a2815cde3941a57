package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.lookup.ArxivEntry;
import org.lectern.lookup.Enrichment;
import org.lectern.store.StoreException;

/**
 * A lookup's matches on a real library file: each stored as it is found, all taken back by one undo to
 * the very rows there were, and all applied again by one redo.
 */
class LookupChangeTest {
    @TempDir
    Path dir;
    ChangeCheck check;
    UndoJournal journal = new UndoJournal();
    Paper first;
    Paper second;
    Paper third;

    @BeforeEach
    void seed() throws Exception {
        check = new ChangeCheck(dir);
        List<Long> ids = check.ids();
        first = check.papers.get(ids.get(0)).orElseThrow();
        second = check.papers.get(ids.get(1)).orElseThrow();
        third = check.papers.get(ids.get(2)).orElseThrow();
    }

    @AfterEach
    void close() {
        check.close();
    }

    /** What arXiv would say of {@code p}: its own title with the abstract's first word, as a mis-split listing lacks. */
    private static ArxivEntry onArxiv(Paper p, String id, List<String> authors) {
        String firstWord = p.abstractText().split("\\s+")[0];
        return new ArxivEntry(id, p.title() + " " + firstWord, p.abstractText(), authors, LocalDate.of(2023, 1, 9),
                "http://arxiv.org/abs/" + id + "v1", "http://arxiv.org/pdf/" + id + "v1", "cs.CL");
    }

    private EditPaper edit(Paper p, ArxivEntry e) {
        return new EditPaper(check.library, p.id(), Enrichment.changes(p, e), "Look up on arXiv");
    }

    @Test
    void aLookupGrowsAsItFindsAndOneUndoTakesItAllBackExactly() {
        TableDump before = TableDump.of(check.file);
        LookupChange lookup = new LookupChange(edit(first, onArxiv(first, "2301.00001", List.of("Ada One", "Bo Two"))));
        journal.perform(lookup);
        assertEquals("2301.00001", check.papers.get(first.id()).orElseThrow().arxivId(), "stored as soon as found");
        assertTrue(journal.growLatest(lookup, () -> lookup.extend(edit(second, onArxiv(second, "2301.00002", List.of("Cy Three"))))));
        TableDump after = TableDump.of(check.file);

        Paper a = check.papers.get(first.id()).orElseThrow();
        assertEquals(List.of("Ada One", "Bo Two"), a.authorNames());
        assertEquals(2, a.authors());
        assertEquals(PaperDate.day(2023, 1, 9), a.published());
        assertEquals("http://arxiv.org/abs/2301.00001v1", a.url());
        String firstWord = first.abstractText().split("\\s+")[0];
        assertEquals(first.title() + " " + firstWord, a.title(), "arXiv's title");
        assertEquals(first.abstractText().substring(firstWord.length()).strip(), a.abstractText(), "cut where that title ends");
        assertEquals("2301.00002", check.papers.get(second.id()).orElseThrow().arxivId());
        assertEquals(List.of(first.id(), second.id()), lookup.paperIds());
        assertEquals("Look up on arXiv", journal.nextUndo().orElseThrow(), "one change for the whole lookup");

        journal.undo();
        ChangeCheck.assertSameRows(before, TableDump.of(check.file), "after undoing the lookup");
        journal.redo();
        ChangeCheck.assertSameRows(after, TableDump.of(check.file), "after redoing the lookup");
        journal.undo();
        ChangeCheck.assertSameRows(before, TableDump.of(check.file), "after undoing the redo");
    }

    @Test
    void aLookupDoesNotGrowPastALaterChangeAndARefusedMatchLeavesItAsItWas() {
        TableDump before = TableDump.of(check.file);
        LookupChange lookup = new LookupChange(edit(first, onArxiv(first, "2301.00001", List.of("Ada One"))));
        journal.perform(lookup);
        var taken = assertThrows(StoreException.class,
                () -> lookup.extend(edit(second, onArxiv(second, "2301.00001", List.of("Cy Three")))));
        assertTrue(taken.getMessage().contains("already has the arXiv id 2301.00001"), taken.getMessage());
        assertEquals(List.of(first.id()), lookup.paperIds(), "the refused match is not part of the lookup");
        assertEquals(second.title(), check.papers.get(second.id()).orElseThrow().title());

        journal.perform(TagChange.add(check.papers, third.id(), "later"));
        boolean[] ran = {false};
        assertFalse(journal.growLatest(lookup, () -> ran[0] = true), "a change came after the lookup");
        assertFalse(ran[0]);
        journal.undo();
        journal.undo();
        ChangeCheck.assertSameRows(before, TableDump.of(check.file), "after undoing the tag and the lookup");
    }
}
