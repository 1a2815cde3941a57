package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/**
 * A year alone (DBLP, Scholar) is stored as the year, and a later listing's whole day of that year takes
 * its place; a year never blurs a day, and two days that disagree keep the first.
 */
class YearOnlyDatesTest extends LibraryInTempFolder {
    private static final String LATTICES = "2103.04567";
    private static final String RUBRIC = "2106.11223";
    private static final String TOKENIZERS = "2112.09876";
    private static final String CURRICULA = "2009.01357";

    private static ParseResult listing(String name) throws IOException {
        try (InputStream in = YearOnlyDatesTest.class.getResourceAsStream("/listings/" + name)) {
            return Listings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private ImportOutcome load(String name) throws IOException {
        ParseResult r = listing(name);
        assertEquals(List.of(), r.diagnostics(), name);
        return importer.commit(name, r.format(), r.papers(), 0, x -> { });
    }

    private ImportPreview preview(String name) throws IOException {
        return importer.preview(name, listing(name));
    }

    private PaperDate date(String arxivId) {
        return papers.find(arxivId).orElseThrow().published();
    }

    @Test
    void dblpAndScholarYearsAreStoredAsTheYear() throws Exception {
        load("year-only-dblp.txt");
        load("year-only-scholar.txt");
        assertEquals("2021", storedDate(LATTICES));
        assertEquals("2022", storedDate(TOKENIZERS));
        assertEquals("2020", storedDate(CURRICULA));
        assertEquals(PaperDate.year(2021), date(LATTICES));
        assertTrue(date(LATTICES).yearOnly());
    }

    @Test
    void aLaterWholeDayOfTheSameYearReplacesTheYearAndUndoGivesTheYearBack() throws Exception {
        load("year-only-dblp.txt");
        load("year-only-scholar.txt");
        ImportPreview preview = preview("exact-hf-cards.txt");
        ImportPreview.Item lattices = preview.items().stream()
                .filter(i -> LATTICES.equals(i.paper().arxivId())).findFirst().orElseThrow();
        assertEquals(ImportPreview.Match.UPDATED, lattices.match());
        assertTrue(lattices.change().contains("date 2021 \u2192 2021-03-08"), lattices.change());

        ImportOutcome exact = importer.commit(preview);
        assertEquals("2021-03-08", storedDate(LATTICES));
        assertEquals("2021-06-21", storedDate(RUBRIC));
        assertEquals("2020-09-03", storedDate(CURRICULA), "Scholar's year, then the day");
        assertEquals(PaperDate.day(2021, 3, 8), date(LATTICES));
        // DBLP's 2022 is the venue's year, not the year of arXiv's 17 December 2021: they disagree, the first stays
        assertEquals("2022", storedDate(TOKENIZERS));

        importer.undo(exact.importId());
        assertEquals("2021", storedDate(LATTICES));
        assertEquals("2020", storedDate(CURRICULA));
    }

    @Test
    void aYearNeverReplacesAWholeDayAndTwoDaysThatDisagreeKeepTheFirst() throws Exception {
        load("exact-hf-cards.txt");
        load("year-only-dblp.txt");
        assertEquals("2021-03-08", storedDate(LATTICES));
        assertEquals("2021-06-21", storedDate(RUBRIC));
        assertEquals("2021-12-17", storedDate(TOKENIZERS));

        ParseResult later = Listings.parse("Pruned Lattices for Sparse Retrieval\nPaper \u2022 " + LATTICES
                + " \u2022 Published Mar 9, 2021 \u2022 12\n");
        importer.commit("later.txt", later.format(), later.papers(), 0, x -> { });
        assertEquals("2021-03-08", storedDate(LATTICES), "the day the library had stays, as before");
    }

    @Test
    void aYearSortsAsTheStartOfItsYear() throws Exception {
        load("exact-hf-cards.txt");
        ParseResult older = Listings.parse("""
                Ines Varga:
                A Survey of Lattice Retrieval. CoRR abs/2105.00001 (2021)
                Jon Amari:
                Speech Tokenizers Revisited. CoRR abs/2012.00002 (2020)
                """);
        importer.commit("older.txt", older.format(), older.papers(), 0, x -> { });
        List<String> order = papers.page(PaperFilter.all(), Papers.Sort.PUBLISHED, false, 0, 50).stream()
                .map(PaperRow::published).map(String::valueOf).toList();
        assertEquals(List.of("2020", "2020-09-03", "2021", "2021-03-08", "2021-06-21", "2021-12-17"), order);
    }

    @Test
    void mergingTwoPapersKeepsTheDayOverTheYear() throws Exception {
        load("year-only-dblp.txt");
        ParseResult entry = Listings.parse("@article{lattice, title = {A Pruned Lattice Retriever}, date = {2021-03-08}}\n");
        importer.commit("entry.bib", entry.format(), entry.papers(), 0, x -> { });
        long kept = papers.find(LATTICES).orElseThrow().id();
        long other = papers.find("A Pruned Lattice Retriever").orElseThrow().id();
        new Merges(library).merge(kept, other);
        assertEquals(PaperDate.day(2021, 3, 8), papers.get(kept).orElseThrow().published());
    }
}
