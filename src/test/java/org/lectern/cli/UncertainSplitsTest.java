package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/** The uncertain splits an import prints: each named up to a bound, the rest counted, the sure ones left out. */
class UncertainSplitsTest {
    private static String printed(int unsure, int sure) {
        List<ParsedPaper> papers = new ArrayList<>();
        for (int i = 1; i <= unsure + sure; i++) {
            double confidence = i <= unsure ? 0.2 : 1.0;
            papers.add(new ParsedPaper(i, null, "Title " + i, "Abstract " + i + ".", 2, null, null, null, null,
                    confidence, null));
        }
        UncertainSplits splits = new UncertainSplits();
        splits.add("listing.txt", new ParseResult("huggingface-line", papers, List.of()));
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            splits.print(w);
        }
        return out.toString();
    }

    @Test
    void aShortListNamesEveryUncertainSplit() {
        String out = printed(3, 5);
        assertTrue(out.startsWith("3 uncertain splits to review"), out);
        assertTrue(out.contains("listing.txt:3: Title 3 (confidence 0.20)"), out);
        assertEquals(4, out.lines().count(), "a heading and the three papers: " + out);
    }

    @Test
    void aLongListNamesTheFirstAndCountsTheRest() {
        int unsure = UncertainSplits.SHOWN + 70;
        String out = printed(unsure, 10);
        assertTrue(out.startsWith(unsure + " uncertain splits to review"), out);
        assertTrue(out.contains("listing.txt:" + UncertainSplits.SHOWN + ": "), out);
        assertTrue(!out.contains("listing.txt:" + (UncertainSplits.SHOWN + 1) + ": "), out);
        assertTrue(out.contains("… and 70 more"), out);
        assertEquals(UncertainSplits.SHOWN + 2, out.lines().count());
    }

    @Test
    void nothingUnsureSaysNothing() {
        assertEquals("", printed(0, 4));
    }
}
