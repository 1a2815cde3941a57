package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A listing's uncertain marks: below the threshold, bounded to its least confident 6%, at least one. */
class ReviewBudgetTest {
    private static final double THRESHOLD = 0.99;

    private static List<Integer> marked(double... confidences) {
        ReviewBudget budget = new ReviewBudget(THRESHOLD);
        for (double c : confidences) budget.add(c);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) if (budget.uncertain(i, confidences[i])) out.add(i);
        return out;
    }

    /** {@code papers} sure splits, but for the given places and confidences (place, confidence, place, ...). */
    private static double[] listing(int papers, double... unsure) {
        double[] c = new double[papers];
        java.util.Arrays.fill(c, 0.999);
        for (int i = 0; i < unsure.length; i += 2) c[(int) unsure[i]] = unsure[i + 1];
        return c;
    }

    @Test
    void everySplitBelowTheThresholdIsMarkedWhileTheShareHoldsThem() {
        assertEquals(List.of(10, 40, 70), marked(listing(100, 10, 0.5, 40, 0.98, 70, 0.9899)));
    }

    @Test
    void aListingWithMoreUnsureSplitsThanItsShareMarksTheLeastConfident() {
        double[] c = new double[100];
        java.util.Arrays.fill(c, 1.0);
        // ten below the threshold, in no order; 6% of 100 papers is six
        double[] unsure = {0.95, 0.40, 0.97, 0.60, 0.98, 0.10, 0.90, 0.985, 0.70, 0.80};
        for (int i = 0; i < unsure.length; i++) c[5 * i] = unsure[i];
        List<Integer> m = marked(c);
        assertEquals(6, m.size(), m.toString());
        // 0.10, 0.40, 0.60, 0.70, 0.80, 0.90: the four surest of the ten are left
        assertEquals(List.of(5, 15, 25, 30, 40, 45), m);
    }

    @Test
    void aShortListingMarksOneWhenAnyIsBelowTheThreshold() {
        assertEquals(List.of(2), marked(0.999, 0.7, 0.2, 0.999, 0.95));
        assertEquals(List.of(), marked(0.999, 0.995, 1.0));
    }

    @Test
    void equalConfidencesGoToTheEarlierPaper() {
        // four alike, a share of three
        assertEquals(List.of(3, 7, 30), marked(listing(50, 45, 0.3, 7, 0.3, 3, 0.3, 30, 0.3)));
    }

    @Test
    void aLaterLessSurePaperTakesTheMarkOfAnEarlierOne() {
        ReviewBudget budget = new ReviewBudget(THRESHOLD);
        for (int i = 0; i < 16; i++) budget.add(i == 2 ? 0.8 : 0.999);
        assertTrue(budget.uncertain(2, 0.8));
        budget.add(0.1);
        assertFalse(budget.uncertain(2, 0.8), "the share of 17 papers is one, and the new paper is less sure");
        assertTrue(budget.uncertain(16, 0.1));
        for (int i = 0; i < 20; i++) budget.add(0.999);
        assertTrue(budget.uncertain(2, 0.8), "37 papers have a share of two");
        assertEquals(2, budget.marked());
    }

    @Test
    void papersWhoseFormKeepsTitleAndAbstractApartAreNeverMarked() {
        ReviewBudget budget = new ReviewBudget(1.0);
        budget.add(1.0);
        assertFalse(budget.uncertain(0, 1.0));
        assertEquals(0, budget.allowed());
    }
}
