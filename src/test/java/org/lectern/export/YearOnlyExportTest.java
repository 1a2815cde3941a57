package org.lectern.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/**
 * A library's year alone (from a DBLP listing) is exported as the year: JSON "2021", BibTeX's year with no
 * month or date, Markdown's year; the JSON and the BibTeX read back into another library as the year again.
 */
class YearOnlyExportTest {
    @TempDir
    Path dir;

    private static List<Paper> imported(Library library, String text) {
        ParseResult r = Listings.parse(text);
        assertEquals(List.of(), r.diagnostics());
        new Importer(library).commit("listing", r.format(), r.papers(), 0, x -> { });
        return new Papers(library).all(PaperFilter.all());
    }

    private static Map<String, PaperDate> dates(List<Paper> papers) {
        Map<String, PaperDate> out = new TreeMap<>();
        for (Paper p : papers) out.put(p.title(), p.published());
        return out;
    }

    private static String write(ExportFormat format, List<Paper> papers) throws Exception {
        StringWriter out = new StringWriter();
        format.write(papers, out);
        return out.toString();
    }

    @Test
    void aYearIsExportedAsTheYearAndReadsBackAsTheYear() throws Exception {
        String dblp;
        try (InputStream in = YearOnlyExportTest.class.getResourceAsStream("/listings/year-only-dblp.txt")) {
            dblp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<Paper> papers = imported(library, dblp + "Hana Ito:\nA Dated Paper. CoRR abs/2104.00001 (2021)\n");
            // one whole day beside the years, to tell them apart in every export
            ParseResult card = Listings.parse("A Dated Paper\nPaper \u2022 2104.00001 \u2022 Published Apr 1, 2021 \u2022 2\n");
            new Importer(library).commit("card", card.format(), card.papers(), 0, x -> { });
            papers = new Papers(library).all(PaperFilter.all());
            Map<String, PaperDate> want = dates(papers);
            assertEquals(PaperDate.year(2021), want.get("Pruned Lattices for Sparse Retrieval"));
            assertEquals(PaperDate.day(2021, 4, 1), want.get("A Dated Paper"));

            String json = write(ExportFormat.JSON, papers);
            assertTrue(json.contains("\"published\" : \"2021\""), json);
            assertTrue(json.contains("\"published\" : \"2021-04-01\""), json);

            String bib = write(ExportFormat.BIBTEX, papers);
            String lattices = entry(bib, "Pruned Lattices for Sparse Retrieval");
            assertTrue(lattices.contains("year = {2021},"), lattices);
            assertFalse(lattices.contains("month") || lattices.contains("date ="), lattices);
            String dated = entry(bib, "A Dated Paper");
            assertTrue(dated.contains("month = apr,") && dated.contains("date = {2021-04-01},"), dated);

            String md = write(ExportFormat.MARKDOWN, papers);
            assertTrue(md.contains("## Pruned Lattices for Sparse Retrieval\n\n*New* · 2021 · "), md);
            assertFalse(md.contains("2021-01-01"), md);

            for (String export : List.of(json, bib)) {
                try (Library other = Library.open(dir.resolve("other-" + export.hashCode() + ".db"))) {
                    assertEquals(want, dates(imported(other, export)), export);
                }
            }
        }
    }

    /** The BibTeX entry whose title is {@code title}. */
    private static String entry(String bib, String title) {
        for (String e : bib.split("@misc\\{")) if (e.contains("title = {{" + title + "}}")) return e;
        throw new AssertionError("no entry titled " + title + " in\n" + bib);
    }
}
