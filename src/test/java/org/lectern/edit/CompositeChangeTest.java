package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.library.Status;
import org.lectern.store.StoreException;

/** Several changes as one, on a real file: undone in reverse, and a failing part leaves nothing behind. */
class CompositeChangeTest extends SeededLibraryTest {
    long id;

    @BeforeEach
    void prepare() {
        id = check.ids().get(0);
    }

    @Test
    void itsPartsAreAppliedUndoneAndRedoneTogether() {
        CompositeChange both = new CompositeChange("Tag and queue", List.of(
                TagChange.add(check.papers, id, "audio"), QueueChange.status(check.papers, id, Status.QUEUED)));
        check.appliesUndoesRedoes(both, TableDump::withoutTimes);
        assertEquals(List.of("audio"), check.papers.get(id).orElseThrow().tags());
        assertEquals(Status.QUEUED, check.papers.get(id).orElseThrow().status());
    }

    @Test
    void aFailingPartTakesBackThePartsBeforeIt() {
        TableDump before = TableDump.of(check.file).withoutTimes();
        CompositeChange broken = new CompositeChange("Tag, then fail", List.of(
                TagChange.add(check.papers, id, "audio"),
                new RenameFamily(check.services.families(), 12345, "nothing", " ")));
        assertThrows(StoreException.class, broken::apply);
        ChangeCheck.assertSameRows(before, TableDump.of(check.file).withoutTimes(), "after a failed part");
    }
}
