package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.StoreException;

/** One action on several selected papers, on a real file: one step to apply, undo and redo, one transaction. */
class SelectionChangeTest extends SeededLibraryTest {
    List<Long> ids;

    @BeforeEach
    void prepare() {
        ids = check.ids().subList(0, 4);
    }

    @Test
    void aStatusForFourPapersIsAppliedUndoneAndRedoneAsOne() {
        Change change = SelectionChange.of(check.library, "Mark Read",
                ids.stream().map(id -> QueueChange.status(check.papers, id, Status.READ)).toList());
        assertEquals("Mark Read (4 papers)", change.description());
        TableDump after = check.appliesUndoesRedoes(change, TableDump::withoutTimes);
        assertEquals(4, after.rows("status_change").size());
        for (long id : ids) assertEquals(Status.READ, check.papers.get(id).orElseThrow().status());
    }

    @Test
    void papersQueuedTogetherKeepTheirOrderAtTheTop() {
        QueueChange.enqueue(check.papers, check.ids().get(10), false).apply();
        List<Change> parts = new java.util.ArrayList<>(ids.stream()
                .map(id -> (Change) QueueChange.enqueue(check.papers, id, true)).toList());
        java.util.Collections.reverse(parts); // as the window does for Shift+Q
        check.appliesUndoesRedoes(SelectionChange.of(check.library, "Add to the top of the queue", parts),
                TableDump::withoutTimes);
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(3), check.ids().get(10)),
                check.papers.queue().stream().map(PaperRow::id).toList());
    }

    @Test
    void aTagAndAFamilyForSeveralPapersAreTakenBackWhole() {
        check.appliesUndoesRedoes(SelectionChange.of(check.library, "Add tag audio",
                ids.stream().map(id -> TagChange.add(check.papers, id, "audio")).toList()));
        check.appliesUndoesRedoes(FamilyChange.create(check.services.families(), ids, "Picked"), TableDump::withoutTimes);
        assertEquals(ids, check.services.families().members(
                check.services.families().byName("Picked").orElseThrow().id()).stream().sorted().toList());
    }

    @Test
    void oneSelectedPaperIsItsOwnChange() {
        Change only = QueueChange.status(check.papers, ids.get(0), Status.READ);
        assertSame(only, SelectionChange.of(check.library, "Mark Read", List.of(only)));
    }

    /**
     * A part fails and the part before it cannot be taken back by hand: the transaction still leaves the
     * file as it was, which a composite of separate writes could not.
     */
    @Test
    void aFailureLeavesTheFileAsItWasEvenWhenAnUndoFails() {
        TableDump before = TableDump.of(check.file).withoutTimes();
        Change stubborn = new Change() {
            @Override
            public String description() {
                return "Tag, and refuse to untag";
            }

            @Override
            public void apply() {
                check.papers.addTag(ids.get(0), "kept");
            }

            @Override
            public void undo() {
                throw new IllegalStateException("cannot take it back");
            }
        };
        Change broken = SelectionChange.of(check.library, "Tag, then fail", List.of(stubborn,
                new RenameFamily(check.services.families(), 12345, "nothing", " ")));
        assertThrows(StoreException.class, broken::apply);
        ChangeCheck.assertSameRows(before, TableDump.of(check.file).withoutTimes(), "after a failed selection change");
    }
}
