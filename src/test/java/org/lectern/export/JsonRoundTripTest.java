package org.lectern.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.Status;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

class JsonRoundTripTest {
    @Test
    void theExportReadsBackWithEveryFieldAndTheReadingState() throws Exception {
        Paper full = new Paper(7, "A \"Quoted\" Title: with {braces}", "An abstract.\nSecond line.", 3,
                PaperDate.day(2024, 2, 29), 12, 4, "2402.00001", "https://arxiv.org/abs/2402.00001", Status.READING,
                List.of("llm", "to read"), List.of("ERNIE"), "# note\nline two", "key:2024",
                List.of("Yu Sun", "Émile van der Berg Jr"));
        Paper bare = new Paper(8, "Bare", "", null, null, null, null, null, null, Status.NEW, List.of(), List.of(), "");
        StringWriter out = new StringWriter();
        ExportFormat.JSON.write(List.of(full, bare), out);

        ParseResult r = Listings.parse(out.toString());
        assertEquals("lectern-json", r.format());
        assertEquals(List.of(), r.diagnostics());
        ParsedPaper back = r.papers().get(0);
        assertEquals(full.title(), back.title());
        assertEquals(full.abstractText(), back.abstractText());
        assertEquals(full.authors(), back.authors());
        assertEquals(full.published(), back.published());
        assertEquals(full.upvotes(), back.upvotes());
        assertEquals(full.comments(), back.comments());
        assertEquals(full.arxivId(), back.arxivId());
        assertEquals(full.url(), back.url());
        assertEquals(full.authorNames(), back.authorNames());
        assertEquals("key:2024", back.bibtexKey());
        assertEquals(new ParsedPaper.Extras("reading", full.tags(), full.families(), full.note()), back.extras());
        ParsedPaper second = r.papers().get(1);
        assertEquals("Bare", second.title());
        assertEquals(null, second.upvotes());
        assertEquals(null, second.published());
    }

    @Test
    void bibtexAndMarkdownAreReadable() throws Exception {
        Paper p = new Paper(1, "ERNIE 2.0: A {Continual} Framework", "Uses 100% of data & more.", 1,
                PaperDate.day(2019, 7, 29), 2, null, "1907.12412", null, Status.READ, List.of("nlp"), List.of("ERNIE"), "Read it.");
        StringWriter bib = new StringWriter();
        ExportFormat.BIBTEX.write(List.of(p, p), bib);
        String b = bib.toString();
        assertEquals(2, b.split("@misc\\{").length - 1);
        assertEquals(true, b.contains("@misc{ernie2019,") && b.contains("@misc{ernie2019a,"), b);
        assertEquals(true, b.contains("100\\% of data \\& more"), b);
        assertEquals(true, b.contains("eprint = {1907.12412}"), b);
        StringWriter more = new StringWriter();
        ExportFormat.BIBTEX.write(List.of(new Paper(2, "In-Context Prompt Editing For Audio", "", null, PaperDate.day(2023, 1, 1),
                null, null, null, null, Status.NEW, List.of(), List.of(), ""), new Paper(3, "A Few Thousand Translations", "",
                null, PaperDate.day(2022, 1, 1), null, null, null, null, Status.NEW, List.of(), List.of(), "")), more);
        assertEquals(true, more.toString().contains("@misc{incontext2023,") && more.toString().contains("@misc{few2022,"), more.toString());
        ParseResult back = Listings.parse(b);
        assertEquals("bibtex", back.format());
        assertEquals(List.of(), back.diagnostics());
        assertEquals(p.title(), back.papers().get(0).title());
        assertEquals(p.abstractText(), back.papers().get(0).abstractText());
        assertEquals("1907.12412", back.papers().get(0).arxivId());
        assertEquals(p.published(), back.papers().get(0).published());

        StringWriter md = new StringWriter();
        ExportFormat.MARKDOWN.write(List.of(p), md);
        assertEquals(true, md.toString().contains("## ERNIE 2.0: A {Continual} Framework"), md.toString());
        assertEquals(true, md.toString().contains("*Read* · 2019-07-29 · 1 author · 2 upvotes"), md.toString());
        assertEquals(true, md.toString().contains("### Note\n\nRead it."), md.toString());
    }
}
