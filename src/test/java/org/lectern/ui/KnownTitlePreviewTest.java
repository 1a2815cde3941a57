package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;
import org.lectern.ui.importing.ImportPreviewSheet;
import org.lectern.ui.importing.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A one-line paper whose title the library already keeps as given is not an uncertain split in the
 * preview, however unsure the splitter was: the mark goes to the next unsure paper, as the command line's
 * list and the dry run mark them.
 */
@ExtendWith(ApplicationExtension.class)
class KnownTitlePreviewTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(KnownTitlePreviewTest::seed);

    /** "Lonely" with its title given (a separate field, as BibTeX keeps it). */
    private static void seed(WindowFixture fixture) {
        ParsedPaper given = new ParsedPaper(1, null, "Lonely", "", 2, null, null, null, null, 1.0, null);
        Importer importer = new Importer(fixture.library);
        importer.commit(importer.preview("bib", new ParseResult("bibtex", List.of(given), List.of())));
    }

    @Test
    void theKnownTitleIsNotMarkedAndTheNextUnsureSplitIs(FxRobot robot) {
        fixture.pasteListing(robot, "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\n"
                + "5 Lonely 2 authors · Dec 25, 2023\n"
                + "4 Solitary 2 authors · Dec 26, 2023\n");
        ImportPreviewSheet sheet = fixture.window.previewSheet();
        List<PreviewRow> rows = fx(() -> List.copyOf(sheet.table().getItems()));
        assertEquals(3, rows.size());
        assertEquals("Lonely", rows.get(1).title());
        assertEquals("Updated", fx(() -> rows.get(1).matchLabel()), "the known paper, its upvotes the listing's");
        assertFalse(fx(() -> rows.get(1).uncertain()), "the library keeps this title as given");
        assertTrue(fx(() -> rows.get(2).uncertain()), "the one unsure split a listing of three may mark");
        assertEquals(1L, (long) fx(sheet::uncertainLeft));
    }
}
