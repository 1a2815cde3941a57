package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview;

/** The uncertain splits an import prints: each named up to a bound, the rest counted, the sure ones left out. */
class UncertainSplitsTest {
    private static String printed(int unsure, int sure) {
        UncertainSplits splits = new UncertainSplits();
        splits.add("listing.txt", listing(unsure, sure, 0.2));
        return print(splits);
    }

    /** {@code unsure} new papers of the confidence given, then {@code sure} papers whose form keeps title and abstract apart. */
    private static List<ImportPreview.Item> listing(int unsure, int sure, double confidence) {
        List<ImportPreview.Item> items = new ArrayList<>();
        for (int i = 1; i <= unsure + sure; i++) {
            items.add(new ImportPreview.Item(new ParsedPaper(i, null, "Title " + i, "Abstract " + i + ".", 2, null,
                    null, null, null, i <= unsure ? confidence - i * 1e-6 : 1.0, null), ImportPreview.Match.NEW, null));
        }
        return items;
    }

    private static String print(UncertainSplits splits) {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            splits.print(w);
        }
        return out.toString();
    }

    @Test
    void aShortListNamesEveryUncertainSplit() {
        String out = printed(3, 97);
        assertTrue(out.startsWith("3 uncertain splits to review"), out);
        assertTrue(out.contains("listing.txt:3: Title 3 (confidence 0.20)"), out);
        assertEquals(4, out.lines().count(), "a heading and the three papers: " + out);
    }

    @Test
    void aLongListNamesTheFirstAndCountsTheRest() {
        int unsure = UncertainSplits.SHOWN + 70;
        String out = printed(unsure, 2000 - unsure);
        assertTrue(out.startsWith(unsure + " uncertain splits to review"), out);
        assertTrue(out.contains("listing.txt:" + UncertainSplits.SHOWN + ": "), out);
        assertTrue(!out.contains("listing.txt:" + (UncertainSplits.SHOWN + 1) + ": "), out);
        assertTrue(out.contains("… and 70 more"), out);
        assertEquals(UncertainSplits.SHOWN + 2, out.lines().count());
    }

    @Test
    void eachFileMarksAtMostItsOwnLeastConfidentShare() {
        UncertainSplits splits = new UncertainSplits();
        // the first file in two batches: 10 unsure of 100 papers, a share of 6; the second: 3 of 10, a share of 1
        List<ImportPreview.Item> first = listing(10, 90, 0.5);
        splits.add("a.txt", first.subList(0, 40));
        splits.add("a.txt", first.subList(40, 100));
        splits.add("b.txt", listing(3, 7, 0.9));
        String out = print(splits);
        assertTrue(out.startsWith("7 uncertain splits to review"), out);
        // the least confident of each: the later papers of a file, whose confidence is a little lower
        for (int line = 5; line <= 10; line++) assertTrue(out.contains("a.txt:" + line + ": "), out);
        for (int line = 1; line <= 4; line++) assertTrue(!out.contains("a.txt:" + line + ": "), out);
        assertTrue(out.contains("b.txt:3: ") && !out.contains("b.txt:2: ") && !out.contains("b.txt:1: "), out);
    }

    @Test
    void aFileWhoseImportWasRolledBackIsForgotten() {
        UncertainSplits splits = new UncertainSplits();
        splits.add("kept.txt", listing(2, 8, 0.2));
        List<ImportPreview.Item> rolledBack = listing(3, 7, 0.2);
        // heard one by one as the import streams, then its transaction is rolled back
        rolledBack.forEach(item -> splits.add("lost.txt", List.of(item)));
        splits.forget("lost.txt");
        String out = print(splits);
        // of the kept file's 10 papers, 2 unsure: a share of 1, its least confident
        assertTrue(out.startsWith("1 uncertain split to review"), out);
        assertTrue(out.contains("kept.txt:2: ") && !out.contains("lost.txt"), out);
    }

    @Test
    void nothingUnsureSaysNothing() {
        assertEquals("", printed(0, 4));
    }
}
