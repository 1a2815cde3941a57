package org.lectern.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.lectern.listing.ParsedPaper;
import org.lectern.listing.split.ReviewBudget;
import org.lectern.listing.TitleSplitter;
import org.lectern.store.ImportPreview;

/**
 * The preview's marks, as rows arrive a batch at a time from one or more listings: once a listing is in,
 * its rows are marked exactly as a budget over the whole listing marks them (the dry run's and the command
 * line's answer), and the count of marked rows follows every change.
 */
class ReviewMarksTest {
    private final SimpleIntegerProperty included = new SimpleIntegerProperty();

    private List<PreviewRow> rows(int listing, double[] confidences, int from) {
        List<PreviewRow> out = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            ParsedPaper p = new ParsedPaper(i + 1, null, "Title " + i, "Abstract.", 1, null, null, null, null, confidences[i], null);
            out.add(new PreviewRow(from + i, listing, new ImportPreview.Item(p, ImportPreview.Match.NEW, null), included));
        }
        return out;
    }

    private static double[] listing(Random random, int papers) {
        double threshold = TitleSplitter.uncertainBelow();
        double[] c = new double[papers];
        for (int i = 0; i < papers; i++) c[i] = random.nextInt(5) == 0 ? threshold * random.nextDouble() : 1.0;
        return c;
    }

    private static List<Boolean> whole(double[] confidences) {
        ReviewBudget budget = new ReviewBudget();
        for (double c : confidences) budget.add(c);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) out.add(budget.uncertain(i, confidences[i]));
        return out;
    }

    @Test
    void rowsReadInBatchesEndMarkedAsTheirWholeListingIs() {
        Random random = new Random(4);
        double[] first = listing(random, 230);
        double[] second = listing(random, 41);
        List<PreviewRow> all = new ArrayList<>(rows(0, first, 0));
        all.addAll(rows(1, second, first.length));
        ReviewMarks marks = new ReviewMarks();
        long left = 0;
        // batches that end inside a listing and one that holds the end of the first and the start of the second
        int[] cuts = {0, 17, 100, 215, 240, all.size()};
        boolean earlierChanged = false;
        for (int b = 0; b + 1 < cuts.length; b++) {
            ReviewMarks.Change change = marks.add(all.subList(cuts[b], cuts[b + 1]));
            left += change.uncertain();
            earlierChanged |= change.earlierRows();
            assertEquals(all.subList(0, cuts[b + 1]).stream().filter(PreviewRow::uncertain).count(), left, "batch " + b);
        }
        List<Boolean> expected = new ArrayList<>(whole(first));
        expected.addAll(whole(second));
        assertEquals(expected, all.stream().map(PreviewRow::uncertain).toList());
        assertEquals((int) Math.floor(0.06 * first.length) + Math.max(1, (int) Math.floor(0.06 * second.length)), left);
        assertTrue(earlierChanged, "a later, less sure row took the mark of a row shown before");
    }

    @Test
    void aRowTheReaderMovedStaysUnmarked() {
        double[] c = new double[20];
        java.util.Arrays.fill(c, 1.0);
        c[3] = 0.2;
        List<PreviewRow> rows = rows(0, c, 0);
        ReviewMarks marks = new ReviewMarks();
        assertEquals(1, marks.add(rows.subList(0, 10)).uncertain());
        rows.get(3).moveLeft();
        assertFalse(rows.get(3).uncertain());
        assertEquals(0, marks.add(rows.subList(10, 20)).uncertain());
        assertFalse(rows.get(3).uncertain());
    }
}
