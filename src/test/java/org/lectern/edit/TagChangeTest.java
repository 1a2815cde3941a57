package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and removing a tag on a real file: undo and redo give back the rows exactly. */
class TagChangeTest {
    @TempDir
    Path dir;
    ChangeCheck check;
    long id;

    @BeforeEach
    void open() throws IOException {
        check = new ChangeCheck(dir);
        id = check.ids().get(0);
    }

    @AfterEach
    void close() {
        check.close();
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
