package org.lectern.ui.importing;

import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.split.ReviewBudget;

/**
 * The preview's uncertain marks: for each listing of the request, the rows its {@link ReviewBudget} marks
 * among the rows read so far, as the command line and the dry run mark them. A later row of a listing may
 * take an earlier row's mark (it is less sure, and the listing's share is full), so a listing's marks are
 * settled when its last row is in. Only the rows below the splitter's threshold are kept here.
 */
final class ReviewMarks {
    private int listing = -1;
    private ReviewBudget budget;
    private final List<PreviewRow> candidates = new ArrayList<>();
    private final List<Integer> places = new ArrayList<>();

    /** What a batch changed: how many more (or fewer) rows are marked and unmoved, and whether a row of an earlier batch changed. */
    record Change(long uncertain, boolean earlierRows) {
    }

    private long delta;
    private boolean earlier;

    /** Counts the rows (in preview order) and marks their listings' rows anew. */
    Change add(List<PreviewRow> rows) {
        delta = 0;
        earlier = false;
        int before = candidates.size();
        for (PreviewRow r : rows) {
            if (r.listing() != listing) {
                settle(before); // the previous listing's marks are final
                listing = r.listing();
                budget = new ReviewBudget();
                candidates.clear();
                places.clear();
                before = 0;
            }
            int place = budget.add(r.confidence());
            if (ReviewBudget.belowThreshold(r.confidence())) {
                candidates.add(r);
                places.add(place);
            }
        }
        settle(before);
        return new Change(delta, earlier);
    }

    /** Marks the current listing's rows below the threshold as its budget says; rows before {@code fresh} were shown already. */
    private void settle(int fresh) {
        for (int i = 0; i < candidates.size(); i++) {
            PreviewRow r = candidates.get(i);
            boolean was = r.uncertain();
            r.mark(budget.uncertain(places.get(i), r.confidence()));
            delta += (r.uncertain() ? 1 : 0) - (was ? 1 : 0);
            earlier |= i < fresh && was != r.uncertain();
        }
    }
}
