package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.lectern.listing.split.Recase;
import org.lectern.listing.split.ReviewBudget;

/**
 * The dev listing as sites that print titles in sentence case or lower case would give it: the same lines
 * with each title re-cased (acronyms and names kept). The splitter must not rely on Title Case.
 */
class RecasedListingTest {

    @Test
    void sentenceCaseTitlesSplitAsWellAsTitleCase() {
        assertSplits(Recase::sentenceCase, "sentence case");
    }

    @Test
    void lowerCaseTitlesSplitAsWellAsTitleCase() {
        assertSplits(Recase::lowerCase, "lower case");
    }

    @Test
    void asListedAtMostSixPercentAreFlagged() {
        ParseResult result = Listings.parse(Fixtures.text("dev-daily-papers-2024.txt"));
        long flagged = marked(result.papers()).stream().filter(b -> b).count();
        System.out.printf("dev one-line as listed: %d of %d flagged%n", flagged, result.papers().size());
        assertTrue(flagged <= 0.06 * result.papers().size(), flagged + " flagged");
    }

    @Test
    void uncertainFollowsTheThreshold() {
        ParseResult result = Listings.parse(Fixtures.text("dev-daily-papers-2024.txt"));
        double threshold = TitleSplitter.uncertainBelow();
        assertTrue(threshold > 0.5 && threshold < 1, "threshold " + threshold);
        for (ParsedPaper p : result.papers()) {
            assertEquals(p.confidence() < threshold, ReviewBudget.belowThreshold(p.confidence()), "line " + p.line());
        }
    }

    /** Which papers of the listing are marked uncertain, in order. */
    static List<Boolean> marked(List<ParsedPaper> papers) {
        ReviewBudget budget = new ReviewBudget();
        papers.forEach(p -> budget.add(p.confidence()));
        List<Boolean> out = new java.util.ArrayList<>();
        for (int i = 0; i < papers.size(); i++) out.add(budget.uncertain(i, papers.get(i).confidence()));
        return out;
    }

    private static void assertSplits(UnaryOperator<String> recase, String name) {
        List<Fixtures.Expected> expected = Fixtures.expected("dev-daily-papers-2024.json");
        String[] lines = Fixtures.text("dev-daily-papers-2024.txt").split("\n", -1);
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i < expected.size()) {
                String title = expected.get(i).title();
                int at = line.indexOf(title);
                assertTrue(at >= 0, "line " + (i + 1) + " holds its title");
                line = line.substring(0, at) + recase.apply(title) + line.substring(at + title.length());
            }
            listing.append(line).append('\n');
        }
        ParseResult result = Listings.parse(listing.toString());
        assertEquals(expected.size(), result.papers().size());
        int exact = 0;
        int errors = 0;
        int caught = 0;
        int flagged = 0;
        List<Boolean> marked = marked(result.papers());
        for (int i = 0; i < expected.size(); i++) {
            ParsedPaper p = result.papers().get(i);
            boolean right = recase.apply(expected.get(i).title()).equals(p.title());
            exact += right ? 1 : 0;
            flagged += marked.get(i) ? 1 : 0;
            if (!right) {
                errors++;
                caught += marked.get(i) ? 1 : 0;
            }
        }
        double rate = (double) exact / expected.size();
        System.out.printf("dev one-line, titles in %s: %d/%d exact (%.1f%%), flagged %d (%.1f%%), errors caught %d/%d%n",
                name, exact, expected.size(), 100 * rate, flagged, 100.0 * flagged / expected.size(), caught, errors);
        assertTrue(rate >= 0.97, name + ": " + rate);
        assertTrue(flagged <= 0.06 * expected.size(), name + ": " + flagged + " flagged");
    }
}
