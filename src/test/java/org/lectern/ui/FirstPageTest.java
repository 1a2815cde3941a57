package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Importer;
import org.lectern.store.LibraryServices;
import org.lectern.store.Papers;
import org.lectern.ui.table.PagedRows;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window reads a screenful of its first page before its first rows, and the rest of that page after
 * them; a row of a page read in part is read when it is asked for. On a real library file of 300 papers.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPageTest {
    private static final int PAPERS = 300;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> {
        Path listing = BigListings.write(f.file.resolveSibling("rows.txt"), PAPERS, "Row");
        ParseResult r = Listings.parse(Files.readString(listing));
        new Importer(f.library).commit("rows.txt", r.format(), r.papers(), r.diagnostics().size(), x -> { });
    });

    @Test
    void aRowPastAPageReadInPartIsReadWhenAskedFor() {
        Papers papers = LibraryServices.of(fixture.library).papers();
        PagedRows.Snapshot first = PagedRows.read(papers, PaperFilter.all(), Papers.Sort.TITLE, false, 40);
        assertEquals(40, first.first().size(), "a screenful of the first page");
        assertEquals(PAPERS, first.count(), "and the view's whole size");
        Background background = Background.daemon();
        try {
            PagedRows rows = fx(() -> new PagedRows(papers, background, PaperFilter.all(), Papers.Sort.TITLE, false,
                    first.count(), first.first()));
            assertTrue(fx(() -> rows.isLoaded(39)));
            assertSame(PagedRows.LOADING, fx(() -> rows.get(120)), "not read yet: a placeholder, and the page is asked for");
            until("row 120, read", () -> rows.isLoaded(120));
            List<PaperRow> expected = papers.page(PaperFilter.all(), Papers.Sort.TITLE, false, 0, PagedRows.PAGE);
            assertEquals(expected.get(120).id(), (long) fx(() -> rows.get(120).id()), "the paper in that place");
            assertEquals(expected.get(0).id(), (long) fx(() -> rows.get(0).id()));
        } finally {
            background.drain(10_000);
        }
    }

    @Test
    void theRestOfTheFirstPageFollowsTheFirstRowsWithoutAScroll() {
        fixture.settleRows(n -> n == PAPERS);
        ObservableList<PaperRow> items = fx(() -> fixture.window.table().getItems());
        assertTrue(items instanceof PagedRows);
        PagedRows rows = (PagedRows) items;
        until("the whole first page", () -> rows.isLoaded(PagedRows.PAGE - 1));
        assertFalse(fx(() -> rows.isLoaded(PagedRows.PAGE)), "the second page waits for a scroll");
        int top = fx(() -> fixture.window.table().getSelectionModel().getSelectedIndex());
        assertEquals(0, top, "the first paper selected, as before");
    }
}
