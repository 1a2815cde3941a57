package org.lectern.listing;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperDate;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yardsticks of PRODUCT.md on the seed and dev fixtures. */
class FixtureListingsTest {

    @Test
    void seedIsReadExactly() {
        ParseResult result = Listings.parse(Fixtures.text("seed-ernie-and-friends.txt"));
        List<Fixtures.Expected> expected = Fixtures.expected("seed-ernie-and-friends.json");
        assertEquals("huggingface-line", result.format());
        assertEquals(List.of(), result.diagnostics());
        assertEquals(expected.size(), result.papers().size());
        for (int i = 0; i < expected.size(); i++) {
            assertPaper(expected.get(i), result.papers().get(i), true);
        }
    }

    @Test
    void devOneLineSplitsAtLeast99PercentOfTitles() {
        ParseResult result = Listings.parse(Fixtures.text("dev-daily-papers-2024.txt"));
        List<Fixtures.Expected> expected = Fixtures.expected("dev-daily-papers-2024.json");
        assertEquals("huggingface-line", result.format());
        assertEquals(List.of(), result.diagnostics());
        assertEquals(expected.size(), result.papers().size());
        int exact = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Fixtures.Expected e = expected.get(i);
            ParsedPaper p = result.papers().get(i);
            boolean titleOk = e.title().equals(p.title());
            if (titleOk) {
                exact++;
            } else {
                misses.add(String.format("line %d (confidence %.2f): got [%s] expected [%s]", e.line(), p.confidence(),
                        p.title(), e.title()));
            }
            assertPaper(e, p, titleOk);
        }
        double rate = (double) exact / expected.size();
        System.out.printf("dev one-line: %d/%d titles exact (%.1f%%)%n", exact, expected.size(), 100 * rate);
        misses.forEach(m -> System.out.println("  miss " + m));
        // the target is 99%: the shipped model, which never saw these papers, with the grammar check gets all 190
        assertTrue(rate >= 0.99, "title split rate " + rate + " below 99%: " + misses);
    }

    @Test
    void devBlockFormIsReadExactly() {
        ParseResult result = Listings.parse(Fixtures.text("dev-daily-papers-2024-blocks.txt"));
        List<Fixtures.Expected> expected = Fixtures.expected("dev-daily-papers-2024.json");
        assertEquals("huggingface-block", result.format());
        assertEquals(List.of(), result.diagnostics());
        assertEquals(expected.size(), result.papers().size());
        for (int i = 0; i < expected.size(); i++) {
            Fixtures.Expected e = expected.get(i);
            ParsedPaper p = result.papers().get(i);
            assertEquals(5 * i + 1, p.line(), "block " + i + " starts on its upvotes line");
            assertEquals(1.0, p.confidence());
            assertPaper(new Fixtures.Expected(p.line(), e.upvotes(), e.title(), e.abstractText(), e.authors(),
                    e.published(), e.comments()), p, true);
        }
    }

    static void assertPaper(Fixtures.Expected e, ParsedPaper p, boolean checkSplit) {
        String where = "line " + e.line();
        assertEquals(e.line(), p.line(), where);
        assertEquals(e.upvotes(), p.upvotes(), where + " upvotes");
        if (checkSplit) {
            assertEquals(e.title(), p.title(), where + " title");
            assertEquals(e.abstractText(), p.abstractText(), where + " abstract");
        }
        assertEquals(e.authors(), p.authors(), where + " authors");
        assertEquals(PaperDate.parse(e.published()), p.published(), where + " published");
        assertEquals(e.comments(), p.comments(), where + " comments");
    }
}
