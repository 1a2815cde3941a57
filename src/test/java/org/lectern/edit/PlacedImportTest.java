package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;

/**
 * An import places its new papers in the reader's families as part of the same change: undo takes the
 * papers and their placements back, redo brings back the very same memberships and suggestions.
 */
class PlacedImportTest {
    @TempDir
    Path dir;
    Path file;
    Library library;
    LibraryServices services;
    List<ParsedPaper> second = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        file = dir.resolve("library.db");
        library = Library.open(file);
        services = LibraryServices.of(library);
        ParseResult dev;
        try (InputStream in = PlacedImportTest.class.getResourceAsStream("/listings/dev-daily-papers-2024.txt")) {
            dev = Listings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<ParsedPaper> first = new ArrayList<>();
        for (int i = 0; i < dev.papers().size(); i++) (i % 2 == 0 ? first : second).add(dev.papers().get(i));
        // the reader has families: the ones proposed for the first half, accepted
        services.importer().commit(services.importer().preview("first", new ParseResult(dev.format(), first, List.of())));
        services.organizer().propose().forEach(services.organizer()::accept);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private int memberships() {
        return TableDump.of(file).rows("family_member").size();
    }

    @Test
    void undoThenRedoRestoresTheFamilyPlacementsExactly() {
        UndoJournal journal = new UndoJournal();
        int before = memberships();
        TableDump beforeImport = TableDump.of(file).withoutTimes();
        PlacedImport change = PlacedImport.of(new ImportChange(services.importer(), "second", "hf", second, 0,
                f -> { }, () -> false), library);
        journal.perform(change);
        TableDump afterImport = TableDump.of(file);
        int placed = memberships() - before;
        assertTrue(placed > 0, "the second half was placed in no family");
        assertEquals(placed, change.placed().placed());

        journal.undo();
        ChangeCheck.assertSameRows(beforeImport, TableDump.of(file).withoutTimes(), "after undoing the import");
        journal.redo();
        assertEquals(placed, memberships() - before);
        // the memberships and suggestions are the very ones placing made, scores and times included
        assertEquals(afterImport.rows("family_member"), TableDump.of(file).rows("family_member"));
        assertEquals(afterImport.rows("family_suggestion"), TableDump.of(file).rows("family_suggestion"));
        ChangeCheck.assertSameRows(afterImport.withoutTimes(), TableDump.of(file).withoutTimes(), "after redoing the import");
    }

    @Test
    void placementAloneIsAppliedUndoneAndRedone() {
        ImportChange importing = new ImportChange(services.importer(), "second", "hf", second, 0, f -> { }, () -> false);
        importing.apply();
        PlacementChange placing = new PlacementChange(services.organizer(), services.placements(),
                () -> importing.outcome().importId());
        TableDump before = TableDump.of(file);
        placing.apply();
        TableDump after = TableDump.of(file);
        assertTrue(after.rows("family_member").size() > before.rows("family_member").size());
        placing.undo();
        ChangeCheck.assertSameRows(before, TableDump.of(file), "after undoing the placement");
        placing.apply();
        ChangeCheck.assertSameRows(after, TableDump.of(file), "after redoing the placement");
    }
}
