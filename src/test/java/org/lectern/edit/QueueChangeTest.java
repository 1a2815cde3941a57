package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.library.Status;

/** Status and queue changes on a real file: undo gives back the rows exactly, redo repeats them. */
class QueueChangeTest extends SeededLibraryTest {
    List<Long> ids;

    @BeforeEach
    void prepare() {
        ids = check.ids();
    }

    @Test
    void aStatusIsSetUndoneAndRedone() {
        TableDump after = check.appliesUndoesRedoes(QueueChange.status(check.papers, ids.get(0), Status.READING),
                TableDump::withoutTimes);
        assertEquals(1, after.rows("status_change").size());
        assertEquals(Status.READING, check.papers.get(ids.get(0)).orElseThrow().status());
    }

    @Test
    void enqueueingAtTheTopIsUndoneAndRedone() {
        QueueChange.enqueue(check.papers, ids.get(0), false).apply();
        QueueChange.enqueue(check.papers, ids.get(1), false).apply();
        check.appliesUndoesRedoes(QueueChange.enqueue(check.papers, ids.get(2), true), TableDump::withoutTimes);
        assertEquals(1, rank(ids.get(2)));
    }

    @Test
    void movingAndSkippingAreUndoneAndRedone() {
        for (int i = 0; i < 3; i++) QueueChange.enqueue(check.papers, ids.get(i), false).apply();
        check.appliesUndoesRedoes(QueueChange.move(check.papers, ids.get(2), -1), TableDump::withoutTimes);
        assertEquals(2, rank(ids.get(2)));
        check.appliesUndoesRedoes(QueueChange.skip(check.papers, ids.get(0)), TableDump::withoutTimes);
        assertEquals(3, rank(ids.get(0)));
    }

    /** 1 for the head of the queue. */
    private int rank(long id) {
        return check.papers.queue().stream().map(r -> r.id()).toList().indexOf(id) + 1;
    }
}
