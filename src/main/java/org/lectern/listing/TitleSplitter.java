package org.lectern.listing;

import org.lectern.listing.split.Splitter;

/**
 * Finds where the title ends and the abstract begins in a "TITLE ABSTRACT" run that has no delimiter,
 * for every text form that runs the two together (the one-line form, an over-long block title line).
 *
 * <p>The work is done by the learned {@link Splitter} (see {@code org.lectern.listing.split}); its model
 * is read once, on the first split. The confidence of a split is the calibrated probability that its
 * boundary is the right one; a split below {@link #uncertainBelow()} is marked for review.
 */
public final class TitleSplitter {

    /** A split: the title, the abstract, how sure the splitter is (0..1) and whether to review it. */
    public record Split(String title, String abstractText, double confidence, boolean uncertain) {
    }

    private final Splitter splitter;

    /** The splitter with the model that ships with Lectern, read when first needed. */
    public TitleSplitter() {
        this(null);
    }

    /** A splitter with another model (null: the shipped one). */
    public TitleSplitter(Splitter splitter) {
        this.splitter = splitter;
    }

    /** The confidence below which the shipped model's splits are marked uncertain. */
    public static double uncertainBelow() {
        return Splitter.shipped().threshold();
    }

    /** Splits a title+abstract run; a run of fewer than two words is all title, with confidence 0. */
    public Split split(String text) {
        String run = text.strip();
        Splitter.Choice choice = (splitter == null ? Splitter.shipped() : splitter).choose(run);
        String title = run.substring(0, choice.cut()).stripTrailing();
        return new Split(title, run.substring(choice.cut()), choice.confidence(), choice.uncertain());
    }
}
