package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperDate;
import org.lectern.listing.ParsedPaper;

/** An import on a real file: undo takes back its papers and the upvotes it refreshed; redo repeats it. */
class ImportChangeTest extends SeededLibraryTest {

    @Test
    void newAndUpdatedPapersAreUndoneAndRedone() throws IOException {
        ParsedPaper known = UndoJournalTest.seed().papers().get(0);
        ParsedPaper updated = new ParsedPaper(1, 999, known.title(), known.abstractText(), known.authors(),
                known.published(), 7, known.arxivId(), known.url(), known.confidence(), null);
        ParsedPaper fresh = new ParsedPaper(2, 3, "A paper the seed does not have", "Its abstract.", 2,
                PaperDate.day(2024, 5, 1), 0, null, null, 0.9, null);
        ImportChange change = new ImportChange(check.services.importer(), "more", "test", List.of(updated, fresh), 1,
                f -> { }, () -> false);
        TableDump after = check.appliesUndoesRedoes(change, TableDump::withoutTimes);
        assertEquals(1, change.outcome().added());
        assertEquals(1, change.outcome().updated());
        assertEquals(29, after.rows("paper").size());
        assertEquals(1, after.rows("import_update").size());
    }
}
