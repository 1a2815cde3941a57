package org.lectern.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** PaperRow and PaperDate write out their equals and hashCode: each field still counts, as a record's would. */
class RowEqualityTest {
    private static final PaperDate DAY = PaperDate.day(2024, 3, 5);
    private static final PaperRow ROW = new PaperRow(7, "A title", Status.QUEUED, 12, DAY, "ERNIE", "llm");

    @Test
    void rowsWithTheSameFieldsAreEqualAndHashAlike() {
        PaperRow same = new PaperRow(7, new String("A title"), Status.QUEUED, Integer.valueOf(12),
                PaperDate.day(LocalDate.of(2024, 3, 5)), "ERNIE", "llm");
        assertEquals(ROW, same);
        assertEquals(ROW.hashCode(), same.hashCode());
        PaperRow nulls = new PaperRow(7, null, null, null, null, null, null);
        assertEquals(nulls, new PaperRow(7, null, null, null, null, null, null));
        assertEquals(nulls.hashCode(), new PaperRow(7, null, null, null, null, null, null).hashCode());
    }

    @Test
    void everyFieldTellsRowsApart() {
        List<PaperRow> others = List.of(
                new PaperRow(8, "A title", Status.QUEUED, 12, DAY, "ERNIE", "llm"),
                new PaperRow(7, "Another title", Status.QUEUED, 12, DAY, "ERNIE", "llm"),
                new PaperRow(7, "A title", Status.READ, 12, DAY, "ERNIE", "llm"),
                new PaperRow(7, "A title", Status.QUEUED, 13, DAY, "ERNIE", "llm"),
                new PaperRow(7, "A title", Status.QUEUED, null, DAY, "ERNIE", "llm"),
                new PaperRow(7, "A title", Status.QUEUED, 12, PaperDate.year(2024), "ERNIE", "llm"),
                new PaperRow(7, "A title", Status.QUEUED, 12, DAY, "ERNIE, Audio", "llm"),
                new PaperRow(7, "A title", Status.QUEUED, 12, DAY, "ERNIE", "llm, read-later"));
        for (PaperRow other : others) {
            assertNotEquals(ROW, other, other.toString());
            assertNotEquals(other, ROW, other.toString());
        }
        assertNotEquals(ROW, null);
        assertNotEquals(ROW, "A title");
    }

    @Test
    void aYearIsNotItsFirstDay() {
        assertNotEquals(PaperDate.year(2021), PaperDate.day(2021, 1, 1));
        assertEquals(PaperDate.year(2021), PaperDate.year(2021));
        assertEquals(PaperDate.year(2021).hashCode(), PaperDate.year(2021).hashCode());
        assertEquals(PaperDate.day(2021, 1, 1).hashCode(), PaperDate.day(LocalDate.of(2021, 1, 1)).hashCode());
    }
}
