package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.export.ExportFormat;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.ui.PublishedDate;

/**
 * A month without its day (a BibTeX entry's month, a RIS date that stops at the month) is stored as the
 * month, shown and exported as it, and sorts at the start of its month; a later listing's day of that month
 * takes its place, while a year, or a day of another month, does not.
 */
class MonthDatesTest extends LibraryInTempFolder {
    private static final String SPARSE = "2103.04567";

    private void load(String name, String text) {
        ParseResult r = Listings.parse(text);
        assertEquals(List.of(), r.diagnostics(), name);
        importer.commit(name, r.format(), r.papers(), 0, x -> { });
    }

    private static String entry(String date) {
        return "@article{sparse, title = {Pruned Lattices for Sparse Retrieval}, eprint = {" + SPARSE + "}, "
                + date + "}\n";
    }

    @Test
    void aBibtexMonthIsStoredShownAndExportedAsTheMonth() throws Exception {
        load("sparse.bib", entry("year = 2021, month = mar"));
        assertEquals("2021-03", storedDate(SPARSE));
        PaperDate date = papers.find(SPARSE).orElseThrow().published();
        assertEquals(PaperDate.month(2021, 3), date);
        assertEquals("Mar 2021", PublishedDate.BRIEF.of(date));
        assertEquals("March 2021", PublishedDate.FULL.of(date));

        StringWriter bib = new StringWriter();
        ExportFormat.BIBTEX.write(papers.all(PaperFilter.all()), bib);
        assertTrue(bib.toString().contains("year = {2021}"), bib.toString());
        assertTrue(bib.toString().contains("month = mar"), bib.toString());
        assertTrue(bib.toString().contains("date = {2021-03}"), bib.toString());
    }

    @Test
    void aRisDateThatStopsAtTheMonthIsTheMonth() {
        ParseResult r = Listings.parse("""
                TY  - JOUR
                TI  - Pruned Lattices for Sparse Retrieval
                DA  - 2021/03/
                ER  -
                """);
        assertEquals(PaperDate.month(2021, 3), r.papers().get(0).published());
    }

    @Test
    void aDayOfTheMonthReplacesItAndAYearOrAnotherMonthsDayDoesNot() {
        load("sparse.bib", entry("year = 2021, month = mar"));
        load("year.txt", "Ines Varga:\nPruned Lattices for Sparse Retrieval. CoRR abs/" + SPARSE + " (2021)\n");
        assertEquals("2021-03", storedDate(SPARSE), "a year never blurs a month");
        load("april.bib", entry("date = {2021-04-02}"));
        assertEquals("2021-03", storedDate(SPARSE), "a day of another month disagrees: the month stays");
        load("day.txt", "Pruned Lattices for Sparse Retrieval\nPaper \u2022 " + SPARSE + " \u2022 Published Mar 8, 2021 \u2022 12\n");
        assertEquals("2021-03-08", storedDate(SPARSE));
        load("month-again.bib", entry("year = 2021, month = mar"));
        assertEquals("2021-03-08", storedDate(SPARSE), "a month never blurs a day");
    }

    @Test
    void aMonthSortsAfterItsYearAndBeforeItsDays() {
        assertTrue(PaperDate.year(2021).compareTo(PaperDate.month(2021, 3)) < 0);
        assertTrue(PaperDate.month(2021, 3).compareTo(PaperDate.day(2021, 3, 1)) < 0);
        assertTrue(PaperDate.month(2021, 3).compareTo(PaperDate.day(2021, 2, 28)) > 0);
        load("sparse.bib", entry("year = 2021, month = mar"));
        load("others.txt", """
                Lattice Retrieval at Scale
                Paper \u2022 2103.00001 \u2022 Published Mar 1, 2021 \u2022 3
                Speech Tokenizers Revisited
                Paper \u2022 2102.00002 \u2022 Published Feb 28, 2021 \u2022 4
                """);
        List<String> order = papers.page(PaperFilter.all(), Papers.Sort.PUBLISHED, false, 0, 50).stream()
                .map(PaperRow::published).map(String::valueOf).toList();
        assertEquals(List.of("2021-02-28", "2021-03", "2021-03-01"), order);
    }

    @Test
    void aMonthReadsBackFromItsTextAndNoOtherMonthDoes() {
        assertEquals(PaperDate.month(2021, 3), PaperDate.parse("2021-03"));
        assertEquals("2021-03", PaperDate.month(2021, 3).toString());
        assertThrows(DateTimeParseException.class, () -> PaperDate.parse("2021-13"));
        assertThrows(DateTimeParseException.class, () -> PaperDate.parse("2021-00"));
    }

    private static PaperDate parsed(String listing) {
        ParseResult r = Listings.parse(listing);
        assertEquals(List.of(), r.diagnostics());
        return r.papers().get(0).published();
    }

    private static String ris(String da, String py) {
        return "TY  - JOUR\nTI  - Pruned Lattices for Sparse Retrieval\nDA  - " + da + "\nPY  - " + py + "\nER  -\n";
    }

    /** The date of the one paper of {@code listing}, which says one thing about it could not be read. */
    private static PaperDate parsedSaying(String listing, String problem) {
        ParseResult r = Listings.parse(listing);
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).toString().contains(problem), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).toString().startsWith("line 1: BibTeX entry @article 'sparse'"), r.diagnostics().toString());
        return r.papers().get(0).published();
    }

    @Test
    void whatIsReadableOfABibtexDateStaysAndWhatIsNotIsSaid() {
        assertEquals(PaperDate.month(2021, 3), parsed(entry("date = {2021-03/2021-05}")), "a range, from its start");
        assertEquals(PaperDate.day(2021, 3, 5), parsed(entry("date = {2021-03-05/2021-03-07}")));
        assertEquals(PaperDate.month(2021, 2), parsedSaying(entry("year = 2021, month = feb, day = 30"),
                "February 2021 has no day 30 (year, month and day): the month is kept"));
        assertEquals(PaperDate.year(2021), parsedSaying(entry("date = {2021-13}"),
                "there is no month 13 (date '2021-13'): the year alone is kept"));
        assertEquals(PaperDate.year(2022), parsedSaying(entry("year = 2022, month = {foo}"),
                "month 'foo' is not a month: the year alone is kept"));
        assertEquals(null, parsedSaying(entry("year = {20x2}"), "year '20x2' is not a year: no date"));
        assertEquals(PaperDate.year(2020), parsedSaying(entry("date = {soon}, year = 2020"),
                "date 'soon' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY): the year field is read instead"));
    }

    @Test
    void aRisMonthTakesTheDayPyGivesInItAndKeepsItsMonthOverAnotherMonthsDay() {
        assertEquals(PaperDate.day(1948, 7, 15), parsed(ris("July", "1948/07/15")));
        assertEquals(PaperDate.month(1948, 7), parsed(ris("July", "1948")));
        assertEquals(PaperDate.month(2021, 1), parsed(ris("2021/01/", "2021/03/05")), "January is a month, not an unknown");
    }

    @Test
    void aCardsDayThatDoesNotExistLeavesItsMonthAndIsSaid() {
        ParseResult r = Listings.parse("Pruned Lattices for Sparse Retrieval\nPaper \u2022 " + SPARSE
                + " \u2022 Published Feb 29, 2021 \u2022 3\n");
        assertEquals(PaperDate.month(2021, 2), r.papers().get(0).published());
        assertEquals("line 2: the card's date 'Feb 29, 2021' is not a day: the month is kept", r.diagnostics().get(0).toString());
    }
}
