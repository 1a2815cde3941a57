package org.lectern.listing.split;

import java.util.Arrays;

/**
 * Which title/abstract splits of one listing are marked uncertain, for the reader to review: those whose
 * confidence is below the splitter's threshold, but at most the listing's least confident
 * {@link #SHARE} (at least one when any is below the threshold). The threshold is set to catch the errors;
 * the bound keeps a listing unlike the papers the splitter learned from (more of them less sure) within
 * what a reader reviews. The preview, the dry run's JSON and the command line's uncertain list all ask this.
 *
 * <p>Papers are {@link #add added} in listing order; each gets its place. Ties in confidence go to the
 * earlier paper. Until the listing is read to its end the answer is for the papers read so far.
 */
public final class ReviewBudget {
    /** The share of a listing's papers that may be marked uncertain. */
    public static final double SHARE = Splitter.REVIEW_SHARE;

    private final double threshold;
    private int papers;
    /** The papers below the threshold: confidence and place, sorted on demand. */
    private double[] confidences = new double[16];
    private int[] places = new int[16];
    private int candidates;
    private boolean sorted = true;
    /** The first paper (in confidence, then place) that is not marked, once sorted. */
    private double cutConfidence;
    private int cutPlace;

    /** The budget under the shipped splitter's threshold. */
    public ReviewBudget() {
        this(Splitter.shipped().threshold());
    }

    /** The budget under another threshold. */
    public ReviewBudget(double threshold) {
        this.threshold = threshold;
    }

    /** Counts the listing's next paper by its split's confidence (1 when the listing kept title and abstract apart). */
    public int add(double confidence) {
        int place = papers++;
        sorted = false; // the share grows with the papers, so the cut may move
        if (isBelow(confidence)) {
            if (candidates == confidences.length) {
                confidences = Arrays.copyOf(confidences, candidates * 2);
                places = Arrays.copyOf(places, candidates * 2);
            }
            confidences[candidates] = confidence;
            places[candidates++] = place;
        }
        return place;
    }

    /** How many of the papers counted so far may be marked: the share, at least one when any is below the threshold. */
    public int allowed() {
        return candidates == 0 ? 0 : Math.max(1, (int) Math.floor(SHARE * papers));
    }

    /** How many of the papers counted so far are marked. */
    public int marked() {
        return Math.min(candidates, allowed());
    }

    /** Whether the paper at {@code place} with this confidence is marked uncertain among the papers counted so far. */
    public boolean uncertain(int place, double confidence) {
        if (!isBelow(confidence)) {
            return false;
        }
        if (candidates <= allowed()) {
            return true;
        }
        sort();
        return confidence < cutConfidence || confidence == cutConfidence && place < cutPlace;
    }

    private boolean isBelow(double confidence) {
        return confidence < 1 && confidence < threshold;
    }

    /** Whether a split of this confidence is below the shipped splitter's threshold (1: title and abstract were apart). */
    public static boolean belowThreshold(double confidence) {
        return confidence < 1 && confidence < Splitter.shipped().threshold();
    }

    private void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[candidates];
        for (int i = 0; i < candidates; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> confidences[a] != confidences[b] ? Double.compare(confidences[a], confidences[b])
                : Integer.compare(places[a], places[b]));
        int cut = order[allowed()];
        cutConfidence = confidences[cut];
        cutPlace = places[cut];
        sorted = true;
    }
}
