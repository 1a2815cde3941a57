package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Importer;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A listing that gives only a year shows that year in the real window, not a first of January nobody gave;
 * a later listing's whole day replaces it, and a real 1st of January shows as the day it is.
 */
@ExtendWith(ApplicationExtension.class)
class PublishedDateWindowTest {
    private static final String YEAR_ONLY = "Sparse Attention Over Very Long Documents";
    private static final String WHOLE_DATE = "Reward Models That Read Their Own Rubric";
    /** Known from DBLP by its year, then from a Hugging Face card by its day. */
    private static final String DAY_LATER = "Pruned Lattices for Sparse Retrieval";
    /** Known from DBLP by its year alone. */
    private static final String YEAR_STAYS = "Tiny Tokenizers for Low-Resource Speech";
    private static final String NEW_YEAR = "Fireworks Detection From Sparse Events";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> {
        ParseResult r = Listings.parse("""
                @inproceedings{sparse, title = {%s}, author = {Ada Lovelace}, year = {2019}}

                @article{reward, title = {%s}, author = {Alan Turing}, date = {2024-03-05}}
                """.formatted(YEAR_ONLY, WHOLE_DATE));
        new Importer(f.library).commit("dates.bib", r.format(), r.papers(), r.diagnostics().size(), x -> { });
        ParseResult dblp = Listings.parse("""
                Ada Quill, Bram Lindqvist:
                %s. CoRR abs/2103.04567 (2021)
                Farah Idris, Gunnar Holt:
                %s. CoRR abs/2112.09876 (2022)
                """.formatted(DAY_LATER, YEAR_STAYS));
        new Importer(f.library).commit("dblp.txt", dblp.format(), dblp.papers(), 0, x -> { });
        ParseResult cards = Listings.parse("""
                %s
                Paper \u2022 2103.04567 \u2022 Published Mar 8, 2021 \u2022 12
                %s
                Paper \u2022 2401.00042 \u2022 Published Jan 1, 2024 \u2022 3
                """.formatted(DAY_LATER, NEW_YEAR));
        new Importer(f.library).commit("cards.txt", cards.format(), cards.papers(), 0, x -> { });
    });

    /** The text of the date cell in the row of the paper titled {@code title}, once that row is laid out. */
    private String dateCell(String title) {
        until("the row of " + title + " laid out", () -> dateCellNow(title).isPresent());
        return fx(() -> dateCellNow(title).orElseThrow());
    }

    private Optional<String> dateCellNow(String title) {
        return fixture.window.table().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && "date".equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof PaperRow r && r.title().equals(title))
                .map(n -> ((TableCell<?, ?>) n).getText()).findFirst();
    }

    private String detailLineOf(String title) {
        int index = fx(() -> {
            var rows = fixture.window.table().getItems();
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).title().equals(title)) return i;
            throw new AssertionError(title + " is not in the table");
        });
        fixture.selectInList(index);
        until("the detail of " + title, () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().title().equals(title));
        return fx(() -> ((Label) fixture.window.detail().view().lookup(".detail-meta")).getText());
    }

    @Test
    void aYearAloneIsShownAsTheYearInTheTableAndTheDetail() {
        fixture.settleRows(n -> n == 5);
        assertEquals("2019", dateCell(YEAR_ONLY));
        assertEquals("5 Mar 2024", dateCell(WHOLE_DATE));

        String yearOnly = detailLineOf(YEAR_ONLY);
        assertTrue(yearOnly.contains("2019") && !yearOnly.contains("January"), yearOnly);
        assertTrue(detailLineOf(WHOLE_DATE).contains("5 March 2024"), "the detail keeps a whole date");
    }

    @Test
    void aLaterDayReplacesTheYearAndARealFirstOfJanuaryShowsAsADay() {
        fixture.settleRows(n -> n == 5);
        assertEquals("8 Mar 2021", dateCell(DAY_LATER));
        assertTrue(detailLineOf(DAY_LATER).contains("8 March 2021"), "the detail shows the day the card gave");
        assertEquals("2022", dateCell(YEAR_STAYS));
        assertEquals("1 Jan 2024", dateCell(NEW_YEAR));
        assertTrue(detailLineOf(NEW_YEAR).contains("1 January 2024"), "a day given as the 1st of January is a day");
    }
}
