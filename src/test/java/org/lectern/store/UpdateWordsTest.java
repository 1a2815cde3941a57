package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;


import org.junit.jupiter.api.Test;
import org.lectern.library.PaperDate;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.Item;
import org.lectern.store.ImportPreview.Match;

/** A preview says, for each paper it would update, which of the library's values change and what it adds. */
class UpdateWordsTest extends LibraryInTempFolder {
    private static final String TITLE = "Sparse Attention for Long Documents";
    private static final String ABSTRACT = "We study sparse attention over long documents and measure it.";

    private Item previewed(ParsedPaper p) {
        return importer.preview("again", TestPapers.listing(p)).items().get(0);
    }

    @Test
    void changedCountsSayTheirOldAndNewValues() {
        TestPapers.importInto(library, TestPapers.paper(1, TITLE, ABSTRACT, 8, 2));
        Item item = previewed(TestPapers.paper(1, TITLE, ABSTRACT, 15, 5));
        assertEquals(Match.UPDATED, item.match());
        assertEquals("upvotes 8 \u2192 15, comments 2 \u2192 5", item.change());

        Item firstCount = previewed(TestPapers.paper(1, TITLE, ABSTRACT, 8, 3));
        assertEquals("comments 2 \u2192 3", firstCount.change());
    }

    @Test
    void whatTheListingAddsIsNamed() {
        // the library's paper has no date, no author count and no arXiv id
        TestPapers.importInto(library, new ParsedPaper(1, 8, TITLE, ABSTRACT, null, null, null, null, null, 1.0, null));
        Item item = previewed(new ParsedPaper(1, 8, TITLE, ABSTRACT, 4, PaperDate.day(2024, 3, 1), null, "2403.01234", null,
                1.0, null));
        assertEquals(Match.UPDATED, item.match());
        assertEquals("adds the author count, the date, the arXiv id", item.change());
    }

    @Test
    void anUnchangedPaperSaysNothing() {
        TestPapers.importInto(library, TestPapers.paper(1, TITLE, ABSTRACT, 8, 2));
        Item item = previewed(TestPapers.paper(1, TITLE, ABSTRACT, 8, 2));
        assertEquals(Match.UNCHANGED, item.match());
        assertNull(item.change());
    }
}
