package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding and removing a tag on a real file: undo and redo give back the rows exactly. */
class TagChangeTest extends SeededLibraryTest {
    long id;

    @BeforeEach
    void prepare() {
        id = check.ids().get(0);
    }

    @Test
    void aTagIsAddedUndoneAndRedone() {
        TableDump after = check.appliesUndoesRedoes(TagChange.add(check.papers, id, " audio "));
        assertEquals(1, after.rows("paper_tag").size());
        assertEquals(List.of("audio"), check.papers.get(id).orElseThrow().tags());
    }

    @Test
    void aTagIsRemovedUndoneAndRedone() {
        check.papers.addTag(id, "audio");
        check.papers.addTag(id, "later");
        check.appliesUndoesRedoes(TagChange.remove(check.papers, id, "audio"));
        assertEquals(List.of("later"), check.papers.get(id).orElseThrow().tags());
    }
}
