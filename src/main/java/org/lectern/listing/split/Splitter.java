package org.lectern.listing.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Finds where the title ends in a "TITLE ABSTRACT" run with a learned model: every boundary after one of
 * the first {@link Features#MAX_TITLE_WORDS} words is scored, a softmax over one run's boundaries gives
 * each a probability, and the best one wins. Its probability is the confidence; below the model's
 * threshold, or when the title side reads unlike a title, the split is flagged for review.
 */
public final class Splitter {
    /** Where the shipped model lives on the class path (written by {@code lectern train-splitter}). */
    public static final String RESOURCE = "/org/lectern/listing/split/splitter-model.bin.gz";

    /**
     * A split of a run: the abstract starts at char {@code cut} (the run's length when the run is all
     * title); {@code confidence} is the probability that this is the right boundary.
     */
    public record Choice(int cut, int titleWords, double confidence, boolean uncertain) {
    }

    private final SplitModel model;

    public Splitter(SplitModel model) {
        this.model = model;
    }

    /** The model that ships with Lectern, read once on first use (the holder idiom makes that thread-safe). */
    public static Splitter shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Splitter INSTANCE = new Splitter(load());

        private static SplitModel load() {
            try (InputStream in = Splitter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the splitter model " + RESOURCE + " is missing from the build");
                }
                return SplitModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the splitter model " + RESOURCE + " cannot be read", e);
            }
        }
    }

    public SplitModel model() {
        return model;
    }

    /** The confidence below which a split is flagged. */
    public double threshold() {
        return model.threshold;
    }

    /** Splits a stripped run; fewer than two words is all title, with confidence 0. */
    public Choice choose(String run) {
        Tokens t = new Tokens(run);
        int[] features = new int[Features.MAX_TITLE_WORDS * Features.PER_CANDIDATE];
        double[] p = new double[Features.MAX_TITLE_WORDS];
        int candidates = probabilities(t, features, p);
        if (candidates == 0) {
            return new Choice(run.length(), t.size, 0, true);
        }
        int best = 0;
        for (int c = 1; c < candidates; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        int k = best + 1;
        double confidence = p[best];
        boolean unlike = TitleShape.unlikeTitle(t, k);
        if (unlike) {
            // a title side that reads like prose is reviewed whatever the model thinks of its boundary
            confidence = Math.min(confidence, model.threshold * 0.99);
        }
        return new Choice(t.start[k], k, confidence, confidence < model.threshold);
    }

    /** Fills p[c] with the probability of candidate c (the title being c+1 words) and returns the count. */
    int probabilities(Tokens t, int[] features, double[] p) {
        int candidates = Features.extract(t, features, model.mask);
        if (candidates == 0) {
            return 0;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            p[c] = model.score(features, c * Features.PER_CANDIDATE) / model.temperature;
            max = Math.max(max, p[c]);
        }
        Trainer.normalise(p, candidates, max);
        return candidates;
    }
}
